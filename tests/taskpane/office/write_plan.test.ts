/**
 * The Office.js writer against the test host: the sheet of every form is the plan, cell by cell; a sheet goes
 * in one request whatever its number of rows; nothing existing is overwritten.
 */
import { installHost, run, defaultPlans } from "../helpers";
import { scaffoldPlans } from "../../../taskpane/office/scaffold_plans";
import { writePlan, validationRule } from "../../../taskpane/office/write_plan";
import { charsToPoints } from "../../../taskpane/office/plan_style";
import { buildSheetPlan, columnLetter, parseA1, type SheetPlan } from "../../../src/plan";
import { formSpec } from "../../../src/forms/specs";
import type { Host } from "../host";

let host: Host & { done(): void };
afterEach(() => host?.done());

/** Every cell, formula, validation and setting of a plan, checked on the host's sheet. */
function expectSheetIsPlan(h: Host, name: string, plan: SheetPlan): void {
  const view = h.view(name);
  const sheet = h.sheet(name);
  for (const cell of plan.cells) {
    const r = cell.row - 1;
    const c = cell.col - 1;
    if (cell.formula !== undefined) expect(view.formulas[r][c]).toBe(`=${cell.formula}`);
    else expect([cell.address, view.values[r]?.[c]]).toEqual([cell.address, cell.value ?? ""]);
  }
  for (const run of plan.formulas) {
    for (const [from, to] of run.rows) {
      for (const r of [from, Math.floor((from + to) / 2), to]) {
        expect(view.formulas[r - 1][run.col - 1]).toBe(`=${run.template.split("{row}").join(String(r))}`);
      }
    }
  }
  expect(view.merges.sort()).toEqual([...plan.merges].sort());
  expect(view.frozen).toEqual(plan.frozen);
  expect(view.protected).toBe(Boolean(plan.protection));
  expect(view.validations.map((v) => v.range)).toEqual(plan.validations.map((v) => v.range));
  plan.validations.forEach((v, i) => {
    expect(view.validations[i].rule).toEqual(validationRule(v));
    if (v.prompt) expect(view.validations[i].prompt).toEqual({ showPrompt: true, title: v.prompt.title, message: v.prompt.text });
  });
  expect(view.conditionalFormats.map((c) => [c.range, c.formula])).toEqual(plan.conditionalFormats.map((c) => [c.range, `=${c.formula}`]));
  expect(view.hiddenColumns).toEqual(plan.columns.filter((c) => c.hidden).map((c) => c.letter));
  for (const c of plan.columns) expect(sheet.columnWidths.get(c.index - 1)).toBe(charsToPoints(c.width));
  for (const h2 of plan.rowHeights) expect(sheet.rowHeights.get(h2.row - 1)).toBe(h2.height);
  if (h.Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
    expect(sheet.pageLayout.printArea).toBe(plan.print.area);
    expect(sheet.pageLayout.printTitleRows).toBe(`$${plan.headerRow}:$${plan.headerRow}`);
    expect(sheet.pageLayout.orientation).toBe(plan.print.orientation === "landscape" ? "Landscape" : "Portrait");
    expect(sheet.autoFilter ? 1 : 0).toBe(plan.autoFilter ? 1 : 0);
  }
  // Title and header locked, data cells of input columns unlocked, derived ones locked.
  expect(h.format(name, "A1").locked).toBe(true);
  expect(h.format(name, `A${plan.headerRow}`).locked).toBe(true);
  for (const c of plan.columns.filter((x) => x.role === "input" || x.role === "derived")) {
    const address = `${c.letter}${plan.firstDataRow}`;
    expect([address, h.format(name, address).locked]).toEqual([address, c.role === "derived"]);
    if (c.numFmt) expect([address, h.numberFormat(name, address)]).toEqual([address, c.numFmt]);
  }
  const marker = parseA1(plan.markerCell);
  expect(view.values[marker.row - 1][marker.col - 1]).toBe(plan.marker);
}

