/**
 * The validator: tables in, findings out (forms.md, "Validation report").
 */
export type { CellValue, SheetTable, WorkbookTables, Finding, Severity, ValidateOptions, CrossFileIndex } from "./types";
export { CODES, SEVERITY_RU, codeInfo, renderMessage } from "./codes";
export type { CodeInfo, Level } from "./codes";
export { CHECKS, CODES_BY_KIND } from "./checks";
export { findForm } from "./find_form";
export type { FoundForm } from "./find_form";
export { normalizeHeader, locateHeaders, bindHeaders, inferRepeats, inputColumns } from "./match_headers";
export { isSectionRow, sectionNumber } from "./section_row";
export { validateTable } from "./validate_table";
export { validateWorkbook } from "./validate_workbook";
export { buildReport, flattenReport, unreadableFinding, createCrossFileIndex, FLAT_HEADERS } from "./report";
export type { Report, FileReport, FlatRow } from "./report";
export { readCell } from "./read_cell";
export { uniqueKey, uniqueKeyPart, UNIQUE_KEY_SEPARATOR } from "./unique_key";
export { crossFileUniqueFinding, uniqueProblem } from "./unique_finding";
export type { CrossFileRepeat, SourceNoun } from "./unique_finding";
export { isDateValue } from "./checks/values";
export { recogniseSheet, recogniseForm, unrecognisedFinding } from "./recognise_form";
export type { RecognisedSheet, RecognisedForm } from "./recognise_form";
