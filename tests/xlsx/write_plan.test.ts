import ExcelJS from "exceljs";
import { formSpec } from "../../src/forms";
import { preset } from "../../src/forms/presets";
import { buildSheetPlan } from "../../src/plan";
import { planWorkbookBuffer, workbookFromPlans, writePlan } from "../../src/xlsx";
import { load } from "./helpers";

describe("writePlan (exceljs)", () => {
  const plan = buildSheetPlan(formSpec("context"), { dataRows: 10 });

  test("a written template read back: cells, widths, hidden marker column, frozen header, protection, recalculation", async () => {
    const wb = await load(await planWorkbookBuffer([plan]));
    const ws = wb.getWorksheet("Контекстные данные")!;
    expect(ws.getCell("A1").value).toBe(plan.title);
    expect(ws.getCell("P1").value).toBe("edu-roadmap:context:v1");
    expect(ws.getColumn(16).hidden).toBe(true);
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getCell("A3").value).toBe("Код ОО");
    expect(ws.getCell("Q3").value).toBe("Проверка");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3, xSplit: 2 });
    expect(ws.getCell("A4").protection?.locked).toBe(false);
    expect(ws.getCell("A3").protection?.locked ?? true).toBe(true); // locked is the default
    expect(ws.getCell("A4").numFmt).toBe("@");
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws.getCell("A1").isMerged).toBe(true);
    // the check column is one shared formula (master Q4); each cell reads as its own row's formula
    const check = ws.getCell("Q7");
    expect((check.value as ExcelJS.CellSharedFormulaValue).sharedFormula).toBe("Q4");
    expect(check.formula.startsWith('IF(SUMPRODUCT(LEN(TRIM($A7:$O7)))=0,"",')).toBe(true);
    expect(check.result).toBeUndefined();
    expect(ws.getCell("Q14").value).toBeNull();
  });

  test("validations and conditional formats are written", async () => {
    const wb = await load(await planWorkbookBuffer([plan]));
    const ws = wb.getWorksheet("Контекстные данные")!;
    const dv = ws.getCell("D5").dataValidation;
    expect(dv).toMatchObject({ type: "list", formulae: ['"город,село"'], showInputMessage: true, promptTitle: "Тип местности" });
    expect(ws.getCell("D14").dataValidation).toBeUndefined();
    expect(ws.getCell("F4").dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual" });
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(cfs.map((c) => c.ref)).toContain("A4:O13");
    expect(cfs).toHaveLength(plan.conditionalFormats.length);
  });

  test("section rows of a preset are merged; formulas skip them; summary rows", async () => {
    const p = buildSheetPlan(formSpec("finance"), { preset: preset("finance-yartsevo") });
    const wb = await load(await planWorkbookBuffer([p]));
    const ws = wb.worksheets[0];
    const s = p.sectionRows[0];
    expect(ws.getCell(s, 1).isMerged).toBe(true);
    expect(ws.getCell(s, p.checkColumn!).value).toBeNull();
    const [first] = p.formulas.find((f) => f.col === p.checkColumn)!.rows[0];
    expect((ws.getCell(first, p.checkColumn!).value as ExcelJS.CellFormulaValue).formula).toContain(`$A${first}`);
    const total = p.summaryRows[0];
    expect(ws.getCell(total, 2).value).toBe("Итого");
  });

  test("several plans → several sheets; duplicate names and empty lists are errors", () => {
    const wb = workbookFromPlans([plan, buildSheetPlan(formSpec("results"), { dataRows: 2 })]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Контекстные данные", "Результаты"]);
    expect(wb.calcProperties.fullCalcOnLoad).toBe(true);
    expect(() => writePlan(wb, plan)).toThrow(/уже есть/);
    expect(() => workbookFromPlans([])).toThrow(/нет ни одного листа/);
  });
});
