/**
 * SHARE_BELOW (ОБР.ДОЛЯ_НИЖЕ): the share of participants who did not reach the threshold (functions.md §2).
 */
import { cellNumber, requireNumber } from "../shared/coerce";
import { naError } from "../shared/errors";
import { toGrid, toScalar } from "../shared/grid";

/**
 * Fraction of the present values strictly below the threshold; empty cells, text and error values are
 * missing and count neither way. O(number of cells).
 *
 * @param values a range of scores (any shape)
 * @param threshold the minimum score, a single value
 * @throws {EduError} `#N/A` when no value is present or the threshold is empty; `#VALUE!` for a threshold
 *   that is not a number or is a range
 * @returns a fraction from 0 to 1
 * @example shareBelow([[30], [36], [40], [null]], 36) // => 0.3333333333333333
 */
export function shareBelow(values: unknown, threshold: unknown): number {
  const limit = requireNumber(toScalar(threshold, "порог"), "порог");
  const grid = toGrid(values, "значения");
  let present = 0;
  let below = 0;
  for (const row of grid) {
    for (const cell of row) {
      const x = cellNumber(cell);
      if (x === undefined) continue;
      present++;
      if (x < limit) below++;
    }
  }
  if (present === 0) throw naError("нет данных: в диапазоне «значения» нет ни одного числа");
  return below / present;
}
