/**
 * The Russian plan-period parser of the roadmap forms (forms.md, `plan`, `risk-profile`,
 * rule `period` and the `overdue` warning).
 *
 * Semantics chosen where Russian roadmaps are ambiguous (each one favours not raising a false `overdue`):
 * - A span covers whole units: `апрель 2022` is 01.04.2022–30.04.2022, `2021-2023` is 01.01.2021–31.12.2023,
 *   `I квартал 2022` is 01.01.2022–31.03.2022, `2021/2022 учебный год` is 01.09.2021–31.08.2022 (the school
 *   year formally ends on 31 August).
 * - `до X` includes X: `до 2021 года` ends on 31.12.2021, `до 1 сентября 2021 г.` on 01.09.2021. In the
 *   Yartsevo programme (004) the stage «До 2021 года» is the stage its passport dates «2021 год», so the
 *   sources themselves use «до» inclusively; the exclusive reading would flag work done in 2021 as late.
 * - A phrase without a year (`апрель`, `апрель - май`, `Ежегодно в сентябре`) is placed by the context:
 *   in `referenceYear` if given (a one-off span), in the only programme year if `years` has one, otherwise it
 *   repeats every programme year and ends with its occurrence in the last programme year. Without any
 *   context it is still readable but has no dates (and is never overdue).
 * - A month span that runs backwards wraps into the next year: `ноябрь - февраль 2022` is 01.11.2021–28.02.2022,
 *   `сентябрь 2021 - май` is 01.09.2021–31.05.2022. With years on both ends a backwards span is unreadable
 *   (`2021-2019`).
 * - `постоянно`, `в течение всего периода`, `по мере необходимости`, `ежегодно`, `не реже N раз в …` last for
 *   the whole programme (its first to last day) when `years` is given; `в течение года` is the reference year
 *   if given, else the programme.
 */
import { isPlanYear, isValidDate, isoDate, lastDayOfMonth } from "./period_calendar";
import { MAX_PERIOD_TEXT, normalizePeriodText, tokenizePeriod, type PeriodToken } from "./period_lexer";
import type {
  ContinuousPeriod,
  Period,
  PeriodContext,
  PeriodFrequency,
  PeriodScope,
  PeriodUnit,
  RangePeriod,
  RecurringPeriod,
} from "./period_types";

export type * from "./period_types";
export { formatPeriod } from "./period_format";
export { PERIOD_EXAMPLES } from "./period_examples";
export { periodIsOver } from "./period_is_over";

/** A calendar point; `y` absent in a phrase without a year, `off` then counts years from the span's start. */
interface Anchor {
  y?: number;
  off: number;
  m: number;
  /** Day; absent = the first day (span start) or the last day (span end) of the month. */
  d?: number;
}

/** A span of the calendar named by a phrase, before the context places it. */
interface Span {
  from: Anchor;
  to: Anchor;
  unit: PeriodUnit;
}

interface Parsed<T> {
  value: T;
  next: number;
}

const UNIT_RANK: Readonly<Record<PeriodUnit, number>> = {
  day: 0,
  month: 1,
  quarter: 2,
  "half-year": 3,
  year: 4,
  "academic-year": 5,
};

const word = (tok: PeriodToken | undefined, ...words: string[]): boolean => tok?.t === "word" && words.includes(tok.w);

const isYearTok = (tok: PeriodToken | undefined): tok is { t: "num"; v: number; len: number } =>
  tok?.t === "num" && tok.len === 4 && isPlanYear(tok.v);

/** Reads an optional year right after a month, quarter or half-year. */
function optionalYear(toks: readonly PeriodToken[], i: number): Parsed<number | undefined> {
  const tok = toks[i];
  return isYearTok(tok) ? { value: tok.v, next: i + 1 } : { value: undefined, next: i };
}

function monthsSpan(y: number | undefined, m1: number, m2: number, unit: PeriodUnit): Span {
  return { from: { y, off: 0, m: m1, d: 1 }, to: { y, off: 0, m: m2 }, unit };
}

/**
 * One calendar unit: `01.09.2021`, `1 сентября [2021]`, `сентябрь [2021]`, `I квартал [2022]`,
 * `2 полугодие [2021]`, `2021`, `2021/2022 [учебный год]`.
 */
