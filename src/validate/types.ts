/**
 * Host-neutral tables (what every reader produces) and findings (what the validator produces).
 * A reader knows no forms; the validator knows no hosts.
 */

/** A cell as read: `null` for an empty cell. */
export type CellValue = string | number | boolean | Date | null;

/** One sheet as read. */
export interface SheetTable {
  /** sheet name */
  name: string;
  /** values as read; row 0 is sheet row 1, column 0 is column A */
  rows: CellValue[][];
  /** formulas where the reader sees them (same shape as `rows`, `null` where a cell has none) */
  formulas?: (string | null)[][];
  /** the hidden marker of a template, if found */
  marker?: { formId: string; version: number };
  hidden?: boolean;
}

export interface WorkbookTables {
  sheets: SheetTable[];
}

export type Severity = "error" | "warning";

/** One finding of the validator: the JSON report of a file is a list of these. */
export interface Finding {
  /** sheet name, or "" for a file-level finding */
  sheet: string;
  /** A1 address, or "" for a file- or sheet-level finding */
  cell: string;
  /** header text of the column, or "" */
  field: string;
  /** the value as found */
  value: string | number | boolean | null;
  severity: Severity;
  /** stable code of forms.md */
  code: string;
  /** Russian: what is wrong and what is expected */
  message: string;
}

/** Codes already used by other files, for uniqueness across consolidated files (see createCrossFileIndex). */
export interface CrossFileIndex {
  /** form id + key → where it was first seen */
  readonly seen: Map<string, { file: string; sheet: string; cell: string }>;
}

export interface ValidateOptions {
  /** reference lists: `municipalities` — `Муниципальное образование` must be one of them */
  references?: { municipalities?: readonly string[] };
  /** the date against which periods are overdue; `Date` or `YYYY-MM-DD`; default today */
  asOf?: Date | string;
  /** earlier tables of the same form (previous years) for the change-over-year warnings */
  history?: readonly SheetTable[];
  /** years of repeated columns; default: read from the headers */
  years?: readonly number[];
  /** actor columns of `responsibility`; default: read from the headers */
  actors?: readonly string[];
  /** the programme's years, to place periods without a year (`апрель`) in time */
  programYears?: readonly number[];
  /** for uniqueness across files: the index shared by the files of one consolidation, and this file's name */
  crossFile?: { index: CrossFileIndex; file: string };
}
