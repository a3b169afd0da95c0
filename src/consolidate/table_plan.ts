/**
 * The table-to-sheet-plan builder lives in src/plan (report, consolidation and index sheets share it); this module
 * keeps the old import path working.
 */
export { tablePlan } from "../plan/table_plan";
export type { TableColumn, TableSheet } from "../plan/table_plan";
