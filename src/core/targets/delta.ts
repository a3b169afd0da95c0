/**
 * DELTA (ОБР.ПРИРОСТ): absolute change of an indicator against its base (functions.md §3).
 */
import { requireNumber } from "../shared/coerce";
import { elementwise, type CellResult, type ResultGrid } from "../shared/grid";
import { finiteResult } from "./finite_result";

const NAMES = ["факт", "база"] as const;

/**
 * `fact − base`, in the indicator's own units (percentage points for shares). Element-wise over ranges. O(cells).
 *
 * @param fact the actual value (or a range)
 * @param base the base value (or a range of the same size)
 * @throws {EduError} `#NUM!` when the result overflows; `#N/A` for an empty fact or base; `#VALUE!` for non-numeric text or ranges of different sizes
 * @returns the change, or a grid of changes for ranges
 * @example delta(80, 25) // => 55
 */
export function delta(fact: unknown, base: unknown): CellResult | ResultGrid {
  return elementwise([fact, base], NAMES, (f, b) => finiteResult(requireNumber(f, NAMES[0]) - requireNumber(b, NAMES[1])));
}
