/// <reference types="google-apps-script" />
/**
 * Reads a sheet through SpreadsheetApp into the validator's host-neutral table (`SheetTable`): the data range's
 * values (empty cells as `null`, formula cells as their results, dates as `Date`), its formulas, the hidden template
 * marker, whether the sheet is hidden. No form knowledge here. Calls: 5, whatever the size of the sheet
 * (`getDataRange`, `getValues`, `getFormulas`, `getName`, `isSheetHidden`).
 */
import { findMarker } from "../src/plan/marker";
import type { CellValue, SheetTable } from "../src/validate/types";
import { isDate } from "./sheets_values";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A value of `getValues()` as the validator takes it: `""` is an empty cell. */
function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (isDate(v)) return v;
  return String(v);
}

/**
 * Values and formulas of a grid as table rows: each row ends at its last value or formula, trailing empty rows
 * are dropped (as the exceljs reader gives them). O(cells).
 * @param values `getValues()` of a range starting at A1
 * @param formulas `getFormulas()` of the same range
 * @returns rows, formulas (without `=`, `null` where none) and whether any formula was seen
 * @example tableRows([["a", ""]], [["", ""]]).rows // => [["a"]]
 */
export function tableRows(values: readonly unknown[][], formulas: readonly string[][]): { rows: CellValue[][]; formulas: (string | null)[][]; anyFormula: boolean } {
  const rows: CellValue[][] = [];
  const fs: (string | null)[][] = [];
  let anyFormula = false;
  for (let r = 0; r < values.length; r++) {
    const v = values[r].map(cellValue);
    const f = (formulas[r] ?? []).map((x) => (typeof x === "string" && x.startsWith("=") ? x.slice(1) : null));
    let end = v.length;
    while (end > 0 && v[end - 1] === null && (f[end - 1] ?? null) === null) end--;
    if (f.some((x) => x !== null)) anyFormula = true;
    rows.push(v.slice(0, end));
    fs.push(Array.from({ length: end }, (_, i) => f[i] ?? null));
  }
  let n = rows.length;
  while (n > 0 && rows[n - 1].length === 0) n--;
  return { rows: rows.slice(0, n), formulas: fs.slice(0, n), anyFormula };
}

/**
 * One sheet as a table. 5 calls.
 * @param sheet the sheet
 * @returns the table
 * @example readSheet(SpreadsheetApp.getActiveSheet()).marker // => { formId: "context", version: 1 }
 */
export function readSheet(sheet: Sheet): SheetTable {
  const range = sheet.getDataRange();
  const { rows, formulas, anyFormula } = tableRows(range.getValues(), range.getFormulas());
  const table: SheetTable = { name: sheet.getName(), rows };
  if (anyFormula) table.formulas = formulas;
  if (sheet.isSheetHidden()) table.hidden = true;
  const marker = findMarker(rows);
  if (marker) table.marker = marker;
  return table;
}
