/**
 * EXPECTED_RESULT (`ОБР.ОЖИДАЕМЫЙ_РЕЗУЛЬТАТ`), functions.md §1: the result a school would be expected to show
 * given its social context, from the region-wide regression of results on the SWI.
 */
import { naError, numError, EduError } from "../shared/errors";
import type { CellResult, ResultGrid } from "../shared/grid";
import { contextRegression } from "./regression";
import { spill } from "./vector";

/**
 * Expected result `a + b·swi_i`, with `a`, `b` fitted by ordinary least squares on the schools where both the
 * result and the SWI are present. A school without a result still gets its expectation (only its SWI is needed);
 * a school without an SWI gets `#N/A`. O(n).
 * @param results results of the schools, N×1 (or 1×N); text, empty cells and error values are missing
 * @param swi SWI of the same schools, same length
 * @throws {EduError} `#VALUE!` when an argument is not a single row or column, or the lengths differ
 * @returns N×1 expected results aligned with the input (1×N for a row); every row `#N/A` when fewer than 3 schools
 *   have both values or all of them have the same SWI
 * @example expectedResult([[1], [3], [5], [4]], [[0], [1], [2], [3]]) // => [[1.6], [2.7], [3.8], [4.9]] (a = 1,6; b = 1,1)
 */
export function expectedResult(results: unknown, swi: unknown): ResultGrid {
  const fit = contextRegression(results, swi);
  const { line } = fit;
  const n = fit.swi.length;
  const out = new Array<CellResult>(n);
  if (line instanceof EduError) return spill(out.fill(line), fit.asRow);
  const noSwi = naError("нет ИСБ школы — ожидаемый результат не рассчитать");
  const outOfRange = numError("ожидаемый результат выходит за пределы представимых чисел");
  for (let i = 0; i < n; i++) {
    const x = fit.swi[i];
    if (x === undefined) {
      out[i] = noSwi;
      continue;
    }
    const e = line(x);
    out[i] = Number.isFinite(e) ? e + 0 : outOfRange;
  }
  return spill(out, fit.asRow);
}
