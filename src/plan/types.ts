/**
 * The host-neutral sheet plan: everything a writer (exceljs, Office.js, Apps Script) needs to lay out one
 * form's sheet, as a plain serialisable object. Writers hold no form knowledge; they only apply a plan.
 *
 * Formulas are in English function names with comma separators. Per-row formulas are templates where
 * `{row}` stands for the row number; a writer fills each listed row with the template's `{row}` replaced.
 */

/** Header of the native check column. */
export const CHECK_HEADER = "Проверка";
/** Text of the check column for a row without problems. */
export const CHECK_OK = "✓";
/** Prefix of the hidden marker text: `edu-roadmap:<form-id>:v<version>`. */
export const MARKER_PREFIX = "edu-roadmap";

export type PlanCellValue = string | number | boolean | null;

/** Named cell styles; their look is given once in {@link SheetPlan.styles}. */
export type PlanStyleName =
  | "title"
  | "instruction"
  | "header"
  | "header-derived"
  | "header-check"
  | "section"
  | "input"
  | "derived"
  | "check"
  | "summary-label"
  | "summary"
  | "marker"
  | "list";

/** The look of a style, in terms every host has. Colours are `RRGGBB`. */
export interface PlanStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  border?: boolean;
  /** false: the cell stays editable on the protected sheet */
  locked: boolean;
}

export type PlanColumnRole = "input" | "derived" | "check" | "marker" | "list";

export interface PlanColumn {
  /** 1-based sheet column */
  index: number;
  letter: string;
  role: PlanColumnRole;
  /** form column key (input and derived columns) */
  key?: string;
  header: string;
  /** width in characters */
  width: number;
  numFmt?: string;
  hidden: boolean;
  /** the style of the column's data cells */
  style: PlanStyleName;
  /** data cells wrap long text */
  wrap: boolean;
  /** help shown as the input message */
  help?: string;
}

/** One cell written explicitly: title, instruction, headers, marker, prefilled values, section and summary rows. */
export interface PlanCell {
  row: number;
  col: number;
  address: string;
  /** the value; for a formula cell, its result as computed when the plan was made (written as the cached result) */
  value?: PlanCellValue;
  formula?: string;
  style: PlanStyleName;
}

/** A formula filled down a column: the template with `{row}` for each row of the listed spans. */
export interface PlanFormulaRun {
  col: number;
  /** inclusive row spans */
  rows: [number, number][];
  template: string;
  style: PlanStyleName;
}

export type PlanValidationType = "list" | "whole" | "decimal" | "textLength" | "custom" | "any";
export type PlanOperator =
  | "between"
  | "notBetween"
  | "equal"
  | "notEqual"
  | "greaterThan"
  | "lessThan"
  | "greaterThanOrEqual"
  | "lessThanOrEqual";

/** A native data validation over a range (entry-time check, drop-down, input message). */
export interface PlanValidation {
  /** A1 range, e.g. "F4:F203" */
  range: string;
  type: PlanValidationType;
  operator?: PlanOperator;
  /** formulas or values without "=", relative to the range's top-left cell; a list is `"a,b"` or a range */
  formulae: (string | number)[];
  allowBlank: boolean;
  /** input message: title ≤ 32 characters, text ≤ 255 */
  prompt?: { title: string; text: string };
  /** error alert: title ≤ 32 characters, text ≤ 255 */
  error?: { title: string; text: string; style: "stop" | "warning" | "information" };
}

/** A conditional format: a formula relative to the range's top-left cell, and a named look. */
export interface PlanConditionalFormat {
  range: string;
  formula: string;
  look: "error" | "warning" | "ok" | "check-error";
}

/** One item of the check column: which problem text belongs to which field and code (docs and tests). */
export interface PlanCheckItem {
  /** the header the check column names; for the year columns of a repeated column, their common name («План») */
  field: string;
  code: string;
  text: string;
  /** the exact headers of a group item (`План 2024`, `План 2025`…): one check over all of them */
  fields?: string[];
}

export interface SheetPlan {
  formId: string;
  version: number;
  sheetName: string;
  title: string;
  instruction: string;
  /** `edu-roadmap:<form-id>:v<version>` */
  marker: string;
  markerCell: string;
  titleRow: number;
  instructionRow: number;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  columns: PlanColumn[];
  cells: PlanCell[];
  formulas: PlanFormulaRun[];
  merges: string[];
  rowHeights: { row: number; height: number }[];
  frozen: { rows: number; columns: number };
  validations: PlanValidation[];
  conditionalFormats: PlanConditionalFormat[];
  styles: Record<PlanStyleName, PlanStyle>;
  /** the sheet is protected without a password; title and header locked, data cells unlocked */
  protection?: { password: null; allowFormatColumns: boolean; allowInsertRows: boolean; allowDeleteRows: boolean; allowSort: boolean; allowAutoFilter: boolean };
  autoFilter?: string;
  sectionRows: number[];
  summaryRows: number[];
  checkColumn?: number;
  checkItems: PlanCheckItem[];
  /** hidden lists the validations refer to (e.g. municipalities) */
  lists: { name: string; col: number; range: string; values: string[] }[];
  /** printing: the form's columns only (the check column is for the screen), fitted to the page width */
  print: { orientation: "landscape" | "portrait"; fitToWidth: number; area: string };
}
