/**
 * Percentile as Excel's PERCENTILE.INC (R type 7): linear interpolation between order statistics,
 * so that every grouping the functions make can be reproduced with native formulas.
 * simple-statistics' `quantileSorted` uses a different definition, hence this helper.
 */
import { numError } from "./errors";

/**
 * P(values, p) over values already sorted ascending. O(1).
 * @throws {EduError} `#NUM!` when there are no values or `p` is outside 0–1.
 * @example percentileInc([1, 2, 3, 4], 0.25) // => 1.75
 */
export function percentileInc(sortedAsc: ArrayLike<number>, p: number): number {
  const n = sortedAsc.length;
  if (n === 0) throw numError("процентиль не определён: нет значений");
  if (!(p >= 0 && p <= 1)) throw numError(`уровень процентиля должен быть от 0 до 1, получено ${p}`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sortedAsc[lo] + (h - lo) * (sortedAsc[hi] - sortedAsc[lo]);
}

/** Numbers sorted ascending, as a new typed array (numeric sort without a comparator). */
export const sortedNumbers = (values: ArrayLike<number>): Float64Array => Float64Array.from(values).sort();
