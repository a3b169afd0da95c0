/**
 * PROGRAM_DEGREE (ОБР.СТЕПЕНЬ_РЕАЛИЗАЦИИ): degree of implementation of a programme, `СР = Σ СД / M`
 * (functions.md §3, methodology.md §4).
 */
import { mean } from "simple-statistics";
import { describe, optionalNumber } from "../shared/coerce";
import { naError, numError } from "../shared/errors";
import { toGrid, toScalar } from "../shared/grid";
import { presentNumbers } from "../shared/numbers";
import { finiteResult } from "./finite_result";

/**
 * Mean of `min(d, cap)` over the present degrees of achievement: each degree above the cap counts as the
 * cap (1 in the Orel methodology, 1,3 in some programmes). Empty cells, text and error values are missing
 * and do not count in M. O(cells).
 *
 * @param degrees a range of degrees of achievement (any shape)
 * @param cap upper bound of each degree, > 0; default 1
 * @throws {EduError} `#NUM!` when the result overflows; `#N/A` when no degree is present; `#NUM!` for a cap ≤ 0; `#VALUE!` for a non-numeric cap
 * @returns the degree of implementation
 * @example programDegree([[0.968], [1.25], [0.75]]) // => 0.906
 */
export function programDegree(degrees: unknown, cap?: unknown): number {
  const limit = optionalNumber(toScalar(cap, "предел"), 1, "предел");
  if (!(limit > 0)) throw numError(`аргумент «предел» должен быть больше 0, получено: ${describe(limit)}`);
  const values = presentNumbers(toGrid(degrees, "степени").flat());
  if (values.length === 0) throw naError("нет данных: в диапазоне «степени» нет ни одного числа");
  return finiteResult(mean(values.map((d) => Math.min(d, limit))));
}
