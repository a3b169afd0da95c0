/**
 * SWI on 40,000 schools × 12 indicators (the size of Russia's school network):
 * the core function against a plain typed-array two-pass loop (the practical limit) and against
 * HyperFormula evaluating the same index written with native formulas (STANDARDIZE/AVERAGE per cell).
 * Also the call through the built Excel bundle, as Excel makes it.
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { HyperFormula } = require("hyperformula");
const { swi } = require("../lib/src/core/swi");
const { median, once, fmt, ratio, table, lcg } = require("./timing");

const N = 40000;
const K = 12;
const DIRECTIONS = [Array.from({ length: K }, (_, j) => (j === 8 ? "+" : "-"))];

function data() {
  const rnd = lcg(42);
  return Array.from({ length: N }, () => Array.from({ length: K }, () => Math.round(rnd() * 1000) / 10));
}

/** The practical limit: the same 2-D input, sample mean and sd per column, then the oriented z mean per row. */
function plainLoop(rows) {
  const n = rows.length;
  const sign = DIRECTIONS[0].map((d) => (d === "+" ? 1 : -1));
  const flat = new Float64Array(n * K);
  const sum = new Float64Array(K);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    for (let j = 0; j < K; j++) {
      flat[i * K + j] = r[j];
      sum[j] += r[j];
    }
  }
  const mean = sum.map((s) => s / n);
  const ss = new Float64Array(K);
  for (let i = 0; i < n; i++) for (let j = 0; j < K; j++) ss[j] += (flat[i * K + j] - mean[j]) ** 2;
  const sd = ss.map((s) => Math.sqrt(s / (n - 1)));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let acc = 0;
    for (let j = 0; j < K; j++) acc += (sign[j] * (flat[i * K + j] - mean[j])) / sd[j];
    out[i] = acc / K;
  }
  return out;
}

const col = (j) => String.fromCharCode(65 + j);

/** The index as a methodologist would write it without the add-in. */
function nativeSheet(rows) {
  const statsRow = N + 2; // AVERAGE and STDEV.S of each column below the data
  const sheet = rows.map((r, i) => {
    const terms = r.map((_, j) => `${DIRECTIONS[0][j] === "+" ? "" : "-"}STANDARDIZE(${col(j)}${i + 1},${col(j)}$${statsRow},${col(j)}$${statsRow + 1})`);
    return [...r, `=AVERAGE(${terms.join(",")})`];
  });
  sheet.push([]);
  sheet.push(rows[0].map((_, j) => `=AVERAGE(${col(j)}1:${col(j)}${N})`));
  sheet.push(rows[0].map((_, j) => `=STDEV.S(${col(j)}1:${col(j)}${N})`));
  return sheet;
}

function loadExcelBundle() {
  const file = path.join(__dirname, "..", "dist", "functions.js");
  if (!fs.existsSync(file)) return undefined;
  const fns = new Map();
  const CustomFunctions = {
    Error: class { constructor(code, message) { this.code = code; this.message = message; } },
    ErrorCode: {},
    associate: (id, fn) => fns.set(id, fn),
  };
  vm.runInContext(fs.readFileSync(file, "utf8"), vm.createContext({ CustomFunctions, console }));
  return fns.get("SWI");
}

module.exports = {
  title: "ИСБ (SWI): 40 000 школ × 12 показателей",
  async run() {
    const rows = data();
    const plainMs = median(() => plainLoop(rows));
    const coreMs = median(() => swi(rows, DIRECTIONS));
    const rankMs = median(() => swi(rows, DIRECTIONS, null, "rank"), { runs: 7 });
    const excelSwi = loadExcelBundle();
    const excelMs = excelSwi ? median(() => excelSwi(rows, DIRECTIONS, null, null, null)) : NaN;

    // Check that the three compute the same index before comparing their speed.
    const ours = swi(rows, DIRECTIONS);
    const plain = plainLoop(rows);
    const sheet = nativeSheet(rows);
    const heapBefore = process.memoryUsage().heapUsed;
    const { ms: hfMs, value: hf } = once(() => HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", maxRows: N + 10 }));
    const hfHeapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    let maxDiff = 0;
    for (let i = 0; i < N; i += 97) {
      const native = hf.getCellValue({ sheet: 0, row: i, col: K });
      maxDiff = Math.max(maxDiff, Math.abs(ours[i][0] - plain[i]), Math.abs(ours[i][0] - native));
    }
    hf.destroy();

    const rowsOut = [
      ["простой цикл на Float64Array (предел)", fmt(plainMs), "1,0×"],
      ["ОБР.ИСБ, метод z (ядро)", fmt(coreMs), ratio(coreMs, plainMs)],
      ["ОБР.ИСБ через собранный functions.js (как вызывает Excel)", Number.isNaN(excelMs) ? "нет dist/" : fmt(excelMs), Number.isNaN(excelMs) ? "—" : ratio(excelMs, plainMs)],
      ["ОБР.ИСБ, метод rank", fmt(rankMs), ratio(rankMs, plainMs)],
      [`HyperFormula: ${N} формул AVERAGE(STANDARDIZE(…)×12), одно вычисление`, fmt(hfMs), ratio(hfMs, plainMs, 0)],
    ];
    return [
      table(["что", "мс", "к простому циклу"], rowsOut),
      "",
      `- Цель 1: ядро не медленнее простого цикла более чем в 5 раз — **${ratio(coreMs, plainMs)}**.`,
      `- Цель 2: ядро быстрее HyperFormula на нативных формулах не менее чем в 20 раз — **${ratio(hfMs, coreMs, 0)}**.`,
      `- Наибольшее расхождение значений между тремя способами на проверенных строках: ${maxDiff.toExponential(1)}.`,
      `- Память HyperFormula на этом листе: около ${hfHeapMb.toFixed(0)} МиБ кучи.`,
    ].join("\n");
  },
};
