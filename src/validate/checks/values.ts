/**
 * How values appear in messages: as the person typed them, in Russian notation.
 */
import { describe } from "../../core/shared/coerce";
import type { CellValue } from "../types";

/**
 * Whether a cell value is a date (readers give a `Date` for a cell with a date format). Compared by its tag, not
 * `instanceof`, so a date made in another realm (Apps Script, a test double's context) is a date too. O(1).
 * @returns true for a date
 * @example isDateValue(new Date(Date.UTC(2024, 4, 12))) // => true
 */
export function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/**
 * A Date as `ДД.ММ.ГГГГ` (the calendar date a spreadsheet stores, read in UTC as readers give it).
 * @returns the text
 * @example formatDate(new Date(Date.UTC(2024, 4, 12))) // => "12.05.2024"
 */
export function formatDate(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}.${mm}.${d.getUTCFullYear()}`;
}

/**
 * An ISO date `YYYY-MM-DD` as `ДД.ММ.ГГГГ`.
 * @returns the text
 * @example formatIsoDate("2021-10-31") // => "31.10.2021"
 */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

/**
 * A cell value for a message: text in «», numbers with a decimal comma, dates as dates.
 * @returns the text
 * @example describeValue("12,5") // => "«12,5»"
 */
export function describeValue(v: CellValue | undefined): string {
  if (isDateValue(v)) return Number.isNaN(v.getTime()) ? "неверная дата" : `дата ${formatDate(v)}`;
  return describe(v);
}

/**
 * A cell value for the `value` field of a finding: JSON-safe, dates as `YYYY-MM-DD`.
 * @returns the value
 * @example findingValue(new Date(Date.UTC(2024, 4, 12))) // => "2024-05-12"
 */
export function findingValue(v: CellValue | undefined): string | number | boolean | null {
  if (v === undefined || v === null) return null;
  if (isDateValue(v)) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

/**
 * A share as percent text with up to one decimal.
 * @returns the text
 * @example percentText(0.934) // => "93,4"
 */
export function percentText(share: number): string {
  return String(Math.round(share * 1000) / 10).replace(".", ",");
}
