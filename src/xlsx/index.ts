/**
 * exceljs writer and reader: plans → `.xlsx`, `.xlsx` → tables.
 */
export { writePlan, workbookFromPlans, planWorkbookBuffer } from "./write_plan";
export { readWorkbook, readWorksheet, loadWorkbook, UnreadableWorkbookError } from "./read_workbook";
export { loadWorkbookSafely } from "./load_safely";
export type { SafeLoadOptions } from "./load_safely";
