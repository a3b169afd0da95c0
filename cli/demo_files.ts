/**
 * The demonstration's files as bytes: each workbook is the form's template (the same plan schools receive, with
 * fewer pre-formatted rows to keep the demonstration fast) filled with the file's rows, then changed as the school
 * changed it (a renamed sheet, a retyped header); a file that is not a workbook is its text.
 */
import ExcelJS from "exceljs";
import { buildSheetPlan } from "../src/plan/build_sheet_plan";
import type { SheetPlan } from "../src/plan/types";
import { formSpec } from "../src/forms/specs";
import { workbookFromPlans } from "../src/xlsx/write_plan";
import type { DemoFile } from "../src/demo/demo_set";

/** Pre-formatted rows under the filled ones, as a school's template keeps a few empty rows. */
const SPARE_ROWS = 3;

const plans = new Map<string, SheetPlan>();

function planFor(formId: string, dataRows: number, municipalities: readonly string[]): SheetPlan {
  const key = `${formId}:${dataRows}`;
  let plan = plans.get(key);
  if (!plan) {
    plan = buildSheetPlan(formSpec(formId), { dataRows, municipalities, years: [2025] });
    plans.set(key, plan);
  }
  return plan;
}

/**
 * The bytes of a demonstration file.
 * @param f the file
 * @param municipalities the region's municipalities (the template's drop-down)
 * @returns the contents
 * @example fs.writeFileSync("000101.xlsx", await demoFileBuffer(demoSet().files[0], municipalities))
 */
export async function demoFileBuffer(f: DemoFile, municipalities: readonly string[]): Promise<Buffer> {
  if (f.text !== undefined || !f.formId) return Buffer.from(f.text ?? "", "utf8");
  const rows = f.rows ?? [];
  const plan = planFor(f.formId, rows.length + SPARE_ROWS, municipalities);
  const wb = workbookFromPlans([plan]);
  const ws = wb.worksheets[0];
  const col = new Map(plan.columns.filter((c) => c.role === "input").map((c) => [c.header, c.index]));
  rows.forEach((r, i) => {
    for (const [header, value] of Object.entries(r)) {
      const c = col.get(header);
      if (c !== undefined && value !== null) ws.getCell(plan.firstDataRow + i, c).value = value as ExcelJS.CellValue;
    }
  });
  if (f.renameHeader) {
    const c = col.get(f.renameHeader.from);
    if (c !== undefined) ws.getCell(plan.headerRow, c).value = f.renameHeader.to;
  }
  if (f.sheetName) ws.name = f.sheetName;
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
