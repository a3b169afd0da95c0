/**
 * Percentile rank of the SWI "rank" method (functions.md §1): `(r − 1)/(n − 1)` with r the average rank,
 * so tied values share the mean of their ranks and the smallest value gets 0, the largest 1.
 */

/** Index of x in an ascending array of distinct values that contains it. O(log n). */
function indexOf(distinct: Float64Array, x: number): number {
  let lo = 0;
  let hi = distinct.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (distinct[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Replaces, in place, the present values of one column of a row-major N×K block by their percentile ranks.
 * Missing values (NaN) stay NaN. A sort without comparator, one sweep giving each distinct value its
 * percentile rank, then one binary search per cell among the distinct values (few and cache-resident when
 * shares are typed to one decimal) instead of sorting indices with a closure: O(n log n).
 * @param data row-major block, NaN where missing
 * @param k number of columns
 * @param col the column to transform
 * @param present number of present values in the column, at least 2
 * @returns nothing; `data` is changed
 * @example
 * const d = Float64Array.from([10, 30, 30, 50]); percentRankColumn(d, 1, 0, 4); d
 * // => Float64Array [0, 0.5, 0.5, 1]
 */
export function percentRankColumn(data: Float64Array, k: number, col: number, present: number): void {
  const sorted = new Float64Array(present);
  let c = 0;
  for (let o = col; o < data.length; o += k) {
    const x = data[o];
    if (x === x) sorted[c++] = x;
  }
  sorted.sort();
  // Distinct values and their percentile ranks: a run of ties from index lo to hi has average rank (lo + hi)/2 + 1.
  const distinct = new Float64Array(present);
  const rank = new Float64Array(present);
  const last = present - 1;
  let u = 0;
  for (let lo = 0; lo < present; ) {
    let hi = lo;
    while (hi < last && sorted[hi + 1] === sorted[lo]) hi++;
    distinct[u] = sorted[lo];
    rank[u++] = (lo + hi) / 2 / last;
    lo = hi + 1;
  }
  const values = distinct.subarray(0, u);
  for (let o = col; o < data.length; o += k) {
    const x = data[o];
    if (x === x) data[o] = rank[indexOf(values, x)];
  }
}
