/**
 * Tables of many files and their consolidation, as plain data: what a reader of one file gives
 * (`ExtractedTable`), what consolidation gives (`Consolidation`). No host and no file system here, so the
 * command line and the task pane build the same table from the same files.
 */
import type { Finding } from "../validate/types";
import type { SourceNoun } from "../validate/unique_finding";

export type { SourceNoun };

/** A value of a consolidated cell: numbers as numbers, enum values canonical, text trimmed, `null` when empty. */
export type TableValue = string | number | boolean | null;

/** A form column as a file has it. */
export interface ExtractedColumn {
  key: string;
  /** the form's header text (`План 2024`) */
  header: string;
  /** the sheet column letter, `""` when the sheet lacks the column */
  letter: string;
}

/** One data row of a file. */
export interface ExtractedRow {
  /** sheet row number, 1-based */
  row: number;
  /** values by column of {@link ExtractedTable.columns} */
  values: TableValue[];
  /** values of the sheet's other headed columns, by {@link ExtractedTable.extraHeaders} */
  extras: TableValue[];
  /** the text of the section row above (roadmap tables) */
  section?: string;
  /** the identity of the row for duplicates (the form's first unique key, e.g. `Код ОО`), `""` when empty */
  key: string;
  /** the key as a person reads it: the values of its columns joined with « · » */
  keyLabel: string;
}

/** The first occurrence in a file of a key of a unique rule: what cross-file uniqueness needs of a file. */
export interface KeyOccurrence {
  /** normalised key, compared across files */
  key: string;
  row: number;
  /** A1 address of the unique column's cell */
  cell: string;
  /** the cell's value as found (JSON-safe) */
  value: string | number | boolean | null;
  /** the value described for a message: `«670101»` */
  described: string;
}

/** The keys of one unique rule in one file. */
export interface KeyGroup {
  /** header of the unique column */
  field: string;
  /** headers of the key's columns present in the sheet, in rule order */
  names: string[];
  /** first occurrence of each key in the file, in row order (later ones are the validator's in-file repeats) */
  first: KeyOccurrence[];
}

/** The form's table in one file. */
export interface ExtractedTable {
  formId: string;
  sheet: string;
  /** how the sheet was recognised */
  by: "marker" | "headers";
  /** 1-based header row */
  headerRow: number;
  columns: ExtractedColumn[];
  /** texts of headed columns that are not the form's (the check column excluded) */
  extraHeaders: string[];
  rows: ExtractedRow[];
  keys: KeyGroup[];
}

/** One file for consolidation: its findings and, when it was read and the form found, its table. */
export interface SourceFile {
  file: string;
  findings: readonly Finding[];
  table?: ExtractedTable;
}

/** An expected school (`--schools`): its code and, when the list gives it, its name. */
export interface ExpectedSchool {
  code: string;
  name?: string;
}

/** What to do with rows that have errors. */
export type InvalidRows = "mark" | "exclude";

export interface ConsolidateOptions {
  /** `mark` (default): keep the row and describe its errors in the row's note column; `exclude`: leave it out */
  invalidRows?: InvalidRows;
  /** schools expected to be present (by `Код ОО`) */
  schools?: readonly ExpectedSchool[];
  /** what the sources are, for the messages: files (default) or sheets of one spreadsheet (Google Sheets) */
  source?: SourceNoun;
}

/** Kinds of consolidation findings (stable codes), in the order the findings sheet lists them. */
export type ConsolidationCode =
  | "unreadable"
  | "header"
  | "duplicate"
  | "invalid-row"
  | "row-warning"
  | "no-rows"
  | "missing"
  | "not-in-list";

/** One finding of the consolidation (the «Замечания» sheet). */
export interface ConsolidationFinding {
  code: ConsolidationCode;
  severity: "error" | "warning";
  /** the file, `""` for a school missing from every file */
  file: string;
  sheet: string;
  /** sheet row, `null` for file-level findings */
  row: number | null;
  /** the school's code or the row's key, `""` when none */
  key: string;
  /** Russian: what is wrong and what was done with it */
  message: string;
}

/** One row of the consolidated table. */
export interface ConsolidatedRow {
  file: string;
  sheet: string;
  row: number;
  /** values by {@link Consolidation.columns} */
  values: TableValue[];
  section?: string;
  /** `error` when the validator found an error in the row, `warning` for warnings only */
  status: "ok" | "warning" | "error";
  /** the row's findings as one text (`F4: …; G4: …`), `""` when none */
  note: string;
  key: string;
}

export interface ConsolidationStats {
  files: number;
  /** files read with the form's sheet found */
  readFiles: number;
  unreadableFiles: number;
  /** data rows read from all files */
  rowsRead: number;
  /** rows in the consolidated table */
  rows: number;
  rowsWithErrors: number;
  rowsExcluded: number;
  /** keys present in more than one file */
  duplicates: number;
  schoolsExpected: number;
  missing: number;
  notInList: number;
}

/** The consolidated table of a form with its findings. */
export interface Consolidation {
  formId: string;
  /** the form's title */
  title: string;
  /** headers of the form's columns (union over the files, in form order) */
  columns: string[];
  /** the spec's column key of each of {@link columns} */
  keys: string[];
  /** whether a «Раздел» column is meaningful (roadmap tables with sections) */
  sections: boolean;
  rows: ConsolidatedRow[];
  findings: ConsolidationFinding[];
  stats: ConsolidationStats;
  invalidRows: InvalidRows;
  /** what the sources are (files, or sheets of one spreadsheet), for the sheets' wording */
  source: SourceNoun;
}
