/**
 * Whether a plan period has ended by a given day — the test behind the `overdue` warning.
 */
import { toIsoDay } from "./period_calendar";
import type { Period } from "./period_types";

/**
 * `true` when the period's last day is before `onDay`; `false` when it is not, or when the period has no
 * known end (`постоянно` without programme years, `апрель` without context): an activity is never
 * reported overdue on a guess. O(1).
 *
 * @param period a result of `parsePeriod`
 * @param onDay the day to judge on: a `Date` (its local calendar day) or ISO text `YYYY-MM-DD`
 * @returns whether the period is over
 * @throws {RangeError} when `onDay` is not a valid date
 * @example periodIsOver(parsePeriod("до 2021 года")!, "2022-01-01") // => true
 * @example periodIsOver(parsePeriod("до 2021 года")!, "2021-12-31") // => false
 */
export function periodIsOver(period: Period, onDay: Date | string): boolean {
  const day = toIsoDay(onDay);
  if (day === undefined) throw new RangeError(`periodIsOver: ожидается дата, получено: ${String(onDay)}`);
  return period.end !== undefined && period.end < day;
}
