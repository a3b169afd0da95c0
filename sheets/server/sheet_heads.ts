/// <reference types="google-apps-script" />
/**
 * The first rows of every sheet — enough to recognise a form by its marker (title row) or its header row — without
 * reading whole sheets. Calls: 1 + 6 per sheet (a sheet without content: 4).
 */
import type { SheetTable } from "../../src/validate/types";
import { findMarker } from "../../src/plan/marker";
import { tableRows } from "../read_sheet";

/** Rows searched for a header row (the validator's limit). */
export const HEAD_ROWS = 30;

/**
 * Heads of the spreadsheet's sheets, in sheet order. O(sheets × head cells).
 * @param spreadsheet the spreadsheet
 * @returns one table per sheet with at most 30 rows (no formulas)
 */
export function sheetHeads(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SheetTable[] {
  return spreadsheet.getSheets().map((sheet) => {
    const name = sheet.getName();
    const hidden = sheet.isSheetHidden();
    const rows = Math.min(sheet.getLastRow(), HEAD_ROWS);
    const cols = sheet.getLastColumn();
    const table: SheetTable = { name, rows: [] };
    if (rows > 0 && cols > 0) {
      const values = sheet.getRange(1, 1, rows, cols).getValues();
      table.rows = tableRows(values, []).rows;
    }
    if (hidden) table.hidden = true;
    const marker = findMarker(table.rows);
    if (marker) table.marker = marker;
    return table;
  });
}
