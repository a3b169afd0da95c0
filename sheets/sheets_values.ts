/**
 * Values crossing between Google Sheets and the core. Sheets passes a range as a 2-D array, a single cell as a
 * bare value, an empty cell as `""`, and a date or time as a JavaScript `Date`; Excel passes the same date as its
 * serial number. The core reads numbers only, so dates are turned into serial numbers here and every function
 * sees a date exactly as in Excel (`=EDU_DELTA(B2; A2)` gives days, as `=EDU.DELTA(B2; A2)` does).
 *
 * On the way back Sheets accepts numbers, text and booleans, but no error value inside an array: a cell of a
 * spilled result that holds an error becomes the text of its code (see {@link errorCode}).
 */
import { ERROR_VALUE, isEduError, type EduError } from "../src/core/shared/errors";
import type { CellResult } from "../src/core/shared/grid";

const MS_PER_DAY = 86_400_000;
/** Day 0 of the spreadsheet calendar (30 December 1899), as UTC milliseconds. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * True for a `Date`, including one made in another JavaScript realm (the Apps Script runtime, a test's vm
 * context), where `instanceof Date` would say no. The `typeof` test first keeps a scan of 480,000 numbers cheap.
 */
export const isDate = (v: unknown): v is Date =>
  typeof v === "object" && v !== null && Object.prototype.toString.call(v) === "[object Date]";

/**
 * A `Date` as the spreadsheet serial number it was made from (days since 30.12.1899, the time of day as the
 * fraction). Sheets builds the `Date` from the wall-clock time of the cell; it is read back with the local
 * clock of the runtime, which in Apps Script is the script's time zone (appsscript.json, Europe/Moscow) — the
 * spreadsheet should use the same zone. O(1).
 * @param d a date from a cell
 * @returns the serial number, or `undefined` for an invalid date
 * @example dateToSerial(new Date(2025, 0, 1)) // => 45658
 */
export function dateToSerial(d: Date): number | undefined {
  const wallClock = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
  const serial = (wallClock - SERIAL_EPOCH) / MS_PER_DAY;
  return Number.isFinite(serial) ? serial : undefined;
}

/** A cell as the core should see it: a date becomes its serial number (an invalid date an empty cell). */
function readCell(v: unknown): unknown {
  return isDate(v) ? (dateToSerial(v) ?? "") : v;
}

/**
 * An argument as Sheets passed it, made what Excel would pass: dates become serial numbers. Rows without a
 * date are kept as they are, so a 480,000-cell range without dates is scanned but not copied. O(cells).
 * @param v a bare value or a 2-D array
 * @returns the value or a 2-D array with the same shape
 * @example readSheetsArgument([[new Date(2025, 0, 1), 5]]) // => [[45658, 5]]
 */
export function readSheetsArgument(v: unknown): unknown {
  if (!Array.isArray(v)) return readCell(v);
  let out: unknown[] | undefined;
  for (let r = 0; r < v.length; r++) {
    const row: unknown = v[r];
    const next = Array.isArray(row) ? (hasDate(row) ? row.map(readCell) : row) : readCell(row);
    if (next !== row) {
      out ??= v.slice();
      out[r] = next;
    }
  }
  return out ?? v;
}

function hasDate(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (isDate(row[c])) return true;
  return false;
}

/**
 * The code of an error as Google Sheets writes its own errors: `#N/A`, `#DIV/0!`, `#VALUE!`, `#NUM!`.
 * The same code opens a thrown message and stands for an error in a cell of a spilled result.
 */
export const errorCode = (e: EduError): string => ERROR_VALUE[e.kind];

/**
 * A cell of a core result as Sheets can show it: values pass; an error becomes the text of its code; a number
 * that is not finite (never produced by the core, but Sheets would show it as text) becomes `#NUM!`. O(1).
 * @param v a cell of a result
 * @returns a number, a string or a boolean
 * @example toSheetsCell(naError("нет данных")) // => "#N/A"
 */
export function toSheetsCell(v: CellResult): number | string | boolean {
  if (isEduError(v)) return errorCode(v);
  if (typeof v === "number" && !Number.isFinite(v)) return ERROR_VALUE.num;
  return v;
}
