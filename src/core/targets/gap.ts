/**
 * GAP (ОБР.ОСТАТОК_ДО_ЦЕЛИ): what remains to reach a target (functions.md §3).
 */
import { requireNumber } from "../shared/coerce";
import { parseDirection } from "../shared/direction";
import { elementwise, type CellResult, type ResultGrid } from "../shared/grid";
import { finiteResult } from "./finite_result";

const NAMES = ["факт", "план", "направление"] as const;

/**
 * Distance to the plan, positive while short of it and negative once beyond it: `plan − fact` for an
 * indicator that should grow, `fact − plan` for one that should fall. Element-wise over ranges, the
 * direction too (one per row of a targets table). O(cells).
 *
 * @param fact the actual value (or a range)
 * @param plan the planned value (or a range of the same size)
 * @param direction "рост"/"up" (default) or "снижение"/"down", or a range of directions
 * @throws {EduError} `#NUM!` when the result overflows; `#N/A` for an empty fact or plan; `#VALUE!` for non-numeric text, an unreadable
 *   direction or ranges of different sizes
 * @returns the remaining distance, or a grid for ranges
 * @example gap(80, 100) // => 20
 * @example gap(12, 10, "снижение") // => 2
 */
export function gap(fact: unknown, plan: unknown, direction?: unknown): CellResult | ResultGrid {
  return elementwise([fact, plan, direction], NAMES, (f, p, d) => {
    const x = requireNumber(f, NAMES[0]);
    const target = requireNumber(p, NAMES[1]);
    return finiteResult(parseDirection(d, 1, NAMES[2]) === 1 ? target - x : x - target);
  });
}
