/**
 * Form specs: one declarative definition per standard table (forms.md) from which the sheet plan,
 * the native checks of a school template, the validator and the docs are all derived.
 * A spec is data; the only functions it may hold are enum resolvers supplied by reference tables
 * (e.g. the subject list of the threshold table), which accept aliases.
 */

/** What a column holds; each type implies a reading rule (`type` check) and sometimes bounds or a pattern. */
export type ColumnType =
  | "text"
  | "integer"
  | "number"
  /** a number of percent points, 0–100 */
  | "percent"
  /** roubles, ≥ 0 */
  | "money"
  /** a calendar year, a whole number 2000–2100 */
  | "year"
  | "enum"
  /** `2024/2025`: two years, the second one greater by 1 */
  | "academic-year"
  /** `2021-2023`, `2021- 2023 гг.`: start ≤ end */
  | "year-range"
  /** a Russian plan period phrase (`апрель - май`, `ежегодно`, `2021-2023`) */
  | "period"
  /** `№ п/п`: `1`, `2.3`, `1.` */
  | "item-number";

/** An allowed value of an enum column, stored in canonical form, with the spellings accepted for it. */
export interface EnumValue {
  value: string;
  aliases?: readonly string[];
}

/** Allowed values of an enum column. */
export interface EnumSpec {
  values: readonly EnumValue[];
  /**
   * Extra resolver from a reference table (e.g. `canonicalSubject`): text → canonical value or `undefined`.
   * Used by the validator in addition to `values`; native templates know only `values`.
   */
  resolve?: (text: string) => string | undefined;
}

/** "Another column of the same row has one of these (canonical) values." */
export interface Condition {
  /** key of the other column (an enum or a text column; text is compared ignoring case and ё/е) */
  column: string;
  in: readonly string[];
  /** human wording of the condition for messages, e.g. "для ВПР" */
  label: string;
}

/** Bounds of a number; both ends inclusive unless marked exclusive. */
export interface Bounds {
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
}

/**
 * A rule of a column. Every kind has one JS check (src/validate/checks/) and, where the spreadsheet can
 * express it, the native formula written next to it in the same file.
 */
export type Rule =
  | { kind: "required"; when?: Condition }
  /** the cell must stay empty (e.g. `Класс` for ЕГЭ and ОГЭ) */
  | { kind: "empty"; when: Condition }
  | ({ kind: "range"; when?: Condition } & Bounds)
  /** part ≤ total: the value must not exceed the value of `column` in the same row */
  | { kind: "lte"; column: string }
  /** unique within the table; `with` adds columns to make a composite key */
  | { kind: "unique"; with?: readonly string[] }
  | { kind: "pattern"; format: "academic-year" | "year-range"; when?: Condition }
  /** must be in a reference list given at validation time (options.references[list]) */
  | { kind: "reference"; list: "municipalities" }
  /** warning: value / `of` above `above` (a share of the total) */
  | { kind: "share-outlier"; of: string; above: number }
  /**
   * warning: the share value / `of` changed by more than `abovePoints` percentage points against the
   * previous academic year of the same row key (history)
   */
  | { kind: "change-outlier"; of: string; abovePoints: number }
  /** the text must be a readable plan period */
  | { kind: "period" }
  /** item numbers unique and consistent with their section (`2.3` under section 2) */
  | { kind: "numbering" }
  /** warning: the period has ended and the status is not one of `done` */
  | { kind: "overdue"; status: string; done: readonly string[] };

export type RuleKind = Rule["kind"];

/** How a column is repeated when the form is materialised. */
export type Repeat = "year" | "actor";

/**
 * A derived (formula) column or summary cell, as a template of a native formula in English function
 * names with comma separators. Placeholders: `{key}` the cell of column `key` in the same row;
 * `{key*}` the span of all materialised columns of a repeated `key` in the same row; `{key#}` the whole data
 * range of column `key` (for a repeated column inside a repeated derived column: the same year's column);
 * `{self}` the formula's own cell; `{opt:name}` a number from the plan options.
 */
export interface FormulaTemplate {
  /** native formula: works in plain Excel, LibreOffice and Google Sheets (school templates) */
  formula: string;
  /**
   * the coordinator's variant: the same result through the add-in's functions (`EDU.*`), for sheets made in
   * the task pane or the sidebar where the functions exist — never in files for schools
   */
  coordinator?: string;
}

