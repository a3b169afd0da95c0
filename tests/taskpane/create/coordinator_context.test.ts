/**
 * The coordinator's context table: «Создать таблицы» for the coordinator makes the form's sheet with the index of
 * «Рассчитать» next to it — the same plan (calculationPlan) and the same writer (writeCalculation) — over the
 * pre-formatted rows, each formula wrapped so that a row without `Код ОО` shows nothing. In a real formula engine
 * the formulas compute the index of pasted schools (the core's SWI of their shares) and leave empty rows empty.
 * The school template stays without any `EDU.*`.
 */
import { buildPlans, coordinatorCalculation } from "../../../taskpane/create/build_plans";
import { createSheets } from "../../../taskpane/create/create_sheets";
import { contextLayout, contextLayoutOfPlan } from "../../../taskpane/calculate/context_layout";
import { readActiveSheet } from "../../../taskpane/check/check_sheet";
import { calculationPlan } from "../../../taskpane/calculate/calculation_plan";
import { buildSheetPlan } from "../../../src/plan";
import { formSpec } from "../../../src/forms/specs";
import { swi, swiGroup } from "../../../src/core";
import { buildEngine } from "../../harness/hyperformula_edu";
import { contextRecord, installHost, run, type Row } from "../helpers";
import type { Host } from "../host";

const DIRECTIONS = '{"-","-","-","-","-","-","-","+","-"}';
const CATEGORIES = [
  "Из малообеспеченных семей",
  "Из неполных семей",
  "Из многодетных семей",
  "Русский язык не родной",
  "С ОВЗ",
  "Дети-сироты и оставшиеся без попечения",
  "На учёте (ВШУ, ПДН, КДН)",
  "Хотя бы один родитель с высшим образованием",
  "Безработные родители (один или оба)",
];
const choice = (variant: "school" | "coordinator", forms = [{ formId: "context" }]) => ({ forms, years: { from: 2025, to: 2026 }, variant });

/** Every formula of a sheet of the host. */
const formulasOf = (host: Host, name: string): string[] => host.view(name).formulas.flat().filter((f): f is string => typeof f === "string");

describe("the plan of the coordinator's context table", () => {
  it("is the calculation of «Рассчитать» over rows 4–203, right of the check column, each formula wrapped", () => {
    const [plan] = buildPlans(choice("coordinator"));
    const calc = coordinatorCalculation(plan, "coordinator")!;
    expect(calc).toBeDefined();
    expect(calc).toMatchObject({ sheet: "Контекстные данные", headerRow: 3, firstRow: 4, lastRow: 203 });
    // A–O the form, P the hidden marker, Q the check column: the index from R.
    expect(plan.columns.filter((c) => c.index >= 16).map((c) => [c.letter, c.role])).toEqual([
      ["P", "marker"],
      ["Q", "check"],
    ]);
    expect(calc.columns.map((c) => [c.col, c.header, c.formula ?? (c.input ? "ввод" : "")])).toEqual([
      [18, "ИСБ (формула EDU.SWI)", `=IF($A$4:$A$203="","",EDU.SWI($V$4:$AD$203,${DIRECTIONS}))`],
      [19, "Группа (формула EDU.SWI_GROUP)", '=IF($A$4:$A$203="","",EDU.SWI_GROUP($R$4:$R$203))'],
      [20, "Результат (введите)", "ввод"],
      [21, "Тип школы (формула EDU.QUADRANT)", '=IF($A$4:$A$203="","",EDU.QUADRANT($R$4:$R$203,$T$4:$T$203))'],
      ...CATEGORIES.map((h, k) => [22 + k, `Доля: ${h}`, `=IF($A$4:$A$203="","",EDU.SHARE($${String.fromCharCode(71 + k)}$4:$${String.fromCharCode(71 + k)}$203,$F$4:$F$203))`]),
    ]);
    // No chart: an XY chart would number its X values when the index column holds the text "" of empty rows.
    expect(calc.chart).toBeUndefined();
    expect(calc.lines).toBeUndefined();
    expect(calc.area).toEqual({ r0: 3, c0: 18, r1: 203, c1: 30 });
  });

  it("exists only for the coordinator's context table", () => {
    const [context, targets, results] = buildPlans(choice("coordinator", [{ formId: "context" }, { formId: "targets", preset: "" } as { formId: string }, { formId: "results" }]));
    expect(coordinatorCalculation(context, "school")).toBeUndefined();
    expect(coordinatorCalculation(targets, "coordinator")).toBeUndefined();
    expect(coordinatorCalculation(results, "coordinator")).toBeUndefined();
  });

  it("keeps «Рассчитать» on a filled table as it was: no wrap, and the chart with a result", () => {
    const plan = buildSheetPlan(formSpec("context"), { dataRows: 3 });
    const filled = { ...contextLayoutOfPlan(plan, "Свод"), blankRows: false };
    const calc = calculationPlan(filled, { kind: "input", header: "Результат (введите)" });
    expect(calc.columns[0].formula).toBe(`=EDU.SWI($V$4:$AD$6,${DIRECTIONS})`);
    expect(calc.chart?.y).toBe("T4:T6");
    expect(coordinatorCalculation(plan, "coordinator")!.columns[0].formula).toBe(`=IF($A$4:$A$6="","",EDU.SWI($V$4:$AD$6,${DIRECTIONS}))`);
  });
});