function parsePoint(toks: readonly PeriodToken[], i: number): Parsed<Span> | undefined {
  const tok = toks[i];
  if (tok === undefined) return undefined;
  if (tok.t === "date") {
    if (!isValidDate(tok.y, tok.m, tok.d)) return undefined;
    const a = { y: tok.y, off: 0, m: tok.m, d: tok.d };
    return { value: { from: a, to: { ...a }, unit: "day" }, next: i + 1 };
  }
  if (tok.t === "month") {
    const y = optionalYear(toks, i + 1);
    return { value: monthsSpan(y.value, tok.m, tok.m, "month"), next: y.next };
  }
  if (tok.t !== "num") return undefined;
  const after = toks[i + 1];
  if (isYearTok(tok)) {
    if (after?.t === "slash") {
      const second = toks[i + 2];
      if (second?.t !== "num") return undefined;
      const ok = second.len === 4 ? second.v === tok.v + 1 : second.len === 2 && second.v === (tok.v + 1) % 100;
      if (!ok) return undefined;
      const next = toks[i + 3]?.t === "academic" ? i + 4 : i + 3;
      return { value: { from: { y: tok.v, off: 0, m: 9, d: 1 }, to: { y: tok.v + 1, off: 0, m: 8 }, unit: "academic-year" }, next };
    }
    // A following «учебный год» is left to the caller: «2021-2022 учебный год» reads it, a lone
    // «2021 учебный год» (2020/2021 or 2021/2022?) stays unconsumed and so unreadable.
    return { value: monthsSpan(tok.v, 1, 12, "year"), next: i + 1 };
  }
  if (after?.t === "month") {
    const y = optionalYear(toks, i + 2);
    // Without a year, 29 February is allowed (the year that places it may be a leap year).
    const maxDay = y.value !== undefined ? lastDayOfMonth(y.value, after.m) : after.m === 2 ? 29 : lastDayOfMonth(2001, after.m);
    if (tok.v < 1 || tok.v > maxDay) return undefined;
    const a = { y: y.value, off: 0, m: after.m, d: tok.v };
    return { value: { from: a, to: { ...a }, unit: "day" }, next: y.next };
  }
  if (after?.t === "quarter" && tok.v >= 1 && tok.v <= 4) {
    const y = optionalYear(toks, i + 2);
    return { value: monthsSpan(y.value, tok.v * 3 - 2, tok.v * 3, "quarter"), next: y.next };
  }
  if (after?.t === "half" && tok.v >= 1 && tok.v <= 2) {
    const y = optionalYear(toks, i + 2);
    return { value: monthsSpan(y.value, tok.v * 6 - 5, tok.v * 6, "half-year"), next: y.next };
  }
  return undefined;
}

/** Orders anchors of one span family: dated by year, yearless by offset. */
function key(a: Anchor, start: boolean): number {
  const d = a.d ?? (start ? 1 : 31);
  return ((a.y ?? 0) + a.off) * 10000 + a.m * 100 + d;
}

/** The bare first number of `17-27 октября 2017`, `I-II квартал 2022`: the unit and year of the second end. */
function bareStart(v: number, second: Span): Span | undefined {
  const f = second.from;
  if (second.unit === "day") {
    if (v < 1 || v > 31 || v > (f.d ?? 0)) return undefined;
    const a = { ...f, d: v };
    return { from: a, to: { ...a }, unit: "day" };
  }
  if (second.unit === "quarter" && v >= 1 && v <= 4) return monthsSpan(f.y, v * 3 - 2, v * 3, "quarter");
  if (second.unit === "half-year" && v >= 1 && v <= 2) return monthsSpan(f.y, v * 6 - 5, v * 6, "half-year");
  return undefined;
}

