/**
 * Calendar arithmetic for plan periods: ISO dates `YYYY-MM-DD` without time zones.
 */

/** The earliest year a period may name; anything earlier is a typo, not a plan year. */
export const MIN_PERIOD_YEAR = 1900;
/** The latest year a period may name. */
export const MAX_PERIOD_YEAR = 2100;

/** Whether `y` is a plausible plan year. O(1). */
export function isPlanYear(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_PERIOD_YEAR && y <= MAX_PERIOD_YEAR;
}

/**
 * Number of days in a month of the Gregorian calendar. O(1).
 *
 * @param y year
 * @param m month 1–12
 * @returns 28–31
 * @example lastDayOfMonth(2024, 2) // => 29
 */
export function lastDayOfMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Whether day/month/year form a real calendar date (`31.02.2021` does not). O(1). */
export function isValidDate(y: number, m: number, d: number): boolean {
  return isPlanYear(y) && Number.isInteger(m) && m >= 1 && m <= 12 && Number.isInteger(d) && d >= 1 && d <= lastDayOfMonth(y, m);
}

/**
 * ISO date text `YYYY-MM-DD`. O(1).
 *
 * @example isoDate(2021, 9, 1) // => "2021-09-01"
 */
export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Russian date text `ДД.ММ.ГГГГ` from an ISO date. O(1).
 *
 * @example ruDate("2021-09-01") // => "01.09.2021"
 */
export function ruDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

/**
 * A calendar date as ISO text, from a `Date` (its local calendar day) or from text already in ISO form.
 * Returns `undefined` for anything else. O(1).
 */
export function toIsoDay(value: Date | string): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return isoDate(value.getFullYear(), value.getMonth() + 1, value.getDate());
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? isoDate(y, mo, d) : undefined;
}
