/**
 * «Рассчитать» through the test host: the context table found on a consolidated sheet, the index as spilled EDU.*
 * formulas in new columns to the right (one formula in each top cell), a result taken from a column or from a
 * results sheet, the quartile lines and the scatter chart; nothing written over data; the chart left out where
 * the host lacks ExcelApi 1.7.
 */
import { consolidateFiles } from "../../../taskpane/consolidate/consolidate_files";
import { pickedFromBytes } from "../../../taskpane/files/picked_file";
import { scaffoldPlans } from "../../../taskpane/office/scaffold_plans";
import { readActiveSheet } from "../../../taskpane/check/check_sheet";
import { contextLayout } from "../../../taskpane/calculate/context_layout";
import { calculationPlan, LINE_HEADERS } from "../../../taskpane/calculate/calculation_plan";
import { resultSheets, resultsFromTable } from "../../../taskpane/calculate/result_source";
import { insertCalculation } from "../../../taskpane/calculate/insert_calculation";
import { readSheet, readSheetHeads } from "../../../taskpane/office/read_sheet";
import { contextRecord, formFileBytes, installHost, run, templateRows, type Row } from "../helpers";
import type { Host } from "../host";

const DIRECTIONS = '{"-","-","-","-","-","-","-","+","-"}';

/** A workbook with a consolidated «Свод» of four schools (and whatever else the test adds), «Свод» active. */
async function withSvod(host: Host, extra?: (h: Host) => void): Promise<void> {
  const files = [
    pickedFromBytes("a.xlsx", await formFileBytes("context", [contextRecord("000101"), contextRecord("000102", { "Из малообеспеченных семей": 120 })])),
    pickedFromBytes("b.xlsx", await formFileBytes("context", [contextRecord("000201", { "Из неполных семей": 10 }), contextRecord("000202", { "Хотя бы один родитель с высшим образованием": 50 })])),
  ];
  const { plans } = await consolidateFiles(files, { formId: "context" });
  extra?.(host);
  await run(host, (ctx) => scaffoldPlans(ctx, plans));
  host.state.activeSheet = "Свод";
}

const results = (code: string, over: Row = {}): Row => ({
  "Код ОО": code,
  "Учебный год": "2024/2025",
  Процедура: "ЕГЭ",
  Предмет: "Русский язык",
  "Число участников": 20,
  "Не преодолели минимальный порог": 1,
  "Средний балл": 60,
  ...over,
});

describe("finding the context table", () => {
  it("finds the consolidated table, its rows, the indicators and the first free column (after the hidden marker)", async () => {
    const host = installHost();
    try {
      await withSvod(host);
      const { table } = await run(host, (ctx) => readActiveSheet(ctx));
      const l = contextLayout(table);
      expect(l).toMatchObject({ sheet: "Свод", by: "marker", headerRow: 3, firstRow: 4, lastRow: 7, codeCol: 1, totalCol: 6, startCol: 22, missing: [] });
      expect(l.indicators).toHaveLength(9);
      expect(l.codes).toEqual(["000101", "000102", "000201", "000202"]);
      // «Строка» of the consolidation holds numbers but is not a result to offer.
      expect(l.numericColumns).toEqual([]);
    } finally {
      host.done();
    }
  });

  it("refuses a sheet without a context table, and a sheet already calculated, with what to do", () => {
    expect(() => contextLayout({ name: "Заметки", rows: [["текст"]] })).toThrow(expect.objectContaining({ name: "PaneError", message: expect.stringContaining("нет таблицы «Контекстные данные ОО") }));
    const rows = templateRows("context", [contextRecord("000101")]);
    rows[2].push(null, "ИСБ (формула EDU.SWI)");
    expect(() => contextLayout({ name: "Свод", rows })).toThrow(expect.objectContaining({ message: expect.stringContaining("расчёт уже вставлен") }));
    expect(() => contextLayout({ name: "Пусто", rows: templateRows("context", []) })).toThrow(expect.objectContaining({ message: expect.stringContaining("нет строк со школами") }));
  });
});