/** `P1 - P2`, `с P1 по P2`, `P1 до P2`, where an end without a year takes it from the other end. */
function joinSpans(first: Span, second: Span): Span | undefined {
  const a = { ...first.from };
  const b = { from: { ...second.from }, to: { ...second.to } };
  if (a.y === undefined && b.from.y !== undefined) {
    a.y = b.from.y;
    if (key(a, true) > key(b.from, true)) a.y -= 1;
  } else if (a.y !== undefined && b.from.y === undefined) {
    const span = b.to.off - b.from.off;
    b.from.y = a.y;
    if (key(b.from, true) < key(a, true)) b.from.y += 1;
    b.to.y = b.from.y + span;
    b.from.off = 0;
    b.to.off = 0;
  } else if (a.y === undefined && b.from.y === undefined) {
    // Both ends without a year: a backwards month span wraps into the next year.
    const shift = key(b.from, true) < key(a, true) ? 1 : 0;
    b.to.off += shift;
  }
  if (key(a, true) > key(b.from, true) && !(a.y === undefined && b.from.y === undefined)) return undefined;
  const unit = UNIT_RANK[first.unit] <= UNIT_RANK[second.unit] ? first.unit : second.unit;
  return { from: a, to: b.to, unit };
}

/** A point or a span of two points; `open` is set for `с P1` without an end. */
function parseSpan(toks: readonly PeriodToken[], i: number): Parsed<Span & { open?: boolean }> | undefined {
  const fromMarker = word(toks[i], "с", "c", "начиная");
  if (word(toks[i], "начиная") && word(toks[i + 1], "с", "c")) i += 2;
  else if (fromMarker) i += 1;
  const first = parsePoint(toks, i);
  const sepAt = first ? first.next : i + 1;
  const sep = toks[sepAt];
  const isSep = sep?.t === "dash" || word(sep, "по", "до");
  if (!isSep) {
    if (!first) return undefined;
    return { value: fromMarker ? { ...first.value, open: true } : first.value, next: first.next };
  }
  let j = sepAt + 1;
  if (word(sep, "до", "по") && word(toks[j], "конца", "окончания", "конец")) j += 1;
  const second = parsePoint(toks, j);
  if (!second) return undefined;
  let start = first?.value;
  if (!start) {
    const bare = toks[i];
    if (bare?.t !== "num") return undefined;
    start = bareStart(bare.v, second.value);
    if (!start) return undefined;
  }
  const joined = joinSpans(start, second.value);
  if (!joined) return undefined;
  // «2021-2022 учебный год», «2021-2023 учебные годы»: from 1 September of the first to 31 August of the last.
  if (toks[second.next]?.t === "academic" && start.unit === "year" && second.value.unit === "year") {
    const y1 = joined.from.y as number;
    const y2 = joined.to.y as number;
    if (y2 <= y1) return undefined;
    return { value: { from: { y: y1, off: 0, m: 9, d: 1 }, to: { y: y2, off: 0, m: 8 }, unit: "academic-year" }, next: second.next + 1 };
  }
  return { value: joined, next: second.next };
}

/** Programme years present in the context, ascending. */
function programmeYears(ctx: PeriodContext): number[] {
  const years = Array.isArray(ctx.years) ? ctx.years : [];
  return [...new Set(years.filter(isPlanYear))].sort((x, y) => x - y);
}

/** Start/end of a span placed with `base` as the year of its start (dated spans ignore `base`). */
function placeSpan(span: Span, base: number): { start: string; end: string } | undefined {
  const fy = span.from.y ?? base + span.from.off;
  const ty = span.to.y ?? base + span.to.off;
  const fd = Math.min(span.from.d ?? 1, lastDayOfMonth(fy, span.from.m));
  const td = Math.min(span.to.d ?? 31, lastDayOfMonth(ty, span.to.m));
  if (!isValidDate(fy, span.from.m, fd) || !isValidDate(ty, span.to.m, td)) return undefined;
  const start = isoDate(fy, span.from.m, fd);
  const end = isoDate(ty, span.to.m, td);
  return start <= end ? { start, end } : undefined;
}

/** The months (1–12) a yearless span covers, in order. */
function spanMonths(span: Span): number[] {
  const first = span.from.off * 12 + span.from.m;
  const last = span.to.off * 12 + span.to.m;
  const out: number[] = [];
  for (let k = first; k <= last && out.length < 12; k++) out.push(((k - 1) % 12) + 1);
  return out;
}

function programmeDates(ctx: PeriodContext): { start?: string; end?: string } {
  const years = programmeYears(ctx);
  if (years.length === 0) return {};
  return { start: isoDate(years[0], 1, 1), end: isoDate(years[years.length - 1], 12, 31) };
}

