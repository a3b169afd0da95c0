/**
 * Guarding statistics against overflow and underflow. Sums and squares of numbers near the limits of
 * double precision (1e308, 1e-320) overflow to Infinity or vanish, which would turn an index into NaN;
 * rescaling a column by a power of two is exact and leaves z-scores, min–max shares and regressions unchanged.
 */

/** Magnitudes inside this band need no rescaling: squares and sums of 100,000 of them stay finite and normal. */
const SAFE_HIGH = 2 ** 400;
const SAFE_LOW = 2 ** -400;

/**
 * A power of two that brings the largest magnitude of a column near 1, or 1 when none is needed. O(1).
 * @param maxAbs the largest absolute value of the column (0 for a column of zeros)
 * @returns the factor to multiply every value by
 * @example powerOfTwoScale(1e300) // => 2 ** -996
 */
export function powerOfTwoScale(maxAbs: number): number {
  if (!(maxAbs > 0) || (maxAbs <= SAFE_HIGH && maxAbs >= SAFE_LOW)) return 1;
  // Clamped so that the factor itself stays a finite normal number (2 ** 1074 would overflow).
  const e = Math.max(-1000, Math.min(1000, -Math.floor(Math.log2(maxAbs))));
  return 2 ** e;
}
