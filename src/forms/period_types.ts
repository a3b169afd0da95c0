/**
 * The structured form of a Russian plan period ("Сроки реализации" of a roadmap): what `parsePeriod` returns.
 * Dates are ISO strings `YYYY-MM-DD` (calendar dates, no time zone), so they compare as strings and an
 * `overdue` check needs no date library: `period.end < "2024-05-31"`.
 */

/** The finest calendar unit a period phrase names. */
export type PeriodUnit = "day" | "month" | "quarter" | "half-year" | "year" | "academic-year";

/** How often a recurring activity repeats. */
export type PeriodFrequency = "day" | "week" | "month" | "quarter" | "half-year" | "year" | "academic-year";

/** What a continuous activity lasts for. */
export type PeriodScope =
  | "always" // «постоянно», «систематически», «регулярно»
  | "year" // «в течение года»
  | "academic-year" // «в течение учебного года»
  | "programme" // «в течение всего периода», «весь период реализации»
  | "as-needed"; // «по мере необходимости»

/** Where a period came from and the dates it covers, shared by every kind. */
export interface PeriodBase {
  /** The phrase as written (trimmed). */
  readonly text: string;
  /** First day covered, `YYYY-MM-DD`; absent when the phrase and the context do not fix it. */
  readonly start?: string;
  /** Last day covered, `YYYY-MM-DD`; absent when unknown — an activity without `end` is never overdue. */
  readonly end?: string;
}

/** A one-off span: `апрель - май 2022`, `2021-2023`, `01.09.2021`, `до 2021 года`, `I квартал 2022`. */
export interface RangePeriod extends PeriodBase {
  readonly kind: "range";
  readonly unit: PeriodUnit;
  /** `до …`, `не позднее …`: only the end is stated (the start, if any, is the programme's first day). */
  readonly deadline: boolean;
  /** The months named (1–12) when the phrase has no year and the context gives none, e.g. `апрель - май` → [4, 5]. */
  readonly months?: readonly number[];
}

/** A repeated activity: `Ежегодно в сентябре`, `ежеквартально`, `Не реже 1 раза в квартал`. */
export interface RecurringPeriod extends PeriodBase {
  readonly kind: "recurring";
  readonly every: PeriodFrequency;
  /** N of «N раз в …» (absent for «ежегодно», «ежеквартально»…). */
  readonly times?: number;
  /** «не реже», «не менее»: `times` is a minimum. */
  readonly atLeast?: boolean;
  /** For a yearly activity: the months of the year it falls in (`Ежегодно в сентябре` → [9]). */
  readonly months?: readonly number[];
}

/** An activity without a fixed span: `постоянно`, `в течение года`, `по мере необходимости`. */
export interface ContinuousPeriod extends PeriodBase {
  readonly kind: "continuous";
  readonly scope: PeriodScope;
}

/** A parsed plan period. */
export type Period = RangePeriod | RecurringPeriod | ContinuousPeriod;

/** What places a phrase in time when it has no year of its own. */
export interface PeriodContext {
  /**
   * The programme's years (e.g. [2023, 2024, 2025]). A phrase without a year is read as repeating every
   * programme year; `постоянно`, `ежегодно`, `в течение всего периода` get the programme's first and last day.
   */
  readonly years?: readonly number[];
  /**
   * The one year a phrase without a year belongs to (a one-year plan, or the year being reported on).
   * Takes precedence over `years` for such phrases: `апрель` becomes April of this year.
   */
  readonly referenceYear?: number;
}