function referenceYear(ctx: PeriodContext): number | undefined {
  return ctx.referenceYear !== undefined && isPlanYear(ctx.referenceYear) ? ctx.referenceYear : undefined;
}

/** A range, or a yearly repetition when a yearless phrase sits in a programme of several years. */
function placeRange(text: string, span: Span, deadline: boolean, ctx: PeriodContext, open = false): Period | undefined {
  const dated = span.from.y !== undefined;
  const ref = referenceYear(ctx);
  const years = programmeYears(ctx);
  const prog = programmeDates(ctx);
  const finish = (dates: { start: string; end: string }): RangePeriod => {
    const start = deadline ? (prog.start !== undefined && prog.start <= dates.end ? prog.start : undefined) : dates.start;
    return { kind: "range", text, unit: span.unit, deadline, start, end: open ? undefined : dates.end };
  };
  if (dated) {
    const dates = placeSpan(span, 0);
    return dates ? finish(dates) : undefined;
  }
  if (open) return undefined;
  const single = ref ?? (years.length === 1 ? years[0] : undefined);
  if (single !== undefined) {
    const dates = placeSpan(span, single);
    return dates ? finish(dates) : undefined;
  }
  if (years.length > 1) return yearly(text, span, deadline, ctx);
  return { kind: "range", text, unit: span.unit, deadline, months: spanMonths(span) };
}

/** «Ежегодно [в сентябре]»: every year, in the months of a yearless span if one is given. */
function yearly(text: string, span: Span | undefined, deadline: boolean, ctx: PeriodContext): RecurringPeriod | undefined {
  const months = span && !deadline ? spanMonths(span) : undefined;
  const base: RecurringPeriod = { kind: "recurring", text, every: "year", ...(months ? { months } : {}) };
  const ref = referenceYear(ctx);
  const years = ref !== undefined ? [ref] : programmeYears(ctx);
  if (years.length === 0) return base;
  if (!span) return { ...base, start: isoDate(years[0], 1, 1), end: isoDate(years[years.length - 1], 12, 31) };
  const first = placeSpan(span, years[0]);
  const last = placeSpan(span, years[years.length - 1]);
  if (!first || !last) return undefined;
  return { ...base, start: deadline ? isoDate(years[0], 1, 1) : first.start, end: last.end };
}

const YEARLY_WORDS = ["ежегодно", "ежегодный", "ежегодная"];

const FREQUENCY_ADVERBS: Readonly<Record<string, PeriodFrequency>> = {
  ежедневно: "day",
  еженедельно: "week",
  ежемесячно: "month",
  ежеквартально: "quarter",
  ежегодно: "year",
};

const COUNT_WORDS: Readonly<Record<string, number>> = {
  один: 1,
  одного: 1,
  два: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
};

/** The unit of «раз в …»/«каждый …». */
function frequencyUnit(tok: PeriodToken | undefined): PeriodFrequency | undefined {
  if (tok === undefined) return undefined;
  if (tok.t === "quarter") return "quarter";
  if (tok.t === "half") return "half-year";
  if (tok.t === "academic") return "academic-year";
  if (tok.t !== "word") return undefined;
  const units: Record<string, PeriodFrequency> = {
    год: "year",
    году: "year",
    полгода: "half-year",
    четверть: "quarter",
    месяц: "month",
    неделю: "week",
    неделя: "week",
    день: "day",
  };
  return units[tok.w];
}

function frequencyDates(ctx: PeriodContext): { start?: string; end?: string } {
  const ref = referenceYear(ctx);
  return ref !== undefined ? { start: isoDate(ref, 1, 1), end: isoDate(ref, 12, 31) } : programmeDates(ctx);
}

