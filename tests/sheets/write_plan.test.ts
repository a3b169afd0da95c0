/**
 * The SpreadsheetApp writer of sheet plans, on the strict double: what lands in the sheet (text stays text,
 * formulas in their rows, validations and conditional formats as the API shapes them, warning-only protection of
 * the title and header, frozen header, widths in pixels, hidden marker column) and how many Apps Script calls it
 * takes — O(columns), the same for 10 rows as for 1,000.
 */
import { formSpec } from "../../src/forms/specs";
import { preset } from "../../src/forms/presets";
import { tablePlan } from "../../src/consolidate/table_plan";
import { buildSheetPlan, type SheetPlan } from "../../src/plan";
import { rectangles, validationRule, widthToPixels, writePlan } from "../../sheets/write_plan";
import type { DoubleDataValidation, DoubleSheet } from "./apps_script_double";
import { newDouble } from "./helpers";

function written(plan: SheetPlan, sheets?: string[]) {
  const d = newDouble(sheets ? { sheets } : {});
  const result = writePlan(d.app, d.spreadsheet, plan);
  const sheet = d.double.spreadsheet.sheets.find((s) => s.sheetName === result.name) as DoubleSheet;
  return { ...d, result, sheet };
}

const col = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

describe("writePlan (SpreadsheetApp)", () => {
  const context = buildSheetPlan(formSpec("context"), { dataRows: 10 });

  test("cells, marker, widths in pixels, hidden marker column, frozen header", () => {
    const { sheet, result } = written(context);
    expect(sheet.cell(1, 1)?.value).toBe(context.title);
    expect(sheet.cell(1, 16)?.value).toBe("edu-roadmap:context:v1");
    expect(sheet.hiddenColumns).toEqual(new Set([16]));
    expect(sheet.getColumnWidth(2)).toBe(widthToPixels(30));
    expect(sheet.cell(3, 1)?.value).toBe("Код ОО");
    expect(sheet.cell(3, 17)?.value).toBe("Проверка");
    expect(sheet.frozenRows).toBe(3);
    // Sheets cannot freeze two columns under a title merged across them: the rows are frozen, the columns are not.
    expect(sheet.frozenColumns).toBe(0);
    expect(result.skipped).toEqual(["frozenColumns", "print"]);
    expect(sheet.merges).toContainEqual({ r1: 1, c1: 1, r2: 1, c2: 15 });
    expect(sheet.cell(4, 1)?.numberFormat).toBe("@");
    expect(sheet.cell(1000, 1)?.numberFormat).toBe("@");
    expect(sheet.cell(4, 6)?.numberFormat).toBe("0");
    expect(sheet.cell(3, 1)).toMatchObject({ background: "#DDEBF7", fontWeight: "bold", horizontal: "center", wrap: "WRAP", border: { color: "#BFBFBF", style: "SOLID" } });
    expect(sheet.cell(1, 1)).toMatchObject({ fontSize: 14, fontWeight: "bold" });
  });

  test("the check column's formula in every data row, as the plan's template with `=`", () => {
    const { sheet } = written(context);
    const run = context.formulas.find((f) => f.col === context.checkColumn)!;
    for (const r of [4, 13]) expect(sheet.cell(r, 17)?.formula).toBe(`=${run.template.split("{row}").join(String(r))}`);
    expect(sheet.cell(14, 17)?.formula).toBeUndefined();
  });

  test("text of the plan stays text: item numbers «1.10» of a preset are not read as dates or numbers", () => {
    const plan = buildSheetPlan(formSpec("plan"), { preset: preset("plan-tambov") });
    const { sheet } = written(plan);
    const numbers = plan.cells.filter((c) => c.col === 1 && c.style === "input").map((c) => c.value);
    expect(numbers).toContain("1.10");
    const inSheet = plan.cells.filter((c) => c.col === 1 && c.style === "input").map((c) => sheet.cell(c.row, 1)?.value);
    expect(inSheet).toEqual(numbers);
    const period = plan.cells.find((c) => c.value === "2022")!;
    expect(sheet.cell(period.row, period.col)?.value).toBe("2022");
  });

  test("section rows are merged, formulas skip them, the summary row has its formulas", () => {
    const plan = buildSheetPlan(formSpec("finance"), { preset: preset("finance-yartsevo") });
    const { sheet } = written(plan);
    const s = plan.sectionRows[0];
    expect(sheet.merges.some((m) => m.r1 === s && m.c1 === 1)).toBe(true);
    expect(sheet.cell(s, plan.checkColumn!)?.formula).toBeUndefined();
    const next = [...Array(plan.lastDataRow - s).keys()].map((i) => s + 1 + i).find((r) => !plan.sectionRows.includes(r))!;
    expect(sheet.cell(next, plan.checkColumn!)?.formula).toMatch(/^=IF\(/);
    const total = plan.summaryRows[0];
    expect(sheet.cell(total, 2)?.value).toBe("Итого");
    const sums = plan.cells.filter((c) => c.row === total && c.formula);
    expect(sums.length).toBeGreaterThan(0);
    for (const c of sums) expect(sheet.cell(c.row, c.col)?.formula).toBe(`=${c.formula}`);
  });

  test("data validation as the API builds it: drop-downs, whole numbers as a formula, custom formulas, help", () => {
    const { sheet } = written(context);
    const dv = (a1: string): DoubleDataValidation => sheet.cell(col(a1.replace(/\d+/, "")) && Number(a1.replace(/\D+/, "")), col(a1.replace(/\d+/, "")))!.validation!;
    const locality = dv("D5");
    expect(locality.getCriteriaType()).toBe("VALUE_IN_LIST");
    expect(locality.getCriteriaValues()).toEqual([["город", "село"], true]);
    expect(locality.getAllowInvalid()).toBe(false);
    expect(locality.getHelpText()).toMatch(/«город» или «село»/);
    expect(sheet.cell(14, 4)?.validation).toBeUndefined();
    const students = dv("F4");
    expect(students.getCriteriaType()).toBe("CUSTOM_FORMULA");
    expect(students.getCriteriaValues()[0]).toMatch(/^=AND\(ISNUMBER\(F4\),MOD\(F4,1\)=0/);
    const part = dv("G4");
    expect(part.getCriteriaType()).toBe("CUSTOM_FORMULA");
    expect(String(part.getCriteriaValues()[0])).toMatch(/^=AND\(.*\$F4/);
    for (const v of context.validations) {
      const [from] = v.range.split(":");
      expect(sheet.cell(Number(from.replace(/\D+/g, "")), col(from.replace(/[\d$]+/g, "")))?.validation).toBeTruthy();
    }
  });

  test("every plan validation gets a rule the API accepts (all forms, all types)", () => {
    const d = newDouble();
    const sheet = d.spreadsheet.insertSheet("Проба");
    const types = new Set<string>();
    for (const id of ["context", "results", "equipment", "staff", "passport", "plan", "targets", "finance", "responsibility", "cycle", "risk-profile"]) {
      for (const v of buildSheetPlan(formSpec(id)).validations) {
        types.add(v.type);
        expect(() => validationRule(d.app, sheet, v)).not.toThrow();
      }
    }
    expect([...types].sort()).toEqual(expect.arrayContaining(["custom", "list"]));
    const rule = validationRule(d.app, sheet, { range: "B4:B9", type: "decimal", operator: "between", formulae: [0, 100], allowBlank: true, error: { title: "t", text: "e", style: "stop" } });
    expect((rule as unknown as DoubleDataValidation).getCriteriaType()).toBe("NUMBER_BETWEEN");
    const text = validationRule(d.app, sheet, { range: "C4:C9", type: "textLength", operator: "lessThanOrEqual", formulae: [255], allowBlank: true });
    expect((text as unknown as DoubleDataValidation).getCriteriaValues()).toEqual(["=LEN(C4)<=255"]);
    const ranged = validationRule(d.app, sheet, { range: "A4:A9", type: "list", formulae: ["$X$4:$X$20"], allowBlank: true, error: { title: "t", text: "e", style: "warning" } });
    expect((ranged as unknown as DoubleDataValidation).getCriteriaType()).toBe("VALUE_IN_RANGE");
    expect((ranged as unknown as DoubleDataValidation).getAllowInvalid()).toBe(true);
  });

  test("conditional formats: one call, the plan's order, formulas with `=`, the exceljs writer's colours", () => {
    const { sheet, double } = written(context);
    expect(double.log.of("Sheet.setConditionalFormatRules")).toBe(1);
    expect(sheet.conditionalRules).toHaveLength(context.conditionalFormats.length);
    const first = sheet.conditionalRules[0];
    expect(first.getBooleanCondition().getCriteriaValues()).toEqual([`=${context.conditionalFormats[0].formula}`]);
    expect(first.getRanges()[0].getA1Notation()).toBe(context.conditionalFormats[0].range);
    expect(first.getBooleanCondition().getBackground()).toBe("#FFC7CE");
    const ok = sheet.conditionalRules[context.conditionalFormats.findIndex((c) => c.look === "ok")];
    expect(ok.getBooleanCondition().getBold()).toBe(true);
  });

  test("protection warns on the title, header and formulas; the input cells are left out of it", () => {
    const { sheet } = written(context);
    const [p] = sheet.getProtections("SHEET");
    expect(p.isWarningOnly()).toBe(true);
    const free = p.getUnprotectedRanges().map((r) => r.getA1Notation());
    expect(free).toEqual(["A4:O1000"]);
    expect(sheet.getProtections("RANGE")).toEqual([]);
    // Derived columns stay protected: equipment's gap columns.
    const equipment = buildSheetPlan(formSpec("equipment"), { dataRows: 5 });
    const e = written(equipment);
    const derived = equipment.columns.filter((c) => c.role === "derived").map((c) => c.letter);
    const ranges = e.sheet.getProtections("SHEET")[0].getUnprotectedRanges();
    for (const r of ranges) for (let c = r.col; c < r.col + r.cols; c++) expect(derived).not.toContain(String.fromCharCode(64 + c));
  });

  test("a plan wider than a new sheet's 26 columns grows the sheet first", () => {
    const columns = Array.from({ length: 30 }, (_, i) => ({ header: `Столбец ${i + 1}`, width: 10 }));
    const plan = tablePlan({ sheetName: "Широкая", title: "Широкая таблица", columns, rows: [columns.map((_, i) => i)], marker: "edu-roadmap:staff:v1" });
    const { sheet, double } = written(plan);
    expect(sheet.maxColumns).toBe(31);
    expect(sheet.cell(4, 30)?.value).toBe(29);
    expect(sheet.cell(1, 31)?.value).toBe("edu-roadmap:staff:v1");
    expect(double.log.of("Sheet.insertColumnsAfter")).toBe(1);
  });

  test("Apps Script calls: O(columns), the same for 10 rows as for 900 (and one more to grow a new sheet past 1,000)", () => {
    const counts = [10, 900, 5000].map((dataRows) => written(buildSheetPlan(formSpec("context"), { dataRows })).double.log);
    expect(counts[0].total()).toBe(counts[1].total());
    expect(counts[2].total()).toBe(counts[1].total() + 1);
    expect(counts[2].of("Sheet.insertRowsAfter")).toBe(1);
    const log = counts[0];
    const columns = context.columns.length;
    expect(log.of("Range.setValues")).toBe(1);
    expect(log.of("Range.setFormulas")).toBe(1);
    for (const setter of ["setBackgrounds", "setFontWeights", "setFontSizes", "setWrapStrategies"]) expect(log.of(`Range.${setter}`)).toBe(1);
    expect(log.of("RangeList.setBorder")).toBe(1);
    expect(log.of("Range.setDataValidation")).toBe(context.validations.length);
    expect(log.total()).toBeLessThanOrEqual(4 * columns + 40);
    // The same for every form with its longest preset.
    for (const [id, name] of [["plan", "plan-yartsevo"], ["targets", "targets-yartsevo"], ["finance", "finance-yartsevo"], ["risk-profile", "risk-factors-500"]]) {
      const plan = buildSheetPlan(formSpec(id), { preset: preset(name) });
      const { double } = written(plan);
      const bound = 4 * plan.columns.length + 2 * (plan.sectionRows.length + plan.merges.length) + 40;
      expect({ id, calls: double.log.total() <= bound }).toEqual({ id, calls: true });
    }
  });

  test("a consolidated table of 3,000 schools: one values call, a handful of format calls", () => {
    const columns = [{ header: "Код ОО", width: 12 }, { header: "Наименование ОО", width: 30 }, ...Array.from({ length: 18 }, (_, i) => ({ header: `Показатель ${i + 1}`, width: 10, numFmt: "0" }))];
    const rows = Array.from({ length: 3000 }, (_, r) => [`67${String(r).padStart(4, "0")}`, `Школа № ${r + 1}`, ...Array.from({ length: 18 }, (_, i) => r + i)]);
    const plan = tablePlan({ sheetName: "Свод", title: "Свод", columns, rows, marker: "edu-roadmap:context:v1" });
    const { sheet, double } = written(plan);
    expect(sheet.cell(3003, 1)?.value).toBe("672999");
    expect(sheet.cell(3003, 1)?.numberFormat).toBe("@");
    expect(sheet.cell(3003, 20)?.value).toBe(3016);
    expect(double.log.of("Range.setValues")).toBe(1);
    expect(double.log.total()).toBeLessThanOrEqual(4 * columns.length + 40);
  });

  test("a taken sheet name is the caller's business: the double refuses it, as Sheets does", () => {
    const d = newDouble({ sheets: ["контекстные данные"] });
    expect(() => writePlan(d.app, d.spreadsheet, context)).toThrow('A sheet with the name "Контекстные данные" already exists');
  });
});

describe("rectangles", () => {
  test("joins runs of marked cells into rectangles", () => {
    const marked = new Set(["1:1", "1:2", "2:1", "2:2", "3:4", "5:1"]);
    expect(rectangles(5, 4, (r, c) => marked.has(`${r}:${c}`))).toEqual([
      { r1: 1, c1: 1, r2: 2, c2: 2 },
      { r1: 3, c1: 4, r2: 3, c2: 4 },
      { r1: 5, c1: 1, r2: 5, c2: 1 },
    ]);
    expect(rectangles(3, 3, () => false)).toEqual([]);
  });
});