export interface ColumnSpec {
  /** stable latin key, used by rules and formulas */
  key: string;
  /** exact header text; `{year}` / `{actor}` in repeated columns */
  header: string;
  type: ColumnType;
  repeat?: Repeat;
  unit?: string;
  enum?: EnumSpec;
  rules?: readonly Rule[];
  /** Russian help addressed to the person filling the sheet (input message of the template, ≤ 255 characters) */
  help: string;
  /** width in characters */
  width: number;
  /** Excel number format of data cells */
  numFmt?: string;
  /** example values for docs and the template's sample */
  examples?: readonly (string | number)[];
  /** texts that mean "not applicable" and count as an empty cell (e.g. `х` in roadmap tables) */
  naMarks?: readonly string[];
  /** a formula column: computed, never typed; ignored by the validator */
  derived?: FormulaTemplate;
  /** number format or wording of the derived result */
  derivedKind?: "number" | "percent" | "text";
}

/** A row under the data rows computed by formulas (totals, the programme's degree of implementation). */
export interface SummaryRowSpec {
  /** label written in the column `labelColumn` */
  label: string;
  labelColumn: string;
  /** per column key: formula template; repeated columns get one formula per materialised column */
  cells: Readonly<Record<string, FormulaTemplate>>;
}

export type FormKind = "data" | "roadmap";

export interface FormSpec {
  /** contract id (forms.md): `context`, `results`, … */
  id: string;
  /** template version, written into the hidden marker; bump when columns or rules change */
  version: number;
  kind: FormKind;
  /** Russian title: the title row of the sheet */
  title: string;
  /** default sheet name (≤ 31 characters, none of `[]:*?/\`) */
  sheetName: string;
  /** Russian instruction row, addressed to the person filling the sheet */
  instruction: string;
  columns: readonly ColumnSpec[];
  /** section rows (a direction of work, a stage) are allowed between data rows */
  sections?: boolean;
  /** name of the preset whose rows fill a new sheet by default (risk factors, passport sections…) */
  defaultPreset?: string;
  /** default actor columns of repeated `actor` columns */
  defaultActors?: readonly string[];
  /** default number of pre-formatted data rows in a template */
  dataRows: number;
  /** number of leading columns kept visible when scrolling right */
  frozenColumns?: number;
  summary?: readonly SummaryRowSpec[];
  /**
   * derived columns that only the coordinator's sheet has (`variant: "coordinator"`): appended after the form's
   * columns, computed by the add-in's functions (`derived.coordinator`; `derived.formula` is the native
   * equivalent, never written). Not part of the form's contract: a school template never has them, the validator
   * and consolidation read them as any other column that is not the form's.
   */
  coordinatorColumns?: readonly ColumnSpec[];
  /**
   * the coordinator's sheet of this form gets the social wellbeing index next to its table: each host's index
   * columns (category shares, `EDU.SWI`, `EDU.SWI_GROUP`, `EDU.QUADRANT`) over the pre-formatted data rows
   */
  coordinatorIndex?: boolean;
  /** numbers the derived formulas may read through `{opt:name}`, with defaults */
  formulaOptions?: Readonly<Record<string, { value: number; label: string }>>;
}

/**
 * Rows that fill a new sheet: the shape of a preset of src/forms/presets (declared here structurally so that
 * forms, plans and writers do not depend on the preset registry).
 */
export type FormPresetRow =
  | { kind: "section"; text: string }
  | { kind: "row"; values: Readonly<Record<string, string | number | null>> };

export interface FormPreset {
  name: string;
  formId: string;
  title: string;
  source: string;
  years?: readonly number[];
  columns?: readonly string[];
  rows: readonly FormPresetRow[];
}

/** One column of a materialised form. */
export interface FormColumn {
  /** 0-based position among the form's columns */
  index: number;
  key: string;
  /** the concrete header text (`План 2024`) */
  header: string;
  spec: ColumnSpec;
  year?: number;
  actor?: string;
}

/** A spec with its repeated columns expanded: the exact column list of one sheet. */
export interface Form {
  spec: FormSpec;
  id: string;
  columns: readonly FormColumn[];
  /** the programme's years: the year columns of forms that have them; for others, the context of periods */
  years: readonly number[];
  actors: readonly string[];
  /** prefilled rows (a preset or the spec's default) */
  rows: readonly FormPresetRow[];
  /** number of pre-formatted data rows of a template (at least the prefilled rows) */
  dataRows: number;
}
