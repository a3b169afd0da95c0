/**
 * ACHIEVEMENT (ОБР.СТЕПЕНЬ_ДОСТИЖЕНИЯ): degree of achievement of a planned value by the federal methodology
 * (order of the Ministry of Economic Development No 582 of 16.09.2016; functions.md §3, methodology.md §4).
 */
import { describe, maybeNumber, requireNumber } from "../shared/coerce";
import { parseDirection } from "../shared/direction";
import { div0Error, numError } from "../shared/errors";
import { elementwise, type CellResult, type ResultGrid } from "../shared/grid";
import { finiteResult } from "./finite_result";

const NAMES = ["факт", "план", "направление", "предел"] as const;

const UNDEFINED_AT_ZERO =
  "степень достижения не определена при нулевом значении — используйте ОБР.ПРОГРЕСС с базовым значением";

/** One degree of achievement from clean numbers. */
function degree(fact: number, plan: number, dir: 1 | -1, cap: number | undefined): number {
  const capped = (r: number): number => (cap === undefined ? r : Math.min(r, cap));
  // A zero in the ratio makes it 0 or infinite whatever the progress, so the ratio says nothing there.
  const degenerate = plan === 0 || (dir === -1 && fact === 0);
  if (degenerate) {
    if (fact === plan) return capped(1);
    const goodSide = dir === 1 ? fact > plan : fact < plan;
    if (cap !== undefined && goodSide) return cap;
    throw div0Error(UNDEFINED_AT_ZERO);
  }
  return capped(dir === 1 ? fact / plan : plan / fact);
}

/**
 * `СД = fact / plan` for an indicator that should grow (default), `plan / fact` for one that should fall;
 * then `min(СД, cap)` when a cap is given (1 or 1,3 in regional methodologies). Degenerate cases — plan = 0,
 * or fact = 0 for a falling indicator: fact = plan → 1; a cap given and the fact on the good side of the
 * plan → cap; otherwise `#DIV/0!` (use PROGRESS with the base value). A fact of 0 against a growth plan is a
 * regular 0. Element-wise over ranges, direction and cap too. O(cells).
 *
 * @param fact the actual value, ≥ 0 (or a range)
 * @param plan the planned value, ≥ 0 (or a range of the same size)
 * @param direction "рост"/"up" (default) or "снижение"/"down", or a range of directions
 * @param cap upper bound of the result, > 0; default none
 * @throws {EduError} `#NUM!` when the result overflows; `#DIV/0!` "степень достижения не определена при нулевом значении — используйте ОБР.ПРОГРЕСС
 *   с базовым значением" in the degenerate cases above; `#NUM!` for a negative fact or plan or a cap ≤ 0;
 *   `#N/A` for an empty fact or plan; `#VALUE!` for non-numeric text, an unreadable direction or ranges of different sizes
 * @returns the degree of achievement, or a grid for ranges
 * @example achievement(80, 100) // => 0.8
 * @example achievement(18, 16, "снижение") // => 0.8888888888888888
 * @example achievement(9.5, 9, null, 1) // => 1
 */
export function achievement(fact: unknown, plan: unknown, direction?: unknown, cap?: unknown): CellResult | ResultGrid {
  return elementwise([fact, plan, direction, cap], NAMES, (f, p, d, c) => {
    const x = requireNumber(f, NAMES[0]);
    const target = requireNumber(p, NAMES[1]);
    const dir = parseDirection(d, 1, NAMES[2]);
    const limit = maybeNumber(c, NAMES[3]);
    if (x < 0) throw numError(`фактическое значение не может быть отрицательным, получено: ${describe(x)}`);
    if (target < 0) throw numError(`плановое значение не может быть отрицательным, получено: ${describe(target)}`);
    if (limit !== undefined && !(limit > 0)) throw numError(`аргумент «предел» должен быть больше 0, получено: ${describe(limit)}`);
    return finiteResult(degree(x, target, dir, limit));
  });
}
