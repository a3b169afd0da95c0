/**
 * EDU_SWI on 40,000 schools × 12 indicators through the built Google Sheets script (dist/sheets/Code.js), loaded
 * in a bare V8 context as Apps Script would run it, against Apps Script's 30-second limit per custom-function
 * call. Node's V8 is not Apps Script's: the numbers bound the computation only, not what a user waits for.
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { swi } = require("../lib/src/core/swi");
const { median, fmt, table, lcg } = require("./timing");

const N = 40000;
const K = 12;
const LIMIT_MS = 30000;
const DIRECTIONS = [Array.from({ length: K }, (_, j) => (j === 8 ? "+" : "-"))];

/** The same data as 10_swi.bench.js: shares in percent with one decimal. */
function data() {
  const rnd = lcg(42);
  return Array.from({ length: N }, () => Array.from({ length: K }, () => Math.round(rnd() * 1000) / 10));
}

/** As a region's file arrives in Sheets: about 1% of cells empty (`""`) and 1% numbers typed as text ("12,5"). */
function sheetsStyle(rows) {
  const rnd = lcg(7);
  return rows.map((r) =>
    r.map((x) => {
      const u = rnd();
      if (u < 0.01) return "";
      if (u < 0.02) return String(x).replace(".", ",");
      return x;
    }),
  );
}

function loadSheetsScript() {
  const file = path.join(__dirname, "..", "dist", "sheets", "Code.js");
  if (!fs.existsSync(file)) return undefined;
  // Nothing but the language's own globals, as in Apps Script (no require, process, window or Logger).
  const context = vm.createContext({});
  vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: "Code.js" });
  return context;
}

const share = (ms) => `${((ms / LIMIT_MS) * 100).toFixed(2).replace(".", ",")} %`;
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1).replace(".", ",");

module.exports = {
  title: "Google Таблицы: EDU_SWI на 40 000 школ × 12 показателей",
  async run() {
    const sheets = loadSheetsScript();
    if (!sheets) return "Нет dist/sheets/Code.js: сначала `npm run build`.";
    const rows = data();
    const messy = sheetsStyle(rows);

    const coreMs = median(() => swi(rows, DIRECTIONS), { runs: 9 });
    const sheetsMs = median(() => sheets.EDU_SWI(rows, DIRECTIONS), { runs: 9 });
    const messyMs = median(() => sheets.EDU_SWI(messy, DIRECTIONS), { runs: 9 });
    const rankMs = median(() => sheets.EDU_SWI(rows, DIRECTIONS, "", "rank"), { runs: 5 });

    // The script must compute what the core computes before its speed means anything.
    const ours = swi(rows, DIRECTIONS);
    const viaSheets = sheets.EDU_SWI(rows, DIRECTIONS);
    let maxDiff = 0;
    for (let i = 0; i < N; i++) maxDiff = Math.max(maxDiff, Math.abs(ours[i][0] - viaSheets[i][0]));
    const argumentBytes = Buffer.byteLength(JSON.stringify(rows));

    const rowsOut = [
      ["ядро ОБР.ИСБ напрямую (для сравнения)", fmt(coreMs), share(coreMs)],
      ["EDU_SWI через собранный Code.js, числа", fmt(sheetsMs), share(sheetsMs)],
      ['EDU_SWI, 1% пустых ячеек "" и 1% чисел текстом «12,5»', fmt(messyMs), share(messyMs)],
      ['EDU_SWI, метод "rank"', fmt(rankMs), share(rankMs)],
    ];
    const worst = Math.max(sheetsMs, messyMs, rankMs);
    return [
      table(["что", "мс (Node.js)", "доля лимита 30 с"], rowsOut),
      "",
      `- Лимит: вызов пользовательской функции Apps Script должен завершиться за 30 секунд (квота «Custom function runtime: 30 sec / execution», https://developers.google.com/apps-script/guides/services/quotas). Здесь самый медленный вариант занимает ${share(worst)} лимита: запас по вычислению — около ${Math.floor(LIMIT_MS / worst)}× (при условии, что V8 в Apps Script не медленнее в такое число раз).`,
      `- Наибольшее расхождение EDU_SWI с ядром: ${maxDiff.toExponential(1)}.`,
      "- Оговорка: это V8 в Node.js на машине выше. Apps Script выполняет скрипт на серверах Google, обычно медленнее, и его скорость здесь не измерялась.",
      `- Не измерено: передача диапазона из таблицы в функцию. Диапазон 40 000 × 12 — это ${(N * K).toLocaleString("ru-RU")} ячеек; в виде JSON аргумент занимает около ${mb(argumentBytes)} МиБ. Как Google Таблицы передают аргумент и сколько это длится, в документации Google не описано; предельный размер аргумента пользовательской функции в документации Google найти не удалось — он здесь тоже не проверялся.`,
    ].join("\n");
  },
};
