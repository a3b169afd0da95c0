/**
 * Ranges as the core sees them. Hosts pass a range as a rectangular 2-D array (rows of cells)
 * and a single cell either as a bare value or as a 1×1 array; these helpers accept both and
 * reject ragged or wrongly shaped input with `#VALUE!` instead of mis-reading it.
 */
import { EduError, valueError } from "./errors";

/** A value a function may put into a cell. */
export type CellValue = number | string | boolean;
/** A cell of a result: a value, or an error shown in that cell only. */
export type CellResult = CellValue | EduError;
/** A spilled result: rows of cells. */
export type ResultGrid = CellResult[][];

export const isArrayInput = (v: unknown): v is unknown[] => Array.isArray(v);

/**
 * Any argument as a rectangular grid: a bare value becomes 1×1, a flat array one row.
 * An empty or ragged array is `#VALUE!`.
 */
export function toGrid(v: unknown, argName: string): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  if (v.length === 0) throw valueError(`аргумент «${argName}»: пустой диапазон`);
  if (!v.every(Array.isArray)) {
    if (v.some(Array.isArray)) throw valueError(`аргумент «${argName}»: диапазон должен быть прямоугольным`);
    return [v];
  }
  const rows = v as unknown[][];
  const width = rows[0].length;
  if (width === 0) throw valueError(`аргумент «${argName}»: пустой диапазон`);
  for (const row of rows) {
    if (row.length !== width) throw valueError(`аргумент «${argName}»: диапазон должен быть прямоугольным`);
  }
  return rows;
}

/** Number of rows and columns of a grid. */
export const shapeOf = (g: unknown[][]): [number, number] => [g.length, g[0].length];

/**
 * A one-dimensional argument (a row, a column or a single cell) as a flat list.
 * A block with more than one row and more than one column is `#VALUE!`.
 */
export function toVector(v: unknown, argName: string): unknown[] {
  const g = toGrid(v, argName);
  const [rows, cols] = shapeOf(g);
  if (rows === 1) return g[0];
  if (cols === 1) return g.map((r) => r[0]);
  throw valueError(`аргумент «${argName}» должен быть одной строкой или одним столбцом, получен блок ${rows}×${cols}`);
}

/** A scalar argument that may arrive as a 1×1 range. A larger range is `#VALUE!`. */
export function toScalar(v: unknown, argName: string): unknown {
  if (!Array.isArray(v)) return v;
  const g = toGrid(v, argName);
  const [rows, cols] = shapeOf(g);
  if (rows !== 1 || cols !== 1) {
    throw valueError(`аргумент «${argName}» должен быть одной ячейкой, получен диапазон ${rows}×${cols}`);
  }
  return g[0][0];
}

/** A result list laid out as a column (N×1), the shape spilled results take. */
export const asColumn = (values: CellResult[]): ResultGrid => values.map((v) => [v]);

/**
 * Runs a per-element computation, so that an error in one element becomes that cell's error
 * and the other cells still compute. Only {@link EduError} is caught: anything else is a bug.
 */
export function perCell(compute: () => CellResult): CellResult {
  try {
    return compute();
  } catch (e) {
    if (e instanceof EduError) return e;
    throw e;
  }
}

/**
 * Element-wise application with broadcasting, for functions such as SHARE or ACHIEVEMENT:
 * every argument is a single value or a range; ranges must have the same shape; a single
 * value (or 1×1 range) is reused for every element. Omitted optional arguments (`null`,
 * `undefined`) are passed through as they are.
 *
 * All arguments single → the bare result (an error is thrown); otherwise a grid of results
 * with errors in the cells where they arose.
 */
export function elementwise(
  args: readonly unknown[],
  names: readonly string[],
  compute: (...values: unknown[]) => CellResult,
): CellResult | ResultGrid {
  const grids = args.map((a, i) => (a === null || a === undefined ? undefined : toGrid(a, names[i])));
  let shape: [number, number] | undefined;
  grids.forEach((g, i) => {
    if (!g) return;
    const s = shapeOf(g);
    if (s[0] === 1 && s[1] === 1) return;
    if (!shape) shape = s;
    else if (s[0] !== shape[0] || s[1] !== shape[1]) {
      throw valueError(
        `диапазоны разного размера: «${names[i]}» ${s[0]}×${s[1]}, ожидается ${shape[0]}×${shape[1]} или одна ячейка`,
      );
    }
  });
  const at = (i: number, r: number, c: number): unknown => {
    const g = grids[i];
    if (!g) return args[i];
    return g.length === 1 && g[0].length === 1 ? g[0][0] : g[r][c];
  };
  if (!shape) {
    const result = compute(...args.map((_, i) => at(i, 0, 0)));
    if (result instanceof EduError) throw result;
    return result;
  }
  const [rows, cols] = shape;
  const out: ResultGrid = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: CellResult[] = new Array(cols);
    for (let c = 0; c < cols; c++) row[c] = perCell(() => compute(...args.map((_, i) => at(i, r, c))));
    out[r] = row;
  }
  return out;
}