/** `Не реже 1 раза в квартал`, `2 раза в год`, `ежеквартально`, `каждый месяц`, `раз в полугодие`. */
function parseFrequency(text: string, toks: readonly PeriodToken[], ctx: PeriodContext): RecurringPeriod | undefined {
  let i = 0;
  let atLeast = false;
  if (word(toks[0], "не") && word(toks[1], "реже", "менее")) {
    atLeast = true;
    i = 2;
  }
  if (toks.length === i + 1 && toks[i].t === "word" && !atLeast) {
    const every = FREQUENCY_ADVERBS[(toks[i] as { w: string }).w];
    return every ? { kind: "recurring", text, every, ...frequencyDates(ctx) } : undefined;
  }
  if (word(toks[i], "каждый", "каждую", "каждое", "каждые") && toks.length === i + 2 && !atLeast) {
    const every = frequencyUnit(toks[i + 1]);
    return every ? { kind: "recurring", text, every, ...frequencyDates(ctx) } : undefined;
  }
  let times = 1;
  const count = toks[i];
  if (count?.t === "num" && count.len > 0 && count.len <= 2) {
    times = count.v;
    i += 1;
  } else if (count?.t === "word" && COUNT_WORDS[count.w] !== undefined) {
    times = COUNT_WORDS[count.w];
    i += 1;
  }
  if (!word(toks[i], "раз", "раза")) return undefined;
  const every = frequencyUnit(toks[i + 1]);
  if (!every || toks.length !== i + 2 || times < 1) return undefined;
  return { kind: "recurring", text, every, times, ...(atLeast ? { atLeast } : {}), ...frequencyDates(ctx) };
}

/** Trailing words of «в течение всего срока реализации программы» that add nothing. */
const PROGRAMME_TAIL = new Set(["реализации", "программы", "дорожной", "карты", "проекта", "плана", "действия"]);

const CONTINUOUS: Readonly<Record<string, PeriodScope>> = {
  постоянно: "always",
  систематически: "always",
  регулярно: "always",
  "течение года": "year",
  "течение всего года": "year",
  "течение календарного года": "year",
  "течение текущего года": "year",
  "весь год": "year",
  круглогодично: "year",
  "течение всего периода": "programme",
  "течение периода": "programme",
  "весь период": "programme",
  "течение всего срока": "programme",
  "течение срока": "programme",
  "весь срок": "programme",
  "протяжении всего периода": "programme",
  "протяжении всего срока": "programme",
  "по мере необходимости": "as-needed",
  "по необходимости": "as-needed",
  "при необходимости": "as-needed",
  "по мере потребности": "as-needed",
};

function parseContinuous(text: string, toks: readonly PeriodToken[], ctx: PeriodContext): ContinuousPeriod | undefined {
  let scope: PeriodScope | undefined;
  const last = toks[toks.length - 1];
  if (last?.t === "academic" && toks.slice(0, -1).every((t) => word(t, "течение", "весь", "всего", "протяжении"))) {
    scope = "academic-year";
  } else {
    if (!toks.every((t) => t.t === "word")) return undefined;
    const words = toks.map((t) => (t as { w: string }).w);
    while (words.length > 1 && PROGRAMME_TAIL.has(words[words.length - 1])) words.pop();
    scope = CONTINUOUS[words.join(" ")];
    // «в течение года реализации программы» is the programme, not one year.
    if (scope === "year" && words.length < toks.length) scope = "programme";
  }
  if (!scope) return undefined;
  const ref = referenceYear(ctx);
  let dates: { start?: string; end?: string } = {};
  if (scope === "year" && ref !== undefined) dates = { start: isoDate(ref, 1, 1), end: isoDate(ref, 12, 31) };
  else if (scope === "academic-year" && ref !== undefined) dates = { start: isoDate(ref, 9, 1), end: isoDate(ref + 1, 8, 31) };
  else dates = programmeDates(ctx);
  return { kind: "continuous", text, scope, ...dates };
}

const DEADLINE_WORDS = ["до", "к", "по"] as const;

/** `до 2021 года`, `до 1 сентября 2021 г.`, `не позднее 01.09.2021`, `к концу 2022 года`, `по 31.12.2021`. */
function parseDeadline(toks: readonly PeriodToken[]): Parsed<Span> | undefined {
  let i: number;
  if (word(toks[0], "не") && word(toks[1], "позднее", "позже")) i = 2;
  else if (word(toks[0], ...DEADLINE_WORDS)) i = 1;
  else return undefined;
  if (word(toks[i], "конца", "концу", "окончания")) i += 1;
  const point = parsePoint(toks, i);
  return point && point.next === toks.length ? point : undefined;
}

/** Leading words that only announce a period: «период с …», «сроки: …», «в течение 2021 года». */
const LEADING = new Set(["период", "сроки", "срок", "течение"]);

