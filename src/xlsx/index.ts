/**
 * exceljs writer and reader: plans → `.xlsx`, `.xlsx` → tables.
 */
export { writePlan, workbookFromPlans, planWorkbookBuffer } from "./write_plan";
export { readWorkbook, readWorksheet, loadWorkbook, UnreadableWorkbookError } from "./read_workbook";
