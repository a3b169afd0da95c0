/**
 * The hidden marker of a template (`edu-roadmap:<form-id>:v<version>`), found the same way by every reader
 * (exceljs, Office.js, Apps Script): in the first rows of a sheet, so that a renamed sheet, or one copied into
 * another workbook, is still recognised.
 */
import { MARKER_PREFIX } from "./types";
import type { CellValue, SheetTable } from "../validate/types";

const MARKER = new RegExp(`^${MARKER_PREFIX}:([a-z][a-z0-9-]*):v(\\d+)$`);
/** The marker sits in the title row; a few rows are searched in case rows were inserted above. */
const MARKER_ROWS = 5;

/**
 * The marker among the first rows of a sheet. O(searched cells).
 * @param rows the sheet's values from row 1
 * @returns the form id and version, or `undefined`
 * @example findMarker([[null, "edu-roadmap:context:v1"]]) // => { formId: "context", version: 1 }
 */
export function findMarker(rows: readonly (readonly CellValue[] | undefined)[]): SheetTable["marker"] {
  for (let r = 0; r < Math.min(rows.length, MARKER_ROWS); r++) {
    for (const v of rows[r] ?? []) {
      if (typeof v !== "string") continue;
      const m = MARKER.exec(v.trim());
      if (m) return { formId: m[1], version: Number(m[2]) };
    }
  }
  return undefined;
}
