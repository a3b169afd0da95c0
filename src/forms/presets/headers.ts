/**
 * The header texts the presets key their rows by, taken from the form specs (the one place they are written),
 * in the order of the sheet. Year columns (`План <год>`, `Объём средств <год>, руб.`) are named by the specs'
 * header templates.
 */
import type { FormSpec } from "../types";
import { CYCLE, FINANCE, PASSPORT, PLAN, RESPONSIBILITY, RISK_PROFILE, TARGETS } from "../specs";

function column(spec: FormSpec, key: string) {
  const c = spec.columns.find((col) => col.key === key);
  if (!c) throw new Error(`форма ${spec.id}: нет столбца ${key}`);
  return c;
}

/** The headers a person types into: not computed, not repeated per year or actor. */
const typedHeaders = (spec: FormSpec): readonly string[] => spec.columns.filter((c) => !c.derived && !c.repeat).map((c) => c.header);

/** Canonical values of an enum column. */
function enumValues(spec: FormSpec, key: string): readonly string[] {
  const e = column(spec, key).enum;
  if (!e) throw new Error(`форма ${spec.id}: столбец ${key} не перечисление`);
  return e.values.map((v) => v.value);
}

/** Headers of the `plan` form. */
export const PLAN_HEADERS = typedHeaders(PLAN);

/** Headers of the `targets` form before its year columns (the derived Факт/Отклонение/… columns are not preset). */
export const TARGETS_HEADERS = typedHeaders(TARGETS);

/** Headers of the `finance` form besides its year columns. */
export const FINANCE_HEADERS = typedHeaders(FINANCE);

/** First header of the `responsibility` form; the actor columns follow. */
export const RESPONSIBILITY_FIRST_HEADER = column(RESPONSIBILITY, "activity").header;

/** Headers of the `cycle` form. */
export const CYCLE_HEADERS = typedHeaders(CYCLE);

/** Headers of the `risk-profile` form. */
export const RISK_PROFILE_HEADERS = typedHeaders(RISK_PROFILE);

/** Headers of the `passport` form. */
export const PASSPORT_HEADERS = typedHeaders(PASSPORT);

/** Units of the `targets` form. */
export const TARGET_UNITS = enumValues(TARGETS, "unit");

/** Directions of the `targets` form. */
export const TARGET_DIRECTIONS = enumValues(TARGETS, "direction");

/** Sources of financing of the `finance` form. */
export const FINANCE_SOURCES = enumValues(FINANCE, "source");

/** `План 2021`: the planned-value column of a year in the `targets` form. */
export const planHeader = (year: number): string => column(TARGETS, "plan").header.replace("{year}", String(year));

/** `Объём средств 2021, руб.`: the amount column of a year in the `finance` form. */
export const amountHeader = (year: number): string => column(FINANCE, "amount").header.replace("{year}", String(year));
