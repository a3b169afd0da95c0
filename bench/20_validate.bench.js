/**
 * Validating submitted files: 2 000 single-school `context` files made from the template (different
 * values, about one in five with a mistake), read by exceljs alone and then validated through the real
 * pipeline (loadWorkbookSafely: inspection, bounded inflating, exceljs on the checked parts; then
 * validateWorkbook). Sequential, one core. Goal: validation adds at most 20 % to merely reading the files.
 */
const { performance } = require("perf_hooks");
const zlib = require("zlib");
const ExcelJS = require("exceljs");
const { formSpec } = require("../lib/src/forms");
const { buildSheetPlan } = require("../lib/src/plan");
const { planWorkbookBuffer, readWorkbook, readZipDirectory, loadWorkbookSafely } = require("../lib/src/xlsx");
const { validateWorkbook } = require("../lib/src/validate");
const { fmt, table, lcg } = require("./timing");

/** 2 000 files; BENCH_FILES=100 for a quick look (docs/performance.md is written with the full set). */
const FILES = Number(process.env.BENCH_FILES) || 2000;
const n = (x) => x.toLocaleString("ru-RU").replace(/\s/g, " ");
const GOAL = 0.2;

/** One school's row: plausible numbers; every fifth file has one mistake of a different kind. */
function schoolRow(i, rnd) {
  const students = 80 + Math.floor(rnd() * 900);
  const part = (share) => Math.floor(students * share * rnd());
  const row = [
    String(670000 + i),
    `МБОУ СОШ № ${i}`,
    ["Ярцевский район", "Сафоновский район", "город Смоленск"][i % 3],
    i % 2 ? "город" : "село",
    "2024/2025",
    students,
    part(0.3),
    part(0.3),
    part(0.2),
    part(0.1),
    part(0.1),
    part(0.05),
    part(0.05),
    part(0.9),
    part(0.2),
  ];
  if (i % 5 === 0) {
    const kind = (i / 5) % 4;
    if (kind === 0) row[6] = students + 5; // part exceeds total
    else if (kind === 1) row[4] = "2024-2025"; // academic year pattern
    else if (kind === 2) row[3] = "деревня"; // not in the list
    else row[1] = null; // required
  }
  return row;
}

/** A deflated zip of parts (name, Buffer), as a spreadsheet program writes it. */
function zip(parts) {
  const chunks = [];
  const dir = [];
  let at = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const data = zlib.deflateRawSync(p.data);
    const crc = zlib.crc32(p.data) >>> 0;
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(p.data.length, 22);
    h.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(p.data.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(at, 42);
    dir.push(c, name);
    chunks.push(h, name, data);
    at += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(dir);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(at, 16);
  return Buffer.concat([...chunks, cd, end]);
}

const xmlText = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The files, in memory: the template as exceljs writes it, with one school's row typed into its first data
 * row (text as inline strings, numbers as numbers, as a spreadsheet program saves typed values). Patching
 * the template's XML instead of saving 2 000 workbooks through exceljs keeps the set-up under a minute.
 */
async function makeFiles() {
  const plan = buildSheetPlan(formSpec("context"));
  const template = await planWorkbookBuffer([plan]);
  const parts = readZipDirectory(template, 100).map((e) => {
    const raw = template.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    return { name: e.name, data: e.method === 0 ? Buffer.from(raw) : zlib.inflateRawSync(raw) };
  });
  const sheet = parts.find((p) => p.name === "xl/worksheets/sheet1.xml");
  const xml = sheet.data.toString("utf8");
  const r = plan.firstDataRow;
  const letters = plan.columns.filter((c) => c.role === "input").map((c) => c.letter);
  const rnd = lcg(2025);
  const files = [];
  for (let i = 1; i <= FILES; i++) {
    const values = schoolRow(i, rnd);
    const patched = xml.replace(new RegExp(`<row r="${r}"[^>]*>.*?</row>`), (row) =>
      letters.reduce((out, letter, k) => {
        const v = values[k];
        if (v === null || v === undefined) return out;
        const cell = typeof v === "number" ? `<v>${v}</v>` : `<is><t>${xmlText(v)}</t></is>`;
        return out.replace(new RegExp(`<c r="${letter}${r}"( s="\\d+")?/>`), (_m, s) => `<c r="${letter}${r}"${s ?? ""}${typeof v === "number" ? "" : ' t="inlineStr"'}>${cell}</c>`);
      }, row),
    );
    if (patched === xml) throw new Error("20_validate: строка шаблона не найдена");
    files.push(zip(parts.map((p) => (p === sheet ? { name: p.name, data: Buffer.from(patched, "utf8") } : p))));
  }
  return files;
}

/** Wall time of one call, in ms. */
async function timed(fn, file) {
  const t = performance.now();
  await fn(file);
  return performance.now() - t;
}

const readOnly = async (buf) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  return readWorkbook(wb);
};
const loadSafe = (buf) => loadWorkbookSafely(buf, { name: "school.xlsx" });
let errors = 0;
const validate = async (buf) => {
  const tables = await loadWorkbookSafely(buf, { name: "school.xlsx" });
  const findings = [...tables.notes, ...validateWorkbook(tables, "context", { asOf: "2025-06-01" })];
  errors += findings.filter((f) => f.severity === "error").length;
};

