/**
 * Groups cells into rectangles so that a writer makes one range write per contiguous block, not one per cell:
 * runs of adjacent cells in a row (with the same key), stacked while the rows below have a run over the same
 * columns. A title row, a header row, a block of preset rows, a hidden list each become one rectangle.
 */

export interface Positioned {
  row: number;
  col: number;
}

export interface Rectangle<T> {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  key: string;
  /** the cells by position inside the rectangle (every position is filled) */
  cells: T[][];
}

/**
 * O(n log n) in the number of cells.
 * @param cells cells with 1-based row and column; a later cell at the same position replaces an earlier one
 * @param key cells are grouped only with cells of the same key (e.g. a style)
 * @returns rectangles, top to bottom, left to right
 * @example rectangles([{ row: 1, col: 1 }, { row: 1, col: 2 }, { row: 2, col: 1 }, { row: 2, col: 2 }]).length // => 1
 */
export function rectangles<T extends Positioned>(cells: readonly T[], key: (c: T) => string = () => ""): Rectangle<T>[] {
  const byPos = new Map<string, T>();
  for (const c of cells) byPos.set(`${c.row}:${c.col}`, c);
  const sorted = [...byPos.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  // Runs within rows.
  const runs: { row: number; c0: number; c1: number; key: string; cells: T[] }[] = [];
  for (const c of sorted) {
    const k = key(c);
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.c1 === c.col - 1 && last.key === k) {
      last.c1 = c.col;
      last.cells.push(c);
    } else runs.push({ row: c.row, c0: c.col, c1: c.col, key: k, cells: [c] });
  }
  // Stack runs with the same span in consecutive rows.
  const open = new Map<string, Rectangle<T>>();
  const out: Rectangle<T>[] = [];
  for (const run of runs) {
    const id = `${run.c0}:${run.c1}:${run.key}`;
    const rect = open.get(id);
    if (rect && rect.r1 === run.row - 1) {
      rect.r1 = run.row;
      rect.cells.push(run.cells);
      continue;
    }
    const fresh: Rectangle<T> = { r0: run.row, c0: run.c0, r1: run.row, c1: run.c1, key: run.key, cells: [run.cells] };
    open.set(id, fresh);
    out.push(fresh);
  }
  return out.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}
