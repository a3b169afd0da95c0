/**
 * VALUE_ADDED (`ОБР.ВКЛАД_ШКОЛЫ`), functions.md §1: how far a school's result is from what its social context
 * predicts — the contextualized "school effect" that tells a weak school from a school in a hard context.
 */
import { naError, numError, EduError } from "../shared/errors";
import type { CellResult, ResultGrid } from "../shared/grid";
import { contextRegression } from "./regression";
import { spill } from "./vector";

/**
 * `result_i − EXPECTED_RESULT_i`; positive means better than expected for that context. O(n).
 * @param results results of the schools, N×1 (or 1×N); text, empty cells and error values are missing
 * @param swi SWI of the same schools, same length
 * @throws {EduError} `#VALUE!` when an argument is not a single row or column, or the lengths differ
 * @returns N×1 differences aligned with the input (1×N for a row); `#N/A` in a row that lacks the result or the SWI;
 *   every row `#N/A` when fewer than 3 schools have both values or all of them have the same SWI
 * @example valueAdded([[1], [3], [5], [4]], [[0], [1], [2], [3]]) // => [[-0.6], [0.3], [1.2], [-0.9]]
 */
export function valueAdded(results: unknown, swi: unknown): ResultGrid {
  const fit = contextRegression(results, swi);
  const { line } = fit;
  const n = fit.swi.length;
  const out = new Array<CellResult>(n);
  if (line instanceof EduError) return spill(out.fill(line), fit.asRow);
  const noSwi = naError("нет ИСБ школы — вклад школы не рассчитать");
  const noResult = naError("нет результата школы — вклад школы не рассчитать");
  const outOfRange = numError("вклад школы выходит за пределы представимых чисел");
  for (let i = 0; i < n; i++) {
    const x = fit.swi[i];
    const y = fit.results[i];
    if (x === undefined) {
      out[i] = noSwi;
      continue;
    }
    if (y === undefined) {
      out[i] = noResult;
      continue;
    }
    const d = y - line(x);
    out[i] = Number.isFinite(d) ? d + 0 : outOfRange;
  }
  return spill(out, fit.asRow);
}
