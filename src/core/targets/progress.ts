/**
 * PROGRESS (ОБР.ПРОГРЕСС): the share of the planned change actually made (functions.md §3, methodology.md §4).
 * Unlike ACHIEVEMENT it stays defined for targets of 0, such as the Yartsevo programme's "share of schools
 * with persistently low results" from 15% to 0%.
 */
import { describe, maybeNumber, requireNumber } from "../shared/coerce";
import { numError } from "../shared/errors";
import { elementwise, type CellResult, type ResultGrid } from "../shared/grid";
import { finiteResult } from "./finite_result";

const NAMES = ["факт", "база", "план", "предел"] as const;

/**
 * `(fact − base) / (plan − base)`: the direction follows from the sign of `plan − base`, so falling
 * targets need no direction argument. Beyond the plan the result exceeds 1, against the plan it is
 * negative; `cap` bounds it from above. When `plan = base` there is no change to measure: 1 if the fact
 * is on or beyond the plan, else 0; with no direction to go by, "beyond" is read as for a growth target
 * (fact ≥ plan), the default direction of the other functions. Element-wise over ranges. O(cells).
 *
 * @param fact the actual value (or a range)
 * @param base the base value (or a range of the same size)
 * @param plan the planned value (or a range of the same size)
 * @param cap upper bound of the result, > 0; default none
 * @throws {EduError} `#NUM!` when the result overflows; `#N/A` for an empty fact, base or plan; `#NUM!` for a cap ≤ 0; `#VALUE!` for
 *   non-numeric text or ranges of different sizes
 * @returns the progress towards the plan, or a grid for ranges
 * @example progress(80, 25, 100) // => 0.7333333333333333
 * @example progress(5, 15, 0) // => 0.6666666666666666
 */
export function progress(fact: unknown, base: unknown, plan: unknown, cap?: unknown): CellResult | ResultGrid {
  return elementwise([fact, base, plan, cap], NAMES, (f, b, p, c) => {
    const x = requireNumber(f, NAMES[0]);
    const start = requireNumber(b, NAMES[1]);
    const target = requireNumber(p, NAMES[2]);
    const limit = maybeNumber(c, NAMES[3]);
    if (limit !== undefined && !(limit > 0)) throw numError(`аргумент «предел» должен быть больше 0, получено: ${describe(limit)}`);
    const r = target === start ? (x >= target ? 1 : 0) : (x - start) / (target - start);
    return finiteResult(limit === undefined ? r : Math.min(r, limit));
  });
}
