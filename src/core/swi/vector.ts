/**
 * One-dimensional range arguments of the family (a column of schools, a row of cut-offs) and the
 * shape of the spilled answer: the result is laid out the way the input was, so that a row of
 * values spills along the row and a column down the column.
 */
import { isBlank } from "../shared/coerce";
import { valueError } from "../shared/errors";
import { toGrid, asColumn, type CellResult, type ResultGrid } from "../shared/grid";

/** A vector argument: its cells in order and whether it was given as a row (1×N, N > 1). */
export interface VectorArg {
  cells: unknown[];
  asRow: boolean;
}

/**
 * Reads a row, a column or a single cell. O(n).
 * @param v host value: a bare value, a flat array or a 2-D array
 * @param argName the Russian parameter name used in messages
 * @throws {EduError} `#VALUE!` for an empty, ragged or two-dimensional (several rows and columns) range
 * @returns the cells and the orientation
 * @example readVector([[1, 2, 3]], "значения") // => { cells: [1, 2, 3], asRow: true }
 */
export function readVector(v: unknown, argName: string): VectorArg {
  const g = toGrid(v, argName);
  const rows = g.length;
  const cols = g[0].length;
  if (rows === 1) return { cells: g[0], asRow: cols > 1 };
  if (cols === 1) {
    const cells = new Array<unknown>(rows);
    for (let i = 0; i < rows; i++) cells[i] = g[i][0];
    return { cells, asRow: false };
  }
  throw valueError(`аргумент «${argName}» должен быть одной строкой или одним столбцом, получен блок ${rows}×${cols}`);
}

/**
 * Lays results out as the input was given: one row (1×N) or one column (N×1). O(n).
 * @param values one result per input cell
 * @param asRow true when the input was a row
 * @returns the spilled grid
 * @example spill([1, 2], true) // => [[1, 2]]
 */
export const spill = (values: CellResult[], asRow: boolean): ResultGrid => (asRow ? [values] : asColumn(values));

/**
 * True when an optional range argument was in effect not given: omitted (`null`, `undefined`),
 * an empty cell, or a range whose cells are all empty (a selected but unfilled row of weights).
 * O(size of the range).
 * @param v host value
 * @returns whether the default should be used
 * @example isOmitted([[null, ""]]) // => true
 */
export function isOmitted(v: unknown): boolean {
  if (!Array.isArray(v)) return isBlank(v);
  for (const row of v) {
    if (Array.isArray(row)) {
      for (const c of row) if (!isBlank(c)) return false;
    } else if (!isBlank(row)) return false;
  }
  return true;
}
