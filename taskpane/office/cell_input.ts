/**
 * Plan values as Office.js takes them. Excel reads text written through `Range.values` as typed input: `=`, `+`
 * and `-` start a formula, numbers and TRUE/FALSE become numbers and booleans, dates become dates. A plan's
 * text must stay text (`-` is the roadmaps' "not applicable" mark, `1.` an item number, `2024/2025` a school
 * year), so such text is written with a leading apostrophe, which Excel keeps as the quote prefix and does not
 * show or return as part of the value.
 */
import type { PlanCellValue } from "../../src/plan/types";

const FORMULA_START = /^[=+\-@']/;
const NUMBERISH = /^\s*[+\-−]?[\d\s\u00a0.,]*\d[\d\s\u00a0.,]*([eE][+-]?\d+)?\s*%?\s*$/;
const BOOLEAN = /^\s*(true|false|истина|ложь)\s*$/i;
const DATEISH = /^\s*\d{1,4}\s*[-./]\s*\d{1,2}(\s*[-./]\s*\d{1,4})?\s*(г\.?)?\s*$/;
const TIMEISH = /^\s*\d{1,2}:\d{2}/;

/**
 * Whether Excel would turn this text into something else than the same text.
 * @example needsQuotePrefix("2.3") // => true
 */
export function needsQuotePrefix(text: string): boolean {
  return FORMULA_START.test(text) || NUMBERISH.test(text) || BOOLEAN.test(text) || DATEISH.test(text) || TIMEISH.test(text);
}

/**
 * One plan value as a `Range.values` / `Range.formulas` input.
 * @param value the plan's value
 * @returns the input (`null` leaves the cell as it is)
 * @example cellInput("-") // => "'-"
 */
export function cellInput(value: PlanCellValue | undefined): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  return value !== "" && needsQuotePrefix(value) ? `'${value}` : value;
}
