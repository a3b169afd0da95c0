/**
 * «Записать замечания на новый лист»: the findings as the command line's report sheets (src/consolidate/report_plans:
 * «Замечания», one row per finding, and «Файлы», one row per file), written by the Office.js writer into new sheets.
 */
import { buildReport } from "../../src/validate/report";
import type { Finding } from "../../src/validate/types";
import { reportPlans } from "../../src/consolidate/report_plans";
import type { SheetPlan } from "../../src/plan/types";

/** What the «Файл» column says for findings of a sheet of the open workbook. */
export const THIS_WORKBOOK = "эта книга";

/**
 * The plans of the findings sheets. O(findings).
 * @param results each file (or the open workbook) with its findings
 * @param title what was checked (the form's title)
 * @param withFiles add the «Файлы» sheet (several files); the open workbook needs only «Замечания»
 * @returns the plans, «Замечания» first
 * @example findingsPlans([{ file: THIS_WORKBOOK, findings }], "Контекстные данные ОО", false)[0].sheetName // => "Замечания"
 */
export function findingsPlans(results: readonly { file: string; findings: readonly Finding[] }[], title: string, withFiles: boolean): SheetPlan[] {
  const plans = reportPlans(buildReport(results), title);
  return withFiles ? plans : plans.slice(0, 1);
}