function parseTokens(text: string, toks: readonly PeriodToken[], ctx: PeriodContext): Period | undefined {
  if (toks.length === 0 || toks.length > 24) return undefined;
  const continuous = parseContinuous(text, toks, ctx);
  if (continuous) return continuous;
  const frequency = parseFrequency(text, toks, ctx);
  if (frequency) return frequency;

  // «Ежегодно в сентябре», «Сентябрь – октябрь ежегодно», «ежегодно до 1 сентября».
  const yearlyAt = word(toks[0], ...YEARLY_WORDS) ? 0 : word(toks[toks.length - 1], ...YEARLY_WORDS) ? toks.length - 1 : -1;
  if (yearlyAt >= 0) {
    const rest = toks.filter((_, k) => k !== yearlyAt);
    if (rest.length === 0) return yearly(text, undefined, false, ctx);
    const deadline = parseDeadline(rest);
    const span = deadline ?? parseSpan(rest, 0);
    if (!span || span.next !== rest.length || span.value.from.y !== undefined || span.value.to.y !== undefined) return undefined;
    if ("open" in span.value && span.value.open) return undefined;
    return yearly(text, span.value, deadline !== undefined, ctx);
  }

  const body = LEADING.has(toks[0].t === "word" ? toks[0].w : "") ? toks.slice(1) : toks;
  const deadline = parseDeadline(body);
  if (deadline) return placeRange(text, deadline.value, true, ctx);

  const span = parseSpan(body, 0);
  if (!span || span.next !== body.length) return undefined;
  return placeRange(text, span.value, false, ctx, span.value.open === true);
}

/**
 * Reads a Russian plan period as written in roadmaps («Сроки реализации»): months (`апрель`,
 * `апрель - май`, `Сентябрь – октябрь 2021 г.`, `декабрь 2021 года`), dates (`01.09.2021`,
 * `1 сентября 2021 г.`, `с 17 по 27 октября 2017 года`), years and year spans (`2022`, `2021-2023`,
 * `2021- 2023 гг.`, `с 2014 по 2017 годы`), academic years (`2021/2022 учебный год`), quarters and
 * half-years (`I квартал 2022`), deadlines (`до 2021 года`, `до 1 сентября 2021 г.`), repetitions
 * (`Ежегодно в сентябре`, `ежегодно`, `ежеквартально`, `Не реже 1 раза в квартал`, `Не реже двух раз в год`)
 * and continuous activities (`постоянно`, `в течение года`, `в течение всего периода`,
 * `по мере необходимости`). Case, `ё`, every kind of dash and the year words `г.`/`гг.`/`года` do not matter.
 * See the module comment for the semantics of ambiguous phrases. O(length of the text); texts longer
 * than 200 characters are not periods and answer `undefined` at once. Never throws.
 *
 * @param text the cell value; a whole number is read as a year, a `Date` as that calendar day
 * @param context the programme's years and/or the reference year, to place phrases without a year
 * @returns the period, or `undefined` when the text is not a readable period
 * @example parsePeriod("Сентябрь – октябрь 2021 г.")?.end // => "2021-10-31"
 * @example parsePeriod("Ежегодно в сентябре", { years: [2021, 2022, 2023] }) // => { kind: "recurring", every: "year", months: [9], start: "2021-09-01", end: "2023-09-30", … }
 * @example parsePeriod("2021-2019") // => undefined
 */
export function parsePeriod(text: unknown, context: PeriodContext = {}): Period | undefined {
  if (text instanceof Date) {
    if (Number.isNaN(text.getTime())) return undefined;
    const [y, m, d] = [text.getFullYear(), text.getMonth() + 1, text.getDate()];
    if (!isValidDate(y, m, d)) return undefined;
    const day = isoDate(y, m, d);
    return { kind: "range", text: day, unit: "day", deadline: false, start: day, end: day };
  }
  if (typeof text === "number") text = Number.isInteger(text) ? String(text) : undefined;
  if (typeof text !== "string") return undefined;
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.length > MAX_PERIOD_TEXT) return undefined;
  return parseTokens(trimmed, tokenizePeriod(normalizePeriodText(trimmed)), context ?? {});
}
