/**
 * DELTA_PCT (ОБР.ПРИРОСТ_ПРОЦ): relative change of an indicator against its base (functions.md §3).
 */
import { requireNumber } from "../shared/coerce";
import { div0Error } from "../shared/errors";
import { elementwise, type CellResult, type ResultGrid } from "../shared/grid";
import { finiteResult } from "./finite_result";

const NAMES = ["факт", "база"] as const;

/**
 * `(fact − base) / |base|`: the absolute value keeps the sign meaning "grew" for a negative base too.
 * Element-wise over ranges. O(cells).
 *
 * @param fact the actual value (or a range)
 * @param base the base value (or a range of the same size)
 * @throws {EduError} `#NUM!` when the result overflows; `#DIV/0!` when the base is 0; `#N/A` for an empty fact or base; `#VALUE!` for
 *   non-numeric text or ranges of different sizes
 * @returns the relative change as a fraction (format the cell as %), or a grid for ranges
 * @example deltaPct(30, 25) // => 0.2
 */
export function deltaPct(fact: unknown, base: unknown): CellResult | ResultGrid {
  return elementwise([fact, base], NAMES, (f, b) => {
    const x = requireNumber(f, NAMES[0]);
    const b0 = requireNumber(b, NAMES[1]);
    if (b0 === 0) throw div0Error("базовое значение равно 0: относительный прирост не определён — используйте ОБР.ПРИРОСТ");
    return finiteResult((x - b0) / Math.abs(b0));
  });
}
