/**
 * The same plan, filled with the same values, read back from Google Sheets (the SpreadsheetApp double → readSheet)
 * and from an .xlsx file (exceljs writer → file → exceljs reader), gives the same findings — cell by cell, code by
 * code, word by word. Every form, with its default rows and with a preset from the sources.
 */
import { FORMS, formSpec } from "../../src/forms/specs";
import { defaultPreset, presetsFor } from "../../src/forms/presets";
import type { FormSpec } from "../../src/forms/types";
import { buildSheetPlan, type SheetPlan } from "../../src/plan";
import { validateWorkbook, type Finding } from "../../src/validate";
import { readSheet } from "../../sheets/read_sheet";
import { writePlan } from "../../sheets/write_plan";
import type { DoubleSheet } from "./apps_script_double";
import { AS_OF, excelFindings, exampleRows, newDouble, typeRows, type Fill } from "./helpers";

function inputHeaders(plan: SheetPlan): { header: string; key: string }[] {
  return plan.columns.filter((c) => c.role === "input").map((c) => ({ header: c.header, key: c.key as string }));
}

/** The first data row below the plan's prefilled rows. */
function firstFreeRow(plan: SheetPlan): number {
  const prefilled = plan.cells.filter((c) => c.row >= plan.firstDataRow && c.row <= plan.lastDataRow && (c.style === "input" || c.style === "section"));
  return prefilled.length ? Math.max(...prefilled.map((c) => c.row)) + 1 : plan.firstDataRow;
}

function viaSheets(plan: SheetPlan, rows: readonly Fill[], start: number, spec: FormSpec): { findings: Finding[]; sheet: DoubleSheet } {
  const { double, app, spreadsheet } = newDouble();
  writePlan(app, spreadsheet, plan);
  const sheet = double.spreadsheet.sheets.find((s) => s.sheetName === plan.sheetName)!;
  typeRows(sheet, plan, rows, start);
  const table = readSheet(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet);
  return { findings: validateWorkbook({ sheets: [table] }, spec, { asOf: AS_OF }), sheet };
}

const cases: [string, string, string | undefined][] = FORMS.flatMap((spec) => {
  const own = defaultPreset(spec.id)?.name;
  const other = presetsFor(spec.id).find((p) => p.name !== own)?.name;
  return [[spec.id, own ?? "без набора", own], ...(other ? ([[spec.id, other, other]] as [string, string, string][]) : [])];
});

describe("Sheets and Excel give the same findings for the same plan and values", () => {
  test.each(cases)("%s (%s)", async (formId, _label, presetName) => {
    const spec = formSpec(formId);
    const preset = presetName ? presetsFor(formId).find((p) => p.name === presetName) : undefined;
    const plan = buildSheetPlan(spec, { years: preset?.years?.length ? [...preset.years] : [2024, 2025], ...(preset ? { preset } : {}) });
    const rows = exampleRows(spec, inputHeaders(plan));
    const start = firstFreeRow(plan);
    const excel = await excelFindings(plan, rows, start, spec);
    const { findings } = viaSheets(plan, rows, start, spec);
    expect(findings).toEqual(excel);
    // The bad rows were found, in both (a form without rules, `responsibility`, has nothing to find).
    const checked = spec.columns.some((c) => !c.derived && (c.rules?.length || c.type !== "text"));
    if (checked) expect(findings.filter((f) => f.severity === "error" && Number(/\d+$/.exec(f.cell)?.[0]) >= start + 2).length).toBeGreaterThan(0);
  });

  test("an empty template is clean in both, and a template with the standard rows shows the same open cells", async () => {
    for (const spec of FORMS) {
      const preset = defaultPreset(spec.id);
      const plan = buildSheetPlan(spec, { years: [2024, 2025], ...(preset ? { preset } : {}) });
      const excel = await excelFindings(plan, [], plan.firstDataRow, spec);
      const { findings } = viaSheets(plan, [], plan.firstDataRow, spec);
      expect({ form: spec.id, findings }).toEqual({ form: spec.id, findings: excel });
      if (!preset) expect({ form: spec.id, findings }).toEqual({ form: spec.id, findings: [] });
    }
  });

  test("numbers typed into text columns stay text in Sheets (the plain-text format), and read the same", async () => {
    const spec = formSpec("context");
    const plan = buildSheetPlan(spec, { dataRows: 5 });
    const row: Fill = {
      "Код ОО": "000123",
      "Наименование ОО": "МБОУ СОШ № 1",
      "Муниципальное образование": "Ярцевский район",
      "Учебный год": "2024/2025",
      "Численность обучающихся": 400,
    };
    const { findings, sheet } = viaSheets(plan, [row], plan.firstDataRow, spec);
    expect(sheet.cell(4, 1)?.value).toBe("000123");
    expect(findings).toEqual(await excelFindings(plan, [row], plan.firstDataRow, spec));
  });

  test("a count typed in Russian style becomes a number in Sheets; the finding is on the same cell with the same code", async () => {
    const spec = formSpec("context");
    const plan = buildSheetPlan(spec, { dataRows: 5 });
    const row: Fill = { "Код ОО": "1", "Наименование ОО": "Школа", "Муниципальное образование": "Район", "Численность обучающихся": "100", "С ОВЗ": "12,5" };
    const { findings, sheet } = viaSheets(plan, [row], plan.firstDataRow, spec);
    expect(sheet.cell(4, 11)?.value).toBe(12.5);
    const excel = await excelFindings(plan, [row], plan.firstDataRow, spec);
    const brief = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.code} ${f.field} ${f.severity}`);
    expect(brief(findings)).toEqual(brief(excel));
    expect(brief(findings)).toEqual(["K4 type С ОВЗ error"]);
  });
});
