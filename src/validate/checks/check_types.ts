/**
 * What a check is: one rule kind, the codes it yields, its JS check over the rows of a table and — where a
 * spreadsheet can express it — the native formula of the same rule for school templates, written side by
 * side in one file so the two cannot drift.
 */
import type { Condition, Form, FormColumn } from "../../forms/types";
import type { EffectiveRule } from "../../forms/effective_rules";
import type { Dialect } from "../../plan/native_expr";
import type { CellValue, ValidateOptions } from "../types";

/** One input cell of a row, read once. */
export interface Cell {
  /** the value as read */
  raw: CellValue;
  /** empty, only spaces, or a "not applicable" mark of the column */
  blank: boolean;
  /** trimmed text (numbers as their text), when not blank */
  text?: string;
  /** the number the cell reads as (numeric columns only) */
  num?: number;
  /** canonical enum value (enum columns only), when the text is an allowed value */
  canon?: string;
}

/** A data row as the checks see it. */
export interface RowView {
  /** sheet row number (1-based) */
  row: number;
  /** cells by form column index; `undefined` where the column is missing from the sheet */
  cells: readonly (Cell | undefined)[];
  /** the section the row belongs to (roadmap tables), if any */
  section?: { row: number; number?: string; index: number };
}

/** Parameters of a finding beyond the code; `value` defaults to the cell's raw value. */
export interface EmitParams {
  params: Record<string, string | number>;
  value?: string | number | boolean | null;
  /** the message already rendered from the code's template (by a function shared with other parts of the program) */
  message?: string;
}

/** What a check gets from the validator for one table. */
export interface CheckEnv {
  form: Form;
  /** name of the sheet being validated */
  sheet: string;
  options: ValidateOptions;
  /** today or `options.asOf`, as `YYYY-MM-DD` */
  asOf: string;
  /** whether the column is present in the sheet */
  has(col: FormColumn): boolean;
  /** the related column of a rule (same year for repeated columns), if present in the sheet */
  related(key: string, from: FormColumn): FormColumn | undefined;
  /** whether a condition holds in a row (false when its column is missing or empty) */
  holds(cond: Condition | undefined, row: RowView): boolean;
  /** A1 address of a column's cell in a row */
  address(col: FormColumn, row: number): string;
  emit(code: string, col: FormColumn | undefined, row: RowView | undefined, p: EmitParams): void;
  /** data rows of `options.history` tables of the same form, read once on first use */
  history(): readonly RowView[];
}

/** The per-row step of a prepared check, and an optional step after the last row. */
export interface PreparedCheck {
  row(view: RowView): void;
  end?(): void;
}

/**
 * References a native formula needs, relative to the current data row (`{row}` in templates). The same rule is
 * written for one cell of the check column, for all the year columns of a repeated column at once (`ref` then
 * gives the row's range of the repeated column and the formula is evaluated element-wise inside SUMPRODUCT), and
 * for a conditional format (no array constants).
 */
export interface NativeEnv {
  form: Form;
  /** how logic, error tests and lists are written here */
  d: Dialect;
  /** cell of a column in the current row: `$F{row}` (or the row's range of a repeated column: `$G{row}:$P{row}`) */
  ref(col: FormColumn): string;
  /** cells of a column from the first data row down to the current row: `$F$4:$F{row}` */
  above(col: FormColumn): string;
  /** the whole data range of a column: `$F$4:$F$203` */
  range(col: FormColumn): string;
  /** related column of a rule (same year for repeated columns) */
  related(key: string, from: FormColumn): FormColumn | undefined;
  /** a condition as a formula of this dialect (TRUE when it holds) */
  cond(cond: Condition | undefined): string;
  /** a condition without array constants, for data validations */
  dvCond(cond: Condition | undefined): string;
  /** range of a hidden list of the template (e.g. the municipalities), when the plan carries one */
  list(name: string): string | undefined;
}

/** One item of the native check column: a formula TRUE when the cell is wrong, and the short text shown. */
export interface NativeItem {
  bad: string;
  text: string;
  code: string;
}

/** What a rule contributes to a column's native data validation (entry-time check). */
export interface DvPart {
  /** a short formula TRUE when the value is acceptable */
  custom?: string;
  /** whole or decimal number */
  number?: "whole" | "decimal";
  /** bounds that hold unconditionally */
  bounds?: { min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean };
  /** a drop-down list: inline values or a range */
  list?: { values?: readonly string[]; range?: string };
}

/** The native side of a rule for one column. */
export interface NativeCheck {
  items?: NativeItem[];
  /** a formula TRUE when the cell deserves a warning highlight */
  warning?: string;
  dv?: DvPart;
}

/** A check: one rule kind. */
export interface Check<R extends EffectiveRule = EffectiveRule> {
  kind: R["kind"];
  codes: readonly string[];
  /** prepares the check for one column of a table; `undefined` when it cannot run (e.g. a related column is missing) */
  prepare(env: CheckEnv, col: FormColumn, rule: R): PreparedCheck | undefined;
  /** the native formula of the rule; absent when a spreadsheet cannot express it */
  native?(env: NativeEnv, col: FormColumn, rule: R): NativeCheck | undefined;
}