const perSecond = (ms) => (FILES / (ms / 1000)).toFixed(0);
const pct = (x) => `${x >= 0 ? "+" : "−"}${Math.abs(x * 100).toFixed(1).replace(".", ",")} %`;

module.exports = {
  title: `Проверка файлов школ: ${n(FILES)} файлов \`context\` по одной школе`,
  async run() {
    const t0 = performance.now();
    const files = await makeFiles();
    const makeMs = performance.now() - t0;
    const sizeKiB = files.reduce((s, f) => s + f.length, 0) / files.length / 1024;

    // Warm-up, then every file through each variant in turn (the order rotates), so that the load of a
    // shared machine falls on all variants alike; each variant's time is the sum over all files.
    for (const f of files.slice(0, 100)) for (const fn of [readOnly, loadSafe, validate]) await fn(f);
    errors = 0;
    const total = { read: 0, safe: 0, validate: 0 };
    const variants = [
      ["read", readOnly],
      ["safe", loadSafe],
      ["validate", validate],
    ];
    for (let i = 0; i < files.length; i++) {
      for (let k = 0; k < 3; k++) {
        const [name, fn] = variants[(i + k) % 3];
        total[name] += await timed(fn, files[i]);
      }
    }
    const overhead = total.validate / total.read - 1;
    const rows = [
      ["exceljs: xlsx.load + чтение значений (readWorkbook)", fmt(total.read), perSecond(total.read), "—"],
      ["loadWorkbookSafely (осмотр, распаковка с пределами, exceljs)", fmt(total.safe), perSecond(total.safe), pct(total.safe / total.read - 1)],
      ["loadWorkbookSafely + validateWorkbook", fmt(total.validate), perSecond(total.validate), pct(overhead)],
    ];
    return [
      table([`что (${n(FILES)} файлов подряд, одно ядро)`, "мс", "файлов/с", "к чтению exceljs"], rows),
      "",
      `- Цель: проверка добавляет к чтению файлов не больше ${GOAL * 100} % — **${pct(overhead)}** (${overhead <= GOAL ? "цель достигнута" : "цель НЕ достигнута"}).`,
      `- Файлы: шаблон формы (200 подготовленных строк, проверочный столбец, списки), заполнена одна строка; средний размер ${sizeKiB.toFixed(1).replace(".", ",")} КиБ; ` +
        `каждый пятый файл с одной ошибкой — найдено ошибок: ${errors}. Создание файлов: ${fmt(makeMs)} мс (не входит в замер).`,
      "- Каждый файл проходит все три варианта по очереди (порядок меняется), время варианта — сумма по всем файлам, после разогрева на 100 файлах. Командная строка с несколькими процессами здесь не измерялась.",
    ].join("\n");
  },
};
