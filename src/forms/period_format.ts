/**
 * A short Russian description of a parsed plan period, for validation messages
 * ("срок «…» (сентябрь – октябрь 2021) истёк").
 */
import { lastDayOfMonth, ruDate } from "./period_calendar";
import type { Period, PeriodFrequency, PeriodScope } from "./period_types";

const MONTH_NAMES = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];

const EVERY: Readonly<Record<PeriodFrequency, string>> = {
  day: "ежедневно",
  week: "еженедельно",
  month: "ежемесячно",
  quarter: "ежеквартально",
  "half-year": "раз в полугодие",
  year: "ежегодно",
  "academic-year": "раз в учебный год",
};

/** The unit after «N раз в …». */
const PER: Readonly<Record<PeriodFrequency, string>> = {
  day: "день",
  week: "неделю",
  month: "месяц",
  quarter: "квартал",
  "half-year": "полугодие",
  year: "год",
  "academic-year": "учебный год",
};

const SCOPE: Readonly<Record<PeriodScope, string>> = {
  always: "постоянно",
  year: "в течение года",
  "academic-year": "в течение учебного года",
  programme: "в течение всего периода",
  "as-needed": "по мере необходимости",
};

const ROMAN = ["", "I", "II", "III", "IV"];

const parts = (iso: string): [number, number, number] => iso.split("-").map(Number) as [number, number, number];

/** «раз» / «раза»: «1 раз, 2 раза, 5 раз», but after «не реже» the genitive «1 раза, 2 раз». */
function timesWord(n: number, atLeast: boolean): string {
  const mod100 = n % 100;
  const mod10 = n % 10;
  if (atLeast) return mod10 === 1 && mod100 !== 11 ? "раза" : "раз";
  return mod10 >= 2 && mod10 <= 4 && !(mod100 >= 12 && mod100 <= 14) ? "раза" : "раз";
}

function monthList(months: readonly number[]): string {
  const names = months.map((m) => MONTH_NAMES[m - 1]);
  return names.length <= 2 ? names.join(" – ") : `${names[0]} – ${names[names.length - 1]}`;
}

/** Dates of a span, in the shortest form that says the same thing. */
function spanText(start: string, end: string): string {
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end);
  const wholeMonths = d1 === 1 && d2 === lastDayOfMonth(y2, m2);
  if (start === end) return ruDate(start);
  if (m1 === 1 && d1 === 1 && m2 === 12 && d2 === 31) return y1 === y2 ? `${y1} год` : `${y1}–${y2} годы`;
  if (m1 === 9 && d1 === 1 && m2 === 8 && d2 === 31 && y2 === y1 + 1) return `${y1}/${y2} учебный год`;
  if (wholeMonths && y1 === y2 && m2 === m1 + 2 && m1 % 3 === 1) return `${ROMAN[(m1 + 2) / 3]} квартал ${y1}`;
  if (wholeMonths && y1 === y2 && m2 === m1 + 5 && m1 % 6 === 1) return `${ROMAN[(m1 + 5) / 6]} полугодие ${y1}`;
  if (wholeMonths) {
    if (y1 === y2) return m1 === m2 ? `${MONTH_NAMES[m1 - 1]} ${y1}` : `${MONTH_NAMES[m1 - 1]} – ${MONTH_NAMES[m2 - 1]} ${y1}`;
    return `${MONTH_NAMES[m1 - 1]} ${y1} – ${MONTH_NAMES[m2 - 1]} ${y2}`;
  }
  return `${ruDate(start)} – ${ruDate(end)}`;
}

function datesText(p: Period): string {
  if (p.start !== undefined && p.end !== undefined) return spanText(p.start, p.end);
  if (p.end !== undefined) return `по ${ruDate(p.end)}`;
  if (p.start !== undefined) return `с ${ruDate(p.start)}`;
  return "";
}

/**
 * A short Russian description of a period: the span for a one-off period, the rhythm and the dates for a
 * repeated or continuous one. O(1).
 *
 * @param period a result of `parsePeriod`
 * @returns e.g. «сентябрь – октябрь 2021», «до 31.12.2021», «ежегодно (сентябрь), 2021–2023: по 30.09.2023»
 * @example formatPeriod(parsePeriod("Сентябрь – октябрь 2021 г.")!) // => "сентябрь – октябрь 2021"
 * @example formatPeriod(parsePeriod("до 2021 года")!) // => "до 31.12.2021"
 */
export function formatPeriod(period: Period): string {
  if (period.kind === "range") {
    if (period.deadline) {
      if (period.end === undefined) return period.months ? `до: ${monthList(period.months)} (год не указан)` : "срок не определён";
      return `до ${ruDate(period.end)}`;
    }
    if (period.start === undefined && period.end === undefined) {
      return period.months ? `${monthList(period.months)} (год не указан)` : "срок не определён";
    }
    return datesText(period);
  }
  let head: string;
  let dates = datesText(period);
  if (period.kind === "recurring") {
    head =
      period.times !== undefined
        ? `${period.atLeast ? "не реже " : ""}${period.times} ${timesWord(period.times, period.atLeast === true)} в ${PER[period.every]}`
        : EVERY[period.every];
    if (period.months) head += ` (${monthList(period.months)})`;
    // A yearly activity ends with its last occurrence: say when that is.
    if (period.start !== undefined && period.end !== undefined) {
      const [y1] = parts(period.start);
      const [y2] = parts(period.end);
      dates = `${y1 === y2 ? `${y1}` : `${y1}–${y2}`}: по ${ruDate(period.end)}`;
    }
  } else {
    head = SCOPE[period.scope];
  }
  return dates ? `${head}, ${dates}` : head;
}