describe("the plan of the calculation", () => {
  it("puts one spilled formula at the top of each new column: index, group, shares", async () => {
    const host = installHost();
    try {
      await withSvod(host);
      const { table } = await run(host, (ctx) => readActiveSheet(ctx));
      const plan = calculationPlan(contextLayout(table), { kind: "none" });
      const cols = plan.columns.map((c) => [c.col, c.header, c.formula]);
      expect(cols[0]).toEqual([22, "ИСБ (формула EDU.SWI)", `=EDU.SWI($X$4:$AF$7,${DIRECTIONS})`]);
      expect(cols[1]).toEqual([23, "Группа (формула EDU.SWI_GROUP)", "=EDU.SWI_GROUP($V$4:$V$7)"]);
      expect(cols[2]).toEqual([24, "Доля: Из малообеспеченных семей", "=EDU.SHARE($G$4:$G$7,$F$4:$F$7)"]);
      expect(cols[10]).toEqual([32, "Доля: Безработные родители (один или оба)", "=EDU.SHARE($O$4:$O$7,$F$4:$F$7)"]);
      expect(plan.chart).toBeUndefined();
      expect(plan.lines).toBeUndefined();
      expect(plan.area).toEqual({ r0: 3, c0: 22, r1: 7, c1: 32 });
    } finally {
      host.done();
    }
  });

  it("with a result: the type of school, the quartile lines and the chart", async () => {
    const host = installHost();
    try {
      await withSvod(host);
      const { table } = await run(host, (ctx) => readActiveSheet(ctx));
      const l = contextLayout(table);
      const plan = calculationPlan(l, { kind: "values", header: "Результат: средний балл", label: "ЕГЭ, Русский язык: средний балл", values: [60, 70, null, 50], percent: false });
      expect(plan.columns.slice(0, 4).map((c) => [c.col, c.header, c.formula ?? c.values])).toEqual([
        [22, "ИСБ (формула EDU.SWI)", `=EDU.SWI($Z$4:$AH$7,${DIRECTIONS})`],
        [23, "Группа (формула EDU.SWI_GROUP)", "=EDU.SWI_GROUP($V$4:$V$7)"],
        [24, "Результат: средний балл", [60, 70, null, 50]],
        [25, "Тип школы (формула EDU.QUADRANT)", "=EDU.QUADRANT($V$4:$V$7,$X$4:$X$7)"],
      ]);
      // The lines' block: one empty column after the shares (AH), then AJ:AL, eight rows (two points per line).
      expect(plan.lines?.col).toBe(36);
      expect(plan.lines?.rows[0]).toEqual(["ИСБ: 25-й процентиль", "=PERCENTILE.INC($V$4:$V$7,0.25)", "=MIN($X$4:$X$7)"]);
      expect(plan.lines?.rows[7]).toEqual(["Результат: 75-й процентиль", "=MAX($V$4:$V$7)", "=PERCENTILE.INC($X$4:$X$7,0.75)"]);
      expect(plan.chart).toMatchObject({ x: "V4:V7", y: "X4:X7", from: "AN3", to: "AU25" });
      expect(plan.chart?.lines.map((x) => [x.name, x.x, x.y])).toEqual([
        ["ИСБ: 25-й процентиль", "AK4:AK5", "AL4:AL5"],
        ["ИСБ: 75-й процентиль", "AK6:AK7", "AL6:AL7"],
        ["Результат: 25-й процентиль", "AK8:AK9", "AL8:AL9"],
        ["Результат: 75-й процентиль", "AK10:AK11", "AL10:AL11"],
      ]);
      // Fewer schools than the lines' rows: the area reaches the last line row.
      expect(plan.area).toEqual({ r0: 3, c0: 22, r1: 11, c1: 38 });
    } finally {
      host.done();
    }
  });
});

