/**
 * The task pane's Office.js work through the test host (tests/taskpane/host) in Node: scaffolding every form
 * (time and `context.sync()` calls per sheet, the largest request), reading a 1,500-row context sheet
 * (time and syncs), then validating it; and the flows of the tabs on that sheet — «Проверить» (the active sheet
 * read and checked with the form recognised, the findings sheet written) and «Рассчитать» (the table found, the
 * formulas and the chart inserted). The host runs every command in memory with no round-trip latency,
 * so the times bound the pane's own work; in Excel each sync adds a round trip (tens to hundreds of ms on the
 * web), which is why the sync counts are the numbers to watch.
 *
 * The TypeScript sources are compiled on the fly (no build step of their own).
 */
const fs = require("fs");
const path = require("path");
const { performance } = require("perf_hooks");
const ts = require("typescript");
const { fmt, table, lcg } = require("./timing");

/** `require` of .ts files: each file transpiled to CommonJS as it is loaded. */
function registerTypeScript() {
  if (require.extensions[".ts"]) return;
  require.extensions[".ts"] = (module, filename) => {
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    });
    module._compile(outputText, filename);
  };
}

/** Median wall time of an async function (fresh state made by `setup` before each run, not timed). */
async function medianAsync(fn, setup, runs) {
  const times = [];
  let last;
  for (let i = 0; i < runs + 1; i++) {
    const state = setup();
    const t = performance.now();
    last = await fn(state);
    if (i > 0) times.push(performance.now() - t); // the first run warms up
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], value: last };
}

const kb = (bytes) => (bytes / 1024).toFixed(0);

/** Schools of a region as a person types them: codes as text, counts as numbers, a few mistakes. */
function contextRows(n) {
  const rnd = lcg(11);
  const municipalities = ["Ярцевский район", "Город Смоленск", "Вяземский район", "Рославльский район"];
  return Array.from({ length: n }, (_, i) => {
    const pupils = 80 + Math.floor(rnd() * 900);
    const part = (share) => Math.floor(pupils * share * rnd());
    const row = [
      `67${String(1000 + i - (i % 100 === 3 ? 1 : 0)).padStart(4, "0")}`,
      `МБОУ СОШ № ${i + 1}`,
      municipalities[i % municipalities.length],
      rnd() < 0.4 ? "село" : "город",
      "2024/2025",
      pupils,
      part(0.3),
      part(0.3),
      part(0.2),
      part(0.1),
      part(0.1),
      part(0.05),
      part(0.05),
      part(0.8),
      part(0.2),
    ];
    // A few mistakes, as in real files: a word for a number, a part larger than the whole.
    if (i % 50 === 7) row[6] = "много";
    if (i % 75 === 11) row[7] = pupils + 5;
    return row;
  });
}

