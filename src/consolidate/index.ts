/**
 * Consolidation of many files of one form, host-neutral: read tables → one table with the source of every row
 * and the findings to act on; uniqueness across files decided after reading; reference lists; sheet plans of
 * the consolidated workbook and of a validation report.
 */
export type * from "./types";
export { extractTable, tableValue } from "./extract_table";
export { crossFileFindings, mergeFindings } from "./cross_file_findings";
export type { FileKeys } from "./cross_file_findings";
export { consolidate, schoolCodeKey, CONSOLIDATION_CODES, CONSOLIDATION_KINDS_RU } from "./consolidate";
export { parseDelimited } from "./parse_delimited";
export { referenceList, SCHOOL_LIST_HEADERS, SCHOOL_NAME_HEADERS, MUNICIPALITY_LIST_HEADERS } from "./reference_list";
export type { ReferenceList } from "./reference_list";
export { tablePlan } from "./table_plan";
export type { TableColumn, TableSheet } from "./table_plan";
export { consolidationPlans, formTableColumns, invalidRowsText, SOURCE_HEADERS, SOURCE_WIDTHS, CONSOLIDATION_SHEETS } from "./consolidation_plans";
export { reportPlans, fileResultText } from "./report_plans";
export type { ConsolidationColumn } from "./consolidation_plans";
export { sourceWords } from "./source_words";
export type { SourceWords } from "./source_words";
