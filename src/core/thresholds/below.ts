/**
 * BELOW (ОБР.НИЖЕ_ПОРОГА): did a score fail the minimum threshold (functions.md §2).
 */
import { requireNumber } from "../shared/coerce";
import { elementwise, type CellResult, type ResultGrid } from "../shared/grid";

const NAMES = ["значение", "порог"] as const;

/**
 * `TRUE` if the value is strictly below the threshold: a score equal to the minimum passes it
 * ("не преодолел минимальный порог"). Element-wise over ranges. O(number of cells).
 *
 * @param value a score or a range of scores
 * @param threshold the minimum, a single value or a range of the same size
 * @throws {EduError} `#N/A` for an empty value or threshold; `#VALUE!` for text that is not a number
 *   or ranges of different sizes
 * @returns a boolean, or a grid of booleans (errors in their cells) for ranges
 * @example below(27, 27) // => false
 * @example below(26.5, 27) // => true
 */
export function below(value: unknown, threshold: unknown): CellResult | ResultGrid {
  return elementwise([value, threshold], NAMES, (v, t) => requireNumber(v, NAMES[0]) < requireNumber(t, NAMES[1]));
}