describe("writePlan through the test host", () => {
  it("writes every form's default sheet as its plan, each in one request after one name lookup", async () => {
    host = installHost();
    const plans = defaultPlans();
    const result = await run(host, (ctx) => scaffoldPlans(ctx, plans));
    expect(result.sheets.map((s) => s.name)).toEqual(plans.map((p) => p.sheetName));
    expect(result.sheets.every((s) => s.syncs === 1 && s.skipped.length === 0)).toBe(true);
    expect(result.syncs).toBe(plans.length + 1);
    expect(host.syncs).toBe(plans.length + 1);
    plans.forEach((p) => expectSheetIsPlan(host, p.sheetName, p));
    expect(host.state.activeSheet).toBe(plans[0].sheetName);
  });

  it("needs one sync for 40 or 3,000 data rows: formulas are written once and copied down", async () => {
    host = installHost();
    for (const rows of [40, 3000]) {
      const plan = buildSheetPlan(formSpec("context"), { dataRows: rows, sheetName: `Контекст ${rows}` });
      const before = host.state.stats.requests.length;
      const written = await run(host, (ctx) => writePlan(ctx, plan, plan.sheetName));
      expect(written.syncs).toBe(1);
      const request = host.state.stats.requests[before];
      // Only the number formats of the data rows grow with the rows (about 70 bytes a row here).
      expect(request.bytes).toBeLessThan(64 * 1024 + rows * 80);
      expectSheetIsPlan(host, plan.sheetName, plan);
    }
  });

  it("without copyFrom (ExcelApi 1.8) writes every formula and splits only what passes the 5 MB limit", async () => {
    host = installHost({ apiVersion: "1.8" });
    const small = buildSheetPlan(formSpec("context"), { dataRows: 40 });
    const large = buildSheetPlan(formSpec("context"), { dataRows: 1500, sheetName: "Контекст большой" });
    const a = await run(host, (ctx) => writePlan(ctx, small, small.sheetName));
    const b = await run(host, (ctx) => writePlan(ctx, large, large.sheetName));
    expect(a.syncs).toBe(1);
    expect(b.syncs).toBeGreaterThan(1);
    expect(b.syncs).toBeLessThanOrEqual(5);
    expect(Math.max(...host.state.stats.requests.map((r) => r.bytes))).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(a.skipped.sort()).toEqual(["autoFilter", "pageLayout"]);
    expectSheetIsPlan(host, large.sheetName, large);
  });

  it("skips and reports what an old Excel lacks (ExcelApi 1.5) and still writes values and formulas", async () => {
    host = installHost({ apiVersion: "1.5" });
    const plan = buildSheetPlan(formSpec("results"), { dataRows: 20 });
    const written = await run(host, (ctx) => writePlan(ctx, plan, plan.sheetName));
    expect(written.skipped.sort()).toEqual(["autoFilter", "conditionalFormats", "dataValidation", "freezePanes", "pageLayout"]);
    const view = host.view(plan.sheetName);
    expect(view.values[2][0]).toBe("Код ОО");
    expect(view.validations).toEqual([]);
    expect(view.protected).toBe(true);
  });

  it("never writes into an existing sheet: a taken name gets «(2)», «(3)», within 31 characters", async () => {
    host = installHost();
    host.addSheet("Контекстные данные", [["чужие данные"]]);
    host.addSheet("контекстные данные (2)", [["тоже чужие"]]);
    const long = "Ж".repeat(31);
    host.addSheet(long, [["длинное"]]);
    const plans = [buildSheetPlan(formSpec("context"), { dataRows: 5 }), buildSheetPlan(formSpec("passport"), { sheetName: long })];
    const result = await run(host, (ctx) => scaffoldPlans(ctx, plans));
    expect(result.sheets.map((s) => s.name)).toEqual(["Контекстные данные (3)", `${"Ж".repeat(27)} (2)`]);
    expect(result.sheets[1].name).toHaveLength(31);
    expect(host.view("Контекстные данные").values).toEqual([["чужие данные"]]);
    expect(host.view("контекстные данные (2)").values).toEqual([["тоже чужие"]]);
    expect(host.view(long).values).toEqual([["длинное"]]);
    expectSheetIsPlan(host, "Контекстные данные (3)", plans[0]);
  });

  it("keeps text that Excel would turn into a formula, a number or a date as the same text", async () => {
    host = installHost();
    const plan = buildSheetPlan(formSpec("targets"), {
      years: [2024],
      rows: [
        { kind: "section", text: "1. Показатели" },
        { kind: "row", values: { "№ п/п": "1.1", "Наименование показателя": "=не формула", "Единица измерения": "Процент", "Базовое значение": 15, "План 2024": "-", "Факт 2024": "х" } },
        { kind: "row", values: { "№ п/п": "1.2", "Наименование показателя": "+5 школ", "Единица измерения": "Единица", "Базовое значение": "2024-01-01", "План 2024": "12.5" } },
      ],
      dataRows: 5,
    });
    await run(host, (ctx) => writePlan(ctx, plan, plan.sheetName));
    const v = host.view(plan.sheetName);
    const row = (r: number) => v.values[r - 1];
    const col = (header: string) => plan.columns.find((c) => c.header === header)!.index - 1;
    expect(row(5)[col("№ п/п")]).toBe("1.1");
    expect(row(5)[col("Наименование показателя")]).toBe("=не формула");
    expect(v.formulas[4][col("Наименование показателя")]).toBeNull();
    expect(row(5)[col("План 2024")]).toBe("-");
    expect(row(5)[col("Базовое значение")]).toBe(15);
    expect(row(6)[col("Наименование показателя")]).toBe("+5 школ");
    expect(row(6)[col("Базовое значение")]).toBe("2024-01-01");
    expect(row(6)[col("План 2024")]).toBe("12.5");
    expect(row(4)[0]).toBe("1. Показатели");
  });

  it("surfaces Excel's refusal when the workbook structure is protected, adding nothing", async () => {
    host = installHost({ structureProtected: true });
    const plan = buildSheetPlan(formSpec("cycle"));
    await expect(run(host, (ctx) => scaffoldPlans(ctx, [plan]))).rejects.toMatchObject({ code: "AccessDenied" });
    expect(host.names()).toEqual([]);
  });

  it("turns plan validations into Office.js rules", () => {
    expect(validationRule({ range: "D4:D9", type: "list", formulae: ['"город,село"'], allowBlank: true })).toEqual({ list: { inCellDropDown: true, source: "город,село" } });
    expect(validationRule({ range: "C4:C9", type: "list", formulae: ["$S$4:$S$30"], allowBlank: true })).toEqual({ list: { inCellDropDown: true, source: "=$S$4:$S$30" } });
    expect(validationRule({ range: "F4:F9", type: "whole", operator: "between", formulae: [4, "11"], allowBlank: true })).toEqual({
      wholeNumber: { operator: "Between", formula1: 4, formula2: 11 },
    });
    expect(validationRule({ range: "G4:G9", type: "decimal", operator: "lessThanOrEqual", formulae: ["$F4"], allowBlank: true })).toEqual({
      decimal: { operator: "LessThanOrEqualTo", formula1: "=$F4" },
    });
    expect(validationRule({ range: "E4:E9", type: "custom", formulae: ["LEN($E4)=9"], allowBlank: true })).toEqual({ custom: { formula: "=LEN($E4)=9" } });
    expect(validationRule({ range: "A4:A9", type: "any", formulae: [], allowBlank: true })).toBeUndefined();
  });

  it("uses column letters the plan gives", () => {
    expect(columnLetter(17)).toBe("Q");
  });
});
