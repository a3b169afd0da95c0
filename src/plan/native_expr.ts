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
 * @returns the formula
 * @example present("$A4") // => "LEN(TRIM($A4))>0"
 */
export function present(ref: string, naMarks?: readonly string[]): string {
  const base = `LEN(TRIM(${ref}))>0`;
  return naMarks && naMarks.length ? `AND(${base},ISNA(MATCH(TRIM(${ref}),${textArray(naMarks)},0)))` : base;
}

/**
 * TRUE when the cell is empty (or holds only spaces, or a "not applicable" mark when given).
 * @returns the formula
 * @example blank("$A4") // => "NOT(LEN(TRIM($A4))>0)"
 */
export function blank(ref: string, naMarks?: readonly string[]): string {
  return `NOT(${present(ref, naMarks)})`;
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

/**
 * Bounds violated by a number expression (`x` must be a single reference or a parenthesised expression).
 * @returns the formula
 * @example outside("$H4", { min: 2, max: 5 }) // => "OR($H4<2,$H4>5)"
 */
export function outside(x: string, b: { min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean }): string {
  const parts: string[] = [];
  if (b.min !== undefined) parts.push(`${x}${b.minExclusive ? "<=" : "<"}${n(b.min)}`);
  if (b.max !== undefined) parts.push(`${x}${b.maxExclusive ? ">=" : ">"}${n(b.max)}`);
  return or(parts);
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
