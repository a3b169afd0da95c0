/**
 * BOTTOM_SHARE (ОБР.В_НИЖНЕЙ_ДОЛЕ): is a value in the worst share of the distribution, for rules such as
 * "the lowest 15% of schools by ЕГЭ" (functions.md §2, methodology.md §2).
 */
import { cellNumber, describe, requireNumber } from "../shared/coerce";
import { parseDirection } from "../shared/direction";
import { naError, numError } from "../shared/errors";
import { asColumn, shapeOf, toGrid, toScalar, toVector, type CellResult, type ResultGrid } from "../shared/grid";
import { percentileInc, sortedNumbers } from "../shared/percentile";

/**
 * `TRUE` for values in the worst `share` of the present values: `value ≤ P(values, share)` when higher
 * is better (default), `value ≥ P(values, 1 − share)` when lower is better; P is PERCENTILE.INC, so the
 * same selection can be reproduced with native formulas. Values tied with the cut-off are included.
 * The result has the input's layout: a column gives a column, a row a row; an empty cell gets `#N/A`
 * in its own cell. O(n log n).
 *
 * @param values a row or a column of values
 * @param share the worst share, from 0 to 1 (0,15 for "the lowest 15%")
 * @param direction "рост"/"up" (default: higher is better, the worst are the lowest) or "снижение"/"down"
 * @throws {EduError} `#N/A` when no value is present or `share` is empty; `#VALUE!` for a block of several
 *   rows and columns, non-numeric `share` or an unreadable direction; `#NUM!` for `share` outside 0–1
 * @returns a grid of booleans of the input's shape
 * @example bottomShare([[10], [20], [30], [40], [50]], 0.25) // => [[true], [true], [false], [false], [false]]
 */
export function bottomShare(values: unknown, share: unknown, direction?: unknown): ResultGrid {
  const p = requireNumber(toScalar(share, "доля"), "доля");
  if (!(p >= 0 && p <= 1)) throw numError(`аргумент «доля» должен быть от 0 до 1, получено: ${describe(p)}`);
  const dir = parseDirection(toScalar(direction, "направление"), 1, "направление");
  const cells = toVector(values, "значения");
  const isRow = shapeOf(toGrid(values, "значения"))[0] === 1;
  const numbers = cells.map(cellNumber);
  const present = numbers.filter((x): x is number => x !== undefined);
  if (present.length === 0) throw naError("нет данных: в диапазоне «значения» нет ни одного числа");
  const cut = percentileInc(sortedNumbers(present), dir === 1 ? p : 1 - p);
  const flags: CellResult[] = numbers.map((x) => {
    if (x === undefined) return naError("нет данных в этой ячейке");
    return dir === 1 ? x <= cut : x >= cut;
  });
  return isRow ? [flags] : asColumn(flags);
}
