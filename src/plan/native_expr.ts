/**
 * Building blocks of the native formulas in school templates. Formulas are stored in English function
 * names with comma separators and use only functions present in Excel 2010+, LibreOffice Calc and Google
 * Sheets. Each block reads a cell the way the validator does (src/core/shared/coerce.ts): a number typed
 * as text in Russian style ("1 234", "12,5") counts as a number, a cell of spaces counts as empty,
 * enum text is compared ignoring case and ё/е.
 */

const NBSP = "\u00a0";

/**
 * A text literal of a formula (quotes doubled). O(length).
 * @returns the literal
 * @example q('«5» "x"') // => '"«5» ""x"""'
 */
export function q(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A number literal of a formula (always with a decimal point, as the file format wants). O(1).
 * @returns the literal
 * @example n(0.9) // => "0.9"
 */
export function n(value: number): string {
  return String(value);
}

/**
 * An inline array of text literals (cell formulas only: validations and conditional formats refuse arrays). O(total length).
 * @returns the array constant
 * @example textArray(["a", "b"]) // => '{"a","b"}'
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map(q).join(",")}}`;
}

/**
 * TRUE when the cell holds something other than spaces (and other than a "not applicable" mark, when given).
 * @param d the dialect (element-wise over a row range in {@link ARRAY}; no array constant in {@link PLAIN})
 * @returns the formula
 * @example present("$A4") // => "LEN(TRIM($A4))>0"
 */
export function present(ref: string, naMarks?: readonly string[], d: Dialect = CELL): string {
  const base = `LEN(TRIM(${ref}))>0`;
  return naMarks && naMarks.length ? d.and([base, d.notInList(`TRIM(${ref})`, naMarks)]) : base;
}

/**
 * TRUE when the cell is empty (or holds only spaces, or a "not applicable" mark when given).
 * @returns the formula
 * @example blank("$A4") // => "NOT(LEN(TRIM($A4))>0)"
 */
export function blank(ref: string, naMarks?: readonly string[], d: Dialect = CELL): string {
  return `NOT(${present(ref, naMarks, d)})`;
}

/**
 * The cell as a number, accepting Russian-style text: spaces and no-break spaces removed (the no-break space is
 * written as a character of the formula text: `CHAR(160)` depends on the code page and is not it everywhere), the decimal comma
 * replaced by the locale's decimal separator (`MID(1/2,2,1)` is "," or "." depending on the locale).
 * An error value when the cell does not read as a number — wrap uses in IFERROR/ISERROR.
 * @returns the formula
 * @example num("$F4").startsWith("VALUE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($F4") // => true
 */
export function num(ref: string): string {
  return `VALUE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref}," ",""),"${NBSP}",""),",",MID(1/2,2,1)))`;
}

/**
 * The cell as a number as {@link num} reads it, or 0 when it does not read as one (empty, text, a "not applicable"
 * mark) — without IFERROR, so that it also works element-wise inside SUMPRODUCT over a range (legacy Excel evaluates
 * IF and IFERROR there only in an array-entered formula): the cleaned text is kept when VALUE reads it, else "0".
 * @returns the formula
 * @example numOrZero("$E$4:$E$9").startsWith("VALUE(REPT(") // => true
 */
export function numOrZero(ref: string): string {
  const text = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref}," ",""),"${NBSP}",""),",",MID(1/2,2,1))`;
  const ok = `ISNUMBER(VALUE(${text}))`;
  return `VALUE(REPT(${text},--${ok})&REPT("0",1-${ok}))`;
}

/**
 * The cell's text normalised for comparison with enum spellings: trimmed, lower case, ё → е.
 * @returns the formula
 * @example norm("$D4") // => 'SUBSTITUTE(LOWER(TRIM($D4)),"ё","е")'
 */
export function norm(ref: string): string {
  return `SUBSTITUTE(LOWER(TRIM(${ref})),"ё","е")`;
}

/**
 * TRUE when the normalised cell text is one of the (already normalised) spellings (cell formulas only).
 * @returns the formula
 * @example isOneOf("$D4", ["город"]) // => 'ISNUMBER(MATCH(SUBSTITUTE(LOWER(TRIM($D4)),"ё","е"),{"город"},0))'
 */
export function isOneOf(ref: string, spellings: readonly string[]): string {
  return `ISNUMBER(MATCH(${norm(ref)},${textArray(spellings)},0))`;
}

/**
 * TRUE when the normalised cell text equals one of the spellings — without an array constant, because Excel
 * refuses array constants in data validation and conditional formatting formulas.
 * @returns the formula
 * @example equalsOneOf("$C4", ["впр"]) // => 'SUBSTITUTE(LOWER(TRIM($C4)),"ё","е")="впр"'
 */
export function equalsOneOf(ref: string, spellings: readonly string[]): string {
  return or(spellings.map((s) => `${norm(ref)}=${q(s)}`));
}

/**
 * Logical AND of parts, without a wrapper for a single part; empty parts are dropped.
 * @returns the formula
 * @example and(["A1>0", "", "B1>0"]) // => "AND(A1>0,B1>0)"
 */
export function and(parts: readonly string[]): string {
  const p = parts.filter((x) => x !== "");
  if (p.length === 0) return "TRUE";
  return p.length === 1 ? p[0] : `AND(${p.join(",")})`;
}

/**
 * Logical OR of parts, without a wrapper for a single part; empty parts are dropped.
 * @returns the formula
 * @example or(["A1>0"]) // => "A1>0"
 */
export function or(parts: readonly string[]): string {
  const p = parts.filter((x) => x !== "");
  if (p.length === 0) return "FALSE";
  return p.length === 1 ? p[0] : `OR(${p.join(",")})`;
}

/** How a native condition is written: where it runs decides which operators and constants it may use. */
export interface Dialect {
  /** logical AND of parts (empty parts dropped) */
  and(parts: readonly string[]): string;
  /** logical OR of parts (empty parts dropped) */
  or(parts: readonly string[]): string;
  /** `x`, with an error value read as `fallback` */
  orError(x: string, fallback: boolean): string;
  /** TRUE when the text expression is one of the (normalised) values */
  inList(text: string, values: readonly string[]): string;
  /** TRUE when the text expression is none of the values */
  notInList(text: string, values: readonly string[]): string;
}

/** One cell of a cell formula (the check column of a single column): AND/OR/IFERROR and array constants. */
export const CELL: Dialect = {
  and,
  or,
  orError: (x, fallback) => `IFERROR(${x},${fallback ? "TRUE" : "FALSE"})`,
  inList: (text, values) => `ISNUMBER(MATCH(${text},${textArray(values)},0))`,
  notInList: (text, values) => `ISNA(MATCH(${text},${textArray(values)},0))`,
};

/**
 * Validations and conditional formats: Excel refuses array constants there, so lists are chains of comparisons.
 */
export const PLAIN: Dialect = {
  ...CELL,
  inList: (text, values) => or(values.map((v) => `${text}=${q(v)}`)),
  notInList: (text, values) => and(values.map((v) => `${text}<>${q(v)}`)),
};

/**
 * Element-wise over the cells of a row range, inside SUMPRODUCT (one check for all the year columns of a repeated
 * column). AND, OR, IF and IFERROR do not work element-wise there (AND and OR fold the whole array into one value;
 * legacy Excel evaluates IF and IFERROR over arrays only in an array-entered formula), so logic is arithmetic on
 * 0/1 and an error is tested with ISERROR/ISNUMBER: `ISNUMBER(1/(x))` is x with an error read as FALSE,
 * `ISERROR(1/NOT(x))` is x with an error read as TRUE.
 */
export const ARRAY: Dialect = {
  and(parts) {
    const p = parts.filter((x) => x !== "");
    if (p.length === 0) return "TRUE";
    return p.length === 1 ? p[0] : p.map((x) => `(${x})`).join("*");
  },
  or(parts) {
    const p = parts.filter((x) => x !== "");
    if (p.length === 0) return "FALSE";
    return p.length === 1 ? p[0] : `(${p.map((x) => `(${x})`).join("+")})>0`;
  },
  orError: (x, fallback) => (fallback ? `ISERROR(1/NOT(${x}))` : `ISNUMBER(1/(${x}))`),
  inList: CELL.inList,
  notInList: CELL.notInList,
};

/**
 * Bounds violated by a number expression (`x` must be a single reference or a parenthesised expression). Whole
 * inclusive bounds are one test, `ABS(x-mid)>half` (mid and half are exact halves), which keeps long check formulas short.
 * @returns the formula
 * @example outside("$H4", { min: 2, max: 5 }) // => "ABS($H4-3.5)>1.5"
 * @example outside("$F4", { min: 0, minExclusive: true }) // => "$F4<=0"
 */
export function outside(x: string, b: { min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean }, d: Dialect = CELL): string {
  if (b.min !== undefined && b.max !== undefined && !b.minExclusive && !b.maxExclusive && Number.isInteger(b.min) && Number.isInteger(b.max) && b.min < b.max) {
    return `ABS(${x}-${n((b.min + b.max) / 2)})>${n((b.max - b.min) / 2)}`;
  }
  const parts: string[] = [];
  if (b.min !== undefined) parts.push(`${x}${b.minExclusive ? "<=" : "<"}${n(b.min)}`);
  if (b.max !== undefined) parts.push(`${x}${b.maxExclusive ? ">=" : ">"}${n(b.max)}`);
  return d.or(parts);
}

/**
 * Bounds met by a number expression.
 * @returns the formula
 * @example inside("$F4", { min: 0, minExclusive: true }) // => "$F4>0"
 */
export function inside(x: string, b: { min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean }): string {
  const parts: string[] = [];
  if (b.min !== undefined) parts.push(`${x}${b.minExclusive ? ">" : ">="}${n(b.min)}`);
  if (b.max !== undefined) parts.push(`${x}${b.maxExclusive ? "<" : "<="}${n(b.max)}`);
  return and(parts);
}