module.exports = {
  title: "Панель Excel: создание таблиц и чтение листа через тестовый хост Office.js",
  async run() {
    registerTypeScript();
    const root = path.join(__dirname, "..");
    const { createHost } = require(path.join(root, "tests/taskpane/host/index.ts"));
    const { scaffoldPlans } = require(path.join(root, "taskpane/office/scaffold_plans.ts"));
    const { writePlan } = require(path.join(root, "taskpane/office/write_plan.ts"));
    const { readSheet } = require(path.join(root, "taskpane/office/read_sheet.ts"));
    const { buildPlans } = require(path.join(root, "taskpane/create/build_plans.ts"));
    const { buildSheetPlan } = require(path.join(root, "src/plan/index.ts"));
    const { formSpec, FORMS } = require(path.join(root, "src/forms/specs/index.ts"));
    const { validateWorkbook } = require(path.join(root, "src/validate/index.ts"));
    const { readActiveSheet, checkSheet } = require(path.join(root, "taskpane/check/check_sheet.ts"));
    const { findingsPlans, THIS_WORKBOOK } = require(path.join(root, "taskpane/check/findings_report.ts"));
    const { contextLayout } = require(path.join(root, "taskpane/calculate/context_layout.ts"));
    const { calculationPlan } = require(path.join(root, "taskpane/calculate/calculation_plan.ts"));
    const { insertCalculation } = require(path.join(root, "taskpane/calculate/insert_calculation.ts"));

    const year = new Date().getFullYear();
    const plans = buildPlans({ forms: FORMS.map((f) => ({ formId: f.id })), years: { from: year, to: year + 2 }, variant: "school" });
    const fresh = (options = {}) => () => {
      const host = createHost(options);
      host.install(globalThis);
      return host;
    };
    const run = (host, batch) => host.Excel.run(batch);

    // Each form alone: the sheet the pane makes by default.
    const rows = [];
    for (const plan of plans) {
      const { ms, value } = await medianAsync(
        (host) => run(host, async (ctx) => ({ written: await writePlan(ctx, plan, plan.sheetName), host })),
        fresh(),
        7,
      );
      const requests = value.host.state.stats.requests;
      rows.push([
        plan.formId,
        String(plan.lastDataRow - plan.firstDataRow + 1),
        String(value.written.syncs),
        String(value.written.rangeWrites),
        kb(Math.max(...requests.map((r) => r.bytes))),
        fmt(ms),
      ]);
    }
    // All forms at once, as «Выбрать все» → «Создать листы».
    const all = await medianAsync((host) => run(host, (ctx) => scaffoldPlans(ctx, plans)), fresh(), 5);

    // The same context sheet where Range.copyFrom is missing (ExcelApi 1.8): every formula is sent.
    const fallback = [];
    for (const n of [200, 1500]) {
      const plan = buildSheetPlan(formSpec("context"), { dataRows: n });
      const { ms, value } = await medianAsync(
        (host) => run(host, async (ctx) => ({ written: await writePlan(ctx, plan, plan.sheetName), host })),
        fresh({ apiVersion: "1.8" }),
        3,
      );
      const withCopy = await medianAsync((host) => run(host, (ctx) => writePlan(ctx, plan, plan.sheetName)), fresh(), 3);
      fallback.push([
        String(n),
        `${withCopy.value.syncs} / ${value.written.syncs}`,
        `${fmt(withCopy.ms)} / ${fmt(ms)}`,
        kb(Math.max(...value.host.state.stats.requests.map((r) => r.bytes))),
      ]);
    }

    // Reading a 1,500-row context sheet made by the pane and filled in, then validating it.
    const N = 1500;
    const contextPlan = buildSheetPlan(formSpec("context"), { dataRows: N });
    const filled = fresh();
    const host = filled();
    await run(host, (ctx) => writePlan(ctx, contextPlan, contextPlan.sheetName));
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem(contextPlan.sheetName).getRange(`A4:O${3 + N}`).values = contextRows(N);
    });
    const read = await medianAsync(() => run(host, (ctx) => readSheet(ctx, contextPlan.sheetName)), () => null, 9);
    const t = performance.now();
    const findings = validateWorkbook({ sheets: [read.value.table] }, "context", { asOf: "2025-03-01" });
    const validateMs = performance.now() - t;

    // «Проверить» as the tab runs it: the active sheet read, its form recognised, validated; then the findings sheet.
    const syncsOf = async (fn) => {
      const before = host.syncs;
      const t0 = performance.now();
      const value = await fn();
      return { ms: performance.now() - t0, syncs: host.syncs - before, value };
    };
    const flows = [];
    const checkRuns = [];
    let check;
    for (let i = 0; i < 5; i++) {
      const read = await syncsOf(() => run(host, (ctx) => readActiveSheet(ctx)));
      const t1 = performance.now();
      check = checkSheet(read.value.table, "auto", { asOf: "2025-03-01" });
      checkRuns.push({ read, checkMs: performance.now() - t1 });
    }
    checkRuns.sort((a, b) => a.read.ms + a.checkMs - (b.read.ms + b.checkMs));
    const mid = checkRuns[2];
    flows.push(["«Проверить»: чтение активного листа", String(mid.read.syncs), fmt(mid.read.ms)]);
    flows.push([`«Проверить»: форма определена (${check.by === "marker" ? "по метке" : check.by}), проверка`, "0", fmt(mid.checkMs)]);
    const reportSheets = findingsPlans([{ file: THIS_WORKBOOK, findings: check.findings }], check.spec.title, false);
    const written = await syncsOf(() => run(host, (ctx) => scaffoldPlans(ctx, reportSheets)));
    flows.push([`«Записать замечания на новый лист» (${check.findings.length} строк)`, String(written.syncs), fmt(written.ms)]);
    // «Рассчитать» on the same 1,500 schools: the table found, the formulas and the chart (the sheet is read again, as the tab does).
    // A template sheet is protected (the tab refuses it and says so); a coordinator's copy is not.
    await run(host, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(contextPlan.sheetName);
      ws.protection.unprotect();
      ws.activate();
    });
    const calc = await syncsOf(() =>
      run(host, async (ctx) => {
        const { table } = await readActiveSheet(ctx);
        const layout = contextLayout(table);
        const col = layout.indicators[0].col; // any numeric column stands in for a result here
        return insertCalculation(ctx, calculationPlan(layout, { kind: "column", col, header: "результат" }), { chart: true });
      }),
    );
    flows.push(["«Рассчитать»: чтение листа, формулы ОБР.* и диаграмма", String(calc.syncs), fmt(calc.ms)]);
    host.uninstall(globalThis);

    return [
      "Создание листа каждой формы (как по умолчанию в панели: строки по умолчанию, три года). «sync» — вызовы",
      "`context.sync()` на лист (ещё один на всю операцию — чтение имён листов); «запрос» — самый большой запрос в КБ",
      "(предел Excel в Интернете — 5 МБ). Формулы записываются один раз на первую строку и копируются вниз",
      "(`Range.copyFrom`, ExcelApi 1.9), поэтому число sync и размер запроса почти не зависят от числа строк.",
      "",
      table(["форма", "строк данных", "sync", "записей диапазонов", "запрос, КБ", "время, мс"], rows),
      "",
      `Все ${plans.length} форм за один раз: ${all.value.syncs} sync, ${fmt(all.ms)} мс.`,
      "",
      "Лист `context` без `Range.copyFrom` (ExcelApi 1.8): каждая формула столбца «Проверка» передаётся целиком,",
      "запросы делятся так, чтобы каждый был меньше 4 МБ.",
      "",
      table(["строк данных", "sync: 1.9 / 1.8", "время, мс: 1.9 / 1.8", "запрос 1.8, КБ"], fallback),
      "",
      `Чтение листа \`context\` на ${N} строк (${N} школ × 15 столбцов): ${read.value.syncs} sync (размер используемого`,
      `диапазона, затем один блок до 5 000 строк), ${fmt(read.ms)} мс; проверка прочитанной таблицы валидатором —`,
      `${fmt(validateMs)} мс (${findings.length} замечаний). Цель: чтение и проверка — не дольше секунды без учёта обмена с Excel.`,
      "",
      `Вкладки панели на том же листе (${N} школ), как их запускает человек; время — медиана пяти повторов для проверки, один`,
      "прогон для записи. «sync» — все вызовы `context.sync()` операции: на каждый в Excel в Интернете уходит один обмен с сервером.",
      "",
      table(["действие", "sync", "время, мс"], flows),
    ].join("\n");
  },
};
