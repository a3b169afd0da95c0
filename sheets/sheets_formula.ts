/**
 * A plan's formula as Apps Script writes it. Plans keep formulas in English function names with comma
 * separators and without `=` (the form the file format, Office.js and Apps Script all take); the add-in's own
 * functions are written `EDU.<ID>` there, and Google Sheets calls them `EDU_<ID>` (no namespaces in Sheets).
 */
import { CATALOG } from "../src/core/catalog";

const IDS: ReadonlySet<string> = new Set(CATALOG.map((f) => f.id));
/** `EDU.ID(` outside string literals; the part in quotes is skipped by the tokenizer below. */
const CALL = /\bEDU\.([A-Z][A-Z0-9_]*)\s*\(/g;

/**
 * The formula with `=` in front and every `EDU.<ID>(` of the catalogue renamed `EDU_<ID>(`; text in double quotes
 * is left alone. O(length).
 * @param formula a plan formula without `=` (a leading `=` is kept, not doubled)
 * @returns the formula for `Range.setFormulas`
 * @example toSheetsFormula('IF(A4="","",EDU.GAP(B4,C4))') // => '=IF(A4="","",EDU_GAP(B4,C4))'
 */
export function toSheetsFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  // Split into quoted and unquoted parts: `""` inside quotes is an escaped quote and keeps the part quoted.
  const parts = body.split(/("(?:[^"]|"")*")/);
  const out = parts.map((part, i) => (i % 2 === 1 ? part : part.replace(CALL, (m, id: string) => (IDS.has(id) ? `EDU_${id}(` : m))));
  return `=${out.join("")}`;
}
