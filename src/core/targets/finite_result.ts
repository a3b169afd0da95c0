/**
 * A computed number as a cell may show it. Inputs are finite, but their arithmetic can still overflow
 * (1e308 − (−1e308)) or meet ∞ − ∞; a cell must never show NaN or ±Infinity.
 */
import { numError } from "../shared/errors";

/**
 * The number itself when finite. O(1).
 *
 * @param x a computed result
 * @throws {EduError} `#NUM!` for NaN or ±Infinity
 * @returns `x`
 * @example finiteResult(0.25) // => 0.25
 */
export function finiteResult(x: number): number {
  if (!Number.isFinite(x)) throw numError("результат вне диапазона представимых чисел: проверьте порядок величин аргументов");
  return x;
}