describe("creating the coordinator's context sheet", () => {
  it("writes the form and the index in the sheet's one request; the result column stays editable on the protected sheet", async () => {
    const host = installHost();
    try {
      const plans = buildPlans(choice("coordinator", [{ formId: "context" }, { formId: "results" }]));
      const before = host.syncs;
      const made = await run(host, (ctx) => createSheets(ctx, plans, "coordinator"));
      expect(made.sheets.map((s) => s.name)).toEqual(["Контекстные данные", "Результаты"]);
      expect(made.indexes).toEqual([{ sheet: "Контекстные данные", columns: "R:AD", rows: "4–203", result: "Результат (введите)" }]);
      // One sync for the names, one per sheet: the index adds none.
      expect(host.syncs - before).toBe(1 + 2);
      const view = host.view("Контекстные данные");
      expect(view.values[2].slice(17, 21)).toEqual(["ИСБ (формула EDU.SWI)", "Группа (формула EDU.SWI_GROUP)", "Результат (введите)", "Тип школы (формула EDU.QUADRANT)"]);
      expect(view.formulas[3][17]).toBe(`=IF($A$4:$A$203="","",EDU.SWI($V$4:$AD$203,${DIRECTIONS}))`);
      // One formula in each top cell; the rest is left for the spill.
      expect(view.formulas[4][17]).toBeNull();
      expect(view.formulas[202][29]).toBeNull();
      expect(view.protected).toBe(true);
      expect(host.format("Контекстные данные", "T4").locked).toBe(false);
      expect(host.format("Контекстные данные", "T203").locked).toBe(false);
      expect(host.format("Контекстные данные", "R4").locked).toBe(true);
      expect(host.format("Контекстные данные", "R3").locked).toBe(true);
      expect(host.numberFormat("Контекстные данные", "V10")).toBe("0.0%");
      expect(host.numberFormat("Контекстные данные", "R4")).toBe("0.0000");
      expect(host.charts("Контекстные данные")).toEqual([]);
      // The form's own columns are the template's.
      expect(view.values[2].slice(0, 2)).toEqual(["Код ОО", "Наименование ОО"]);
      expect(view.formulas[3][16]).toMatch(/^=IF\(/);
    } finally {
      host.done();
    }
  });

  it("once schools are pasted, is read as a context table that «Рассчитать» does not calculate twice", async () => {
    const host = installHost();
    try {
      await run(host, (ctx) => createSheets(ctx, buildPlans(choice("coordinator")), "coordinator"));
      const record = contextRecord("000101");
      await run(host, async (ctx) => {
        const values = [["Код ОО", "Наименование ОО", "Муниципальное образование", "Тип местности", "Учебный год", "Численность обучающихся", ...CATEGORIES].map((h) => record[h] ?? "")];
        ctx.workbook.worksheets.getItem("Контекстные данные").getRange("A4:O4").values = values;
      });
      const { table } = await run(host, (ctx) => readActiveSheet(ctx));
      expect(() => contextLayout(table)).toThrow(expect.objectContaining({ message: "На листе «Контекстные данные» расчёт уже вставлен (столбец «ИСБ (формула EDU.SWI)»)." }));
    } finally {
      host.done();
    }
  });

  it("keeps the school template free of EDU.* in every cell", async () => {
    const host = installHost();
    try {
      const made = await run(host, (ctx) => createSheets(ctx, buildPlans(choice("school", [{ formId: "context" }, { formId: "results" }])), "school"));
      expect(made.indexes).toEqual([]);
      for (const name of host.names()) expect(formulasOf(host, name).filter((f) => /EDU\./.test(f))).toEqual([]);
      expect(host.view("Контекстные данные").values[2].slice(17)).toEqual([]);
    } finally {
      host.done();
    }
  });
});

describe("the coordinator's context sheet in a formula engine", () => {
  it("computes the index, group, type and shares of the pasted schools and leaves empty rows empty", async () => {
    const host = installHost();
    try {
      const [plan] = buildPlans(choice("coordinator"));
      await run(host, (ctx) => createSheets(ctx, [plan], "coordinator"));
      const view = host.view("Контекстные данные");
      const grid: unknown[][] = view.formulas.map((row, r) => row.map((f, c) => f ?? (view.values[r][c] === "" ? null : view.values[r][c])));
      const col = (header: string) => plan.columns.find((c) => c.header === header)!.index - 1;
      // Five schools pasted into rows 4–8 with row 6 left empty, a sixth in row 10; results typed for four.
      const schools: [number, Row, number | null][] = [
        [3, contextRecord("000101"), 72],
        [4, contextRecord("000102", { "Из малообеспеченных семей": 150, "Хотя бы один родитель с высшим образованием": 80 }), 48],
        [6, contextRecord("000201", { "Из неполных семей": 10, "Безработные родители (один или оба)": 2 }), 66],
        [7, contextRecord("000202", { "Хотя бы один родитель с высшим образованием": 40, "С ОВЗ": 60 }), 55],
        [9, contextRecord("000301", { "Численность обучающихся": 120, "Из малообеспеченных семей": 30, "Хотя бы один родитель с высшим образованием": 90 }), null],
      ];
      for (const [r, record, result] of schools) {
        for (const [header, v] of Object.entries(record)) grid[r][col(header)] = v;
        if (result !== null) grid[r][19] = result;
      }
      const hf = buildEngine({ S: grid });
      const value = (r: number, c: number) => hf.getCellValue({ sheet: 0, row: r, col: c });
      const rows = schools.map(([r]) => r);

      // The index: the core's SWI of the schools' shares, with the form's directions.
      const shares = schools.map(([, record]) => CATEGORIES.map((h) => (record[h] as number) / (record["Численность обучающихся"] as number)));
      const expected = swi(shares, [CATEGORIES.map((h) => (h.startsWith("Хотя бы один") ? "+" : "-"))]).map((x) => x[0]);
      rows.forEach((r, i) => expect([r + 1, value(r, 17)]).toEqual([r + 1, expect.closeTo(expected[i] as number, 10)]));
      const groups = swiGroup(expected.map((x) => [x])).map((x) => x[0]);
      rows.forEach((r, i) => expect([r + 1, value(r, 18)]).toEqual([r + 1, groups[i]]));
      // The share of the first category of the first school: 40 / 400.
      expect(value(3, 21)).toBeCloseTo(0.1, 12);
      expect(value(9, 21)).toBeCloseTo(0.25, 12);
      // The type: the fifth school has no result.
      expect(value(9, 20)).toBe("нет данных");
      for (const r of rows.slice(0, 4)) expect(["НОР и НСУ", "резильентная", "НСУ", "НОР", ""]).toContain(value(r, 20));
      // Empty rows — between the schools and below them — show nothing in every column of the index.
      for (const r of [5, 8, 10, 100, 202]) {
        for (const c of [17, 18, 20, 21, 29]) expect([r + 1, c + 1, value(r, c)]).toEqual([r + 1, c + 1, ""]);
      }
      hf.destroy();
    } finally {
      host.done();
    }
  });

  it("shows nothing at all while no school is pasted", async () => {
    const host = installHost();
    try {
      const [plan] = buildPlans(choice("coordinator"));
      await run(host, (ctx) => createSheets(ctx, [plan], "coordinator"));
      const view = host.view("Контекстные данные");
      const grid: unknown[][] = view.formulas.map((row, r) => row.map((f, c) => f ?? (view.values[r][c] === "" ? null : view.values[r][c])));
      const hf = buildEngine({ S: grid });
      for (const r of [3, 4, 202]) for (let c = 17; c <= 29; c++) expect(hf.getCellValue({ sheet: 0, row: r, col: c }) ?? "").toBe("");
      hf.destroy();
    } finally {
      host.done();
    }
  });
});