describe("inserting the calculation", () => {
  it("writes headers, top-cell formulas and the chart of the index against a results sheet, in 2 syncs", async () => {
    const host = installHost();
    try {
      await withSvod(host, (h) =>
        h.addSheet(
          "Результаты",
          templateRows("results", [results("000101", { "Средний балл": 72 }), results("000102", { "Средний балл": 48 }), results("000202", { "Средний балл": 65 }), results("000202", { Предмет: "Математика профильная", "Средний балл": 40 })]),
        ),
      );
      const heads = (await run(host, (ctx) => readSheetHeads(ctx))).tables;
      expect(resultSheets(heads, "Свод")).toEqual(["Результаты"]);
      const before = host.syncs;
      const inserted = await run(host, async (ctx) => {
        const { table } = await readActiveSheet(ctx);
        const l = contextLayout(table);
        const { table: res } = await readSheet(ctx, "Результаты");
        const source = resultsFromTable(res, l.codes);
        expect(source.values).toEqual([72, 48, null, 65]);
        expect(source.label).toBe("ЕГЭ, Русский язык, 2024/2025: средний балл");
        return insertCalculation(ctx, calculationPlan(l, source), { chart: true });
      });
      expect(inserted).toEqual({ columns: "V:AL", chart: true, syncs: 2 });
      expect(host.syncs - before).toBe(3 + 2 + 2);
      const view = host.view("Свод");
      expect(view.values[2].slice(21, 25)).toEqual(["ИСБ (формула EDU.SWI)", "Группа (формула EDU.SWI_GROUP)", "Результат: средний балл (ЕГЭ, Русский язык, 2024/2025)", "Тип школы (формула EDU.QUADRANT)"]);
      // One formula in the top cell of each column; the cells below are left for the spill.
      expect(view.formulas[3][21]).toMatch(/^=EDU\.SWI\(\$Z\$4:\$AH\$7,/);
      expect(view.formulas[4][21]).toBeNull();
      expect(view.formulas[3][24]).toBe("=EDU.QUADRANT($V$4:$V$7,$X$4:$X$7)");
      expect(view.values.slice(3, 7).map((r) => r[23])).toEqual([72, 48, "", 65]);
      expect(view.values[2].slice(35, 38)).toEqual(LINE_HEADERS);
      expect(host.numberFormat("Свод", "Z5")).toBe("0.0%");
      const [chart] = host.charts("Свод");
      expect(chart).toMatchObject({ type: "XYScatter", title: "ИСБ и результаты школ", xTitle: "ИСБ (индекс социального благополучия)", legend: "Bottom", position: { from: "AN3", to: "AU25" } });
      expect(chart.series.map((s) => [s.name, s.xValues?.range, s.values?.range, s.chartType ?? ""])).toEqual([
        ["Школы", "V4:V7", "X4:X7", ""],
        ["ИСБ: 25-й процентиль", "AK4:AK5", "AL4:AL5", "XYScatterLinesNoMarkers"],
        ["ИСБ: 75-й процентиль", "AK6:AK7", "AL6:AL7", "XYScatterLinesNoMarkers"],
        ["Результат: 25-й процентиль", "AK8:AK9", "AL8:AL9", "XYScatterLinesNoMarkers"],
        ["Результат: 75-й процентиль", "AK10:AK11", "AL10:AL11", "XYScatterLinesNoMarkers"],
      ]);
      // The table itself is unchanged.
      expect(view.values[3].slice(0, 2)).toEqual(["000101", "МБОУ «СОШ 000101»"]);
    } finally {
      host.done();
    }
  });

  it("never writes over data: a filled cell in the area stops it, naming the cell and what to do", async () => {
    const host = installHost();
    try {
      await withSvod(host);
      await run(host, async (ctx) => {
        ctx.workbook.worksheets.getItem("Свод").getRange("AC6").values = [["мои заметки"]];
      });
      const attempt = run(host, async (ctx) => {
        const { table } = await readActiveSheet(ctx);
        // The note is right of the table: the free columns start after it, so plan over the old place to test the guard.
        const l = { ...contextLayout(table), startCol: 22 };
        return insertCalculation(ctx, calculationPlan(l, { kind: "none" }), { chart: true });
      });
      await expect(attempt).rejects.toMatchObject({ name: "PaneError", message: expect.stringContaining("в ячейке AC6 уже есть данные"), action: expect.stringContaining("Освободите") });
      expect(host.view("Свод").values[2][21]).toBe("");
      expect(host.view("Свод").values[5][28]).toBe("мои заметки");
    } finally {
      host.done();
    }
  });

  it("starts right of anything in the table's rows", async () => {
    const host = installHost();
    try {
      await withSvod(host);
      await run(host, async (ctx) => {
        ctx.workbook.worksheets.getItem("Свод").getRange("AC6").values = [["мои заметки"]];
      });
      const { table } = await run(host, (ctx) => readActiveSheet(ctx));
      expect(contextLayout(table).startCol).toBe(30);
    } finally {
      host.done();
    }
  });

  it("takes a column of the sheet as the result", async () => {
    const host = installHost();
    try {
      const rows = templateRows("context", [contextRecord("000101"), contextRecord("000102", { "С ОВЗ": 40 }), contextRecord("000103", { "Из многодетных семей": 3 })]);
      rows[2].push(null, "Средний балл ЕГЭ");
      [70, 55, 61].forEach((v, i) => (rows[3 + i][16] = v));
      host.addSheet("Мой свод", rows);
      await run(host, async (ctx) => {
        const { table } = await readActiveSheet(ctx);
        const l = contextLayout(table);
        expect(l.numericColumns).toEqual([{ header: "Средний балл ЕГЭ", col: 17, numbers: 3 }]);
        expect(l.startCol).toBe(18);
        await insertCalculation(ctx, calculationPlan(l, { kind: "column", col: 17, header: "Средний балл ЕГЭ" }), { chart: true });
      });
      const [chart] = host.charts("Мой свод");
      expect(chart.series[0]).toMatchObject({ xValues: { range: "R4:R6" }, values: { range: "Q4:Q6" } });
      expect(chart.yTitle).toBe("Средний балл ЕГЭ");
      expect(host.view("Мой свод").formulas[3][19]).toBe("=EDU.QUADRANT($R$4:$R$6,$Q$4:$Q$6)");
    } finally {
      host.done();
    }
  });

  it("refuses a protected sheet with what to do", async () => {
    const host = installHost();
    try {
      await withSvod(host);
      await run(host, async (ctx) => {
        ctx.workbook.worksheets.getItem("Свод").protection.protect();
      });
      const attempt = run(host, async (ctx) => {
        const { table } = await readActiveSheet(ctx);
        return insertCalculation(ctx, calculationPlan(contextLayout(table), { kind: "none" }), { chart: true });
      });
      await expect(attempt).rejects.toMatchObject({ message: expect.stringContaining("защищён"), action: expect.stringContaining("Снять защиту листа") });
    } finally {
      host.done();
    }
  });

  it("leaves the chart out where the host lacks ExcelApi 1.7 (and the host refuses the 1.7 series calls)", async () => {
    const host = installHost({ apiVersion: "1.6" });
    try {
      const rows = templateRows("context", [contextRecord("000101"), contextRecord("000102", { "С ОВЗ": 40 })]);
      rows[2].push(null, "Балл");
      rows[3][16] = 70;
      rows[4][16] = 50;
      host.addSheet("Свод", rows);
      const inserted = await run(host, async (ctx) => {
        const { table } = await readActiveSheet(ctx);
        const l = contextLayout(table);
        return insertCalculation(ctx, calculationPlan(l, { kind: "column", col: 17, header: "Балл" }), { chart: false });
      });
      expect(inserted.chart).toBe(false);
      expect(host.charts("Свод")).toEqual([]);
      expect(host.view("Свод").formulas[3][17]).toMatch(/^=EDU\.SWI\(/);
      await expect(
        run(host, async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem("Свод");
          ws.charts.add("XYScatter" as Excel.ChartType, ws.getRange("Q4:Q5")).series.add("линия");
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "ApiNotFound" });
    } finally {
      host.done();
    }
  });
});
