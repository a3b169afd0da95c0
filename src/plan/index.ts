/**
 * Sheet plans: a form → a host-neutral layout that every writer applies.
 */
export * from "./types";
export { buildSheetPlan, markerText, MAX_FORMULA_LENGTH } from "./build_sheet_plan";
export type { SheetPlanOptions } from "./build_sheet_plan";
export { columnLetter, columnNumber, toA1, rangeA1, parseA1 } from "./a1";
export { safeSheetName, isValidSheetName, freeSheetName, MAX_SHEET_NAME } from "./sheet_name";
export { PLAN_STYLES } from "./styles";
export { tablePlan } from "./table_plan";
export type { TableColumn, TableSheet } from "./table_plan";
