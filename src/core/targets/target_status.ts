/**
 * TARGET_STATUS (ОБР.СТАТУС_ЦЕЛИ): whether a target indicator reached its plan (functions.md §3).
 */
import { describe, isBlank, optionalNumber, requireNumber } from "../shared/coerce";
import { parseDirection } from "../shared/direction";
import { numError } from "../shared/errors";
import { elementwise, type CellResult, type ResultGrid } from "../shared/grid";

const NAMES = ["факт", "план", "направление", "допуск"] as const;

/** Relative size of floating-point noise ignored in comparisons (0,1 + 0,2 against a plan of 0,3). */
const NOISE = 1e-9;

/**
 * `достигнут` if the fact reaches the plan within `tolerance` in the indicator's direction,
 * `перевыполнен` if it is better than the plan by more than the tolerance, `не достигнут` otherwise,
 * `нет данных` for an empty fact. The tolerance is absolute, in the indicator's units; differences below
 * a billionth of the plan's size are rounding noise and count as equal. Element-wise over ranges,
 * direction and tolerance too. O(cells).
 *
 * @param fact the actual value (or a range)
 * @param plan the planned value (or a range of the same size)
 * @param direction "рост"/"up" (default) or "снижение"/"down", or a range of directions
 * @param tolerance allowed deviation, ≥ 0; default 0
 * @throws {EduError} `#N/A` for an empty plan; `#NUM!` for a negative tolerance; `#VALUE!` for non-numeric
 *   text, an unreadable direction or ranges of different sizes
 * @returns one of the labels, or a grid of labels for ranges
 * @example targetStatus(100, 100) // => "достигнут"
 * @example targetStatus(8, 10, "снижение") // => "перевыполнен"
 */
export function targetStatus(fact: unknown, plan: unknown, direction?: unknown, tolerance?: unknown): CellResult | ResultGrid {
  return elementwise([fact, plan, direction, tolerance], NAMES, (f, p, d, t) => {
    const target = requireNumber(p, NAMES[1]);
    const dir = parseDirection(d, 1, NAMES[2]);
    const tol = optionalNumber(t, 0, NAMES[3]);
    if (tol < 0) throw numError(`аргумент «допуск» не может быть отрицательным, получено: ${describe(tol)}`);
    if (isBlank(f)) return "нет данных";
    const x = requireNumber(f, NAMES[0]);
    const better = dir * (x - target);
    const noise = NOISE * Math.max(1, Math.abs(target));
    if (better > tol + noise) return "перевыполнен";
    return better >= -tol - noise ? "достигнут" : "не достигнут";
  });
}
