/**
 * Optional share arguments of the family (percentile levels, minimal coverage): one number from 0 to 1.
 */
import { optionalNumber } from "../shared/coerce";
import { numError } from "../shared/errors";
import { toScalar } from "../shared/grid";

/**
 * An optional number within 0–1, given as a bare value or a 1×1 range; empty or omitted → `fallback`.
 * Text such as "0,25" or "25%" is read as a number. O(1).
 * @param v host value
 * @param fallback the default
 * @param argName the Russian parameter name used in messages
 * @throws {EduError} `#VALUE!` when the value is not a number or is a larger range
 * @throws {EduError} `#NUM!` when the number is outside 0–1
 * @returns the share
 * @example optionalFraction("25%", 0.5, "низкий_исб") // => 0.25
 */
export function optionalFraction(v: unknown, fallback: number, argName: string): number {
  const n = optionalNumber(toScalar(v, argName), fallback, argName);
  if (n < 0 || n > 1) {
    throw numError(`аргумент «${argName}» должен быть долей от 0 до 1, получено ${String(n).replace(".", ",")}`);
  }
  return n;
}
