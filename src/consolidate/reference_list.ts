/**
 * A reference list (the region's municipalities, the expected schools) from a table as a person keeps it: a column
 * under a known header anywhere in the first rows — the `context` form's own `Код ОО` column works — or, without
 * such a header, the first column.
 */
import { cellText, isBlank } from "../core/shared/coerce";
import { normalizeHeader } from "../validate/match_headers";
import type { CellValue } from "../validate/types";

/** How far down a sheet the header of a list is looked for. */
const HEADER_ROWS = 30;

/** Headers under which the expected schools' codes are found. */
export const SCHOOL_LIST_HEADERS: readonly string[] = ["Код ОО", "Код", "Код школы", "Код организации", "Код образовательной организации"];
/** Headers under which the schools' names are found next to their codes. */
export const SCHOOL_NAME_HEADERS: readonly string[] = ["Наименование ОО", "Наименование", "Школа", "Название"];
/** Headers under which municipalities are found. */
export const MUNICIPALITY_LIST_HEADERS: readonly string[] = [
  "Муниципальное образование",
  "Муниципалитет",
  "Муниципальный район",
  "Муниципальное образование (район, округ)",
  "МО",
];

export interface ReferenceList {
  /** the values, trimmed, without repeats, in order */
  values: string[];
  /** the value of a companion column in the same rows (e.g. the school's name), when one was asked for and found */
  names?: (string | undefined)[];
  /** the header the values were found under, `undefined` when the first column was taken */
  header?: string;
}

function findColumn(rows: readonly CellValue[][], headers: readonly string[]): { row: number; col: number; header: string } | undefined {
  const wanted = new Map(headers.map((h) => [normalizeHeader(h), h]));
  for (let r = 0; r < Math.min(rows.length, HEADER_ROWS); r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const h = wanted.get(normalizeHeader(row[c] ?? null));
      if (h !== undefined) return { row: r, col: c, header: h };
    }
  }
  return undefined;
}

/**
 * The list in a table. O(rows).
 * @param rows the table (a sheet, a parsed CSV or text file)
 * @param headers accepted headers of the list's column, most specific first
 * @param nameHeaders accepted headers of a companion column (names), optional
 * @returns the values; empty when the table has none
 * @example referenceList([["Код ОО", "Наименование ОО"], ["000101", "СОШ № 1"]], SCHOOL_LIST_HEADERS, SCHOOL_NAME_HEADERS) // => { values: ["000101"], names: ["СОШ № 1"], header: "Код ОО" }
 */
export function referenceList(rows: readonly CellValue[][], headers: readonly string[], nameHeaders?: readonly string[]): ReferenceList {
  const found = findColumn(rows, headers);
  const start = found ? found.row + 1 : 0;
  const col = found ? found.col : firstFilledColumn(rows);
  const nameCol = found && nameHeaders ? findColumn([rows[found.row] ?? []], nameHeaders)?.col : undefined;
  const values: string[] = [];
  const names: (string | undefined)[] = [];
  const seen = new Set<string>();
  for (let r = start; r < rows.length; r++) {
    const v = rows[r]?.[col];
    if (isBlank(v)) continue;
    const t = cellText(v)?.replace(/\s+/g, " ");
    if (t === undefined || seen.has(t)) continue;
    seen.add(t);
    values.push(t);
    if (nameCol !== undefined) names.push(cellText(rows[r]?.[nameCol]));
  }
  return { values, ...(nameCol !== undefined ? { names } : {}), ...(found ? { header: found.header } : {}) };
}

/** The first column that has a value in any row (a list pasted into column B still counts). */
function firstFilledColumn(rows: readonly CellValue[][]): number {
  let best = Infinity;
  for (const row of rows) {
    const i = (row ?? []).findIndex((v) => !isBlank(v));
    if (i >= 0 && i < best) best = i;
  }
  return best === Infinity ? 0 : best;
}
