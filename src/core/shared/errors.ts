/**
 * The four spreadsheet errors a worksheet function may answer with (functions.md, "Errors").
 * Each host maps a kind to its own error value: Excel `CustomFunctions.ErrorCode`,
 * Google Sheets a thrown `Error`, HyperFormula a `CellError`.
 */
export type ErrorKind = "value" | "na" | "div0" | "num";

/** The spreadsheet error value each kind shows as in an English-language Excel. */
export const ERROR_VALUE: Record<ErrorKind, string> = {
  value: "#VALUE!",
  na: "#N/A",
  div0: "#DIV/0!",
  num: "#NUM!",
};

/**
 * The one error type the core throws (or places into a cell of a spilled result).
 * `message` is Russian and says what is wrong and what is expected.
 */
export class EduError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "EduError";
  }
}

export const isEduError = (v: unknown): v is EduError => v instanceof EduError;

/** `#VALUE!`: bad argument type or shape. */
export const valueError = (message: string): EduError => new EduError("value", message);
/** `#N/A`: not enough data. */
export const naError = (message: string): EduError => new EduError("na", message);
/** `#DIV/0!`: zero denominator. */
export const div0Error = (message: string): EduError => new EduError("div0", message);
/** `#NUM!`: a number outside its domain. */
export const numError = (message: string): EduError => new EduError("num", message);
