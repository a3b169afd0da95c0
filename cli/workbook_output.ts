/**
 * Sheet plans → an `.xlsx` file in memory, through the project's exceljs writer. Array formulas (the `EDU.*` columns
 * of a coordinator's index) are added with their cached values; such a workbook is not recalculated on opening,
 * so its values show even where the add-in is missing.
 */
import type { SheetPlan } from "../src/plan/types";
import { workbookFromPlans } from "../src/xlsx/write_plan";
import type { ArrayFormula } from "../src/region/index_plans";
import { addinFormulaForFile } from "../src/xlsx/addin_formula";

/**
 * The file of some plans.
 * @param plans sheet plans in order
 * @param arrayFormulas array formulas with their values
 * @returns the file's bytes
 * @example writeFileAtomic("свод.xlsx", await workbookBuffer(consolidationPlans(c, spec)))
 */
export async function workbookBuffer(plans: readonly SheetPlan[], arrayFormulas: readonly ArrayFormula[] = []): Promise<Buffer> {
  const wb = workbookFromPlans(plans);
  // Values are final; nothing in these workbooks needs a recalculation except formulas that carry their results.
  wb.calcProperties.fullCalcOnLoad = false;
  for (const f of arrayFormulas) {
    const ws = wb.getWorksheet(f.sheet);
    if (!ws) continue;
    // exceljs supports array formulas in fillFormula; its typings omit the fourth argument.
    const fill = ws.fillFormula as unknown as (range: string, formula: string, results: unknown[], shareType: "array") => void;
    fill.call(ws, f.range, addinFormulaForFile(f.formula), f.values.map((v) => (v === null ? { error: "#N/A" } : v)), "array");
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
