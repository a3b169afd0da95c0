/**
 * Row builders of the presets: every data row carries every header of its form (null where the source
 * gives nothing), so a preset never leaves a column undefined.
 */
import {
  CYCLE_HEADERS,
  FINANCE_HEADERS,
  PASSPORT_HEADERS,
  PLAN_HEADERS,
  RESPONSIBILITY_FIRST_HEADER,
  RISK_PROFILE_HEADERS,
  TARGETS_HEADERS,
  amountHeader,
  planHeader,
} from "./headers";
import type { PresetRow } from "./types";

type Cell = string | number | null;

/** A section row of a roadmap table, e.g. `1. Организационные механизмы реализации «дорожной карты»`. */
export const section = (text: string): PresetRow => ({ kind: "section", text });

function record(headers: readonly string[], cells: readonly Cell[]): Record<string, Cell> {
  const values: Record<string, Cell> = {};
  headers.forEach((h, i) => (values[h] = cells[i] ?? null));
  return values;
}

/** A `plan` row; status and completion mark are left empty. */
export function planRow(no: string | null, name: string, period: string | null, responsible: string | null, result: string | null): PresetRow {
  return { kind: "row", values: record(PLAN_HEADERS, [no, name, period, responsible, result, null, null]) };
}

/** A `targets` row with planned values by year (`plans[year]`); years without a value are empty. */
export function targetRow(
  years: readonly number[],
  no: string,
  name: string,
  unit: string | null,
  direction: string | null,
  base: number | null,
  baseYear: number | null,
  plans: Readonly<Record<number, number>> = {},
): PresetRow {
  const values = record(TARGETS_HEADERS, [no, name, unit, direction, base, baseYear]);
  for (const y of years) values[planHeader(y)] = plans[y] ?? null;
  return { kind: "row", values };
}

/** A `finance` row with amounts by year (`amounts[year]`); years without an amount are empty. */
export function financeRow(
  years: readonly number[],
  no: string | null,
  name: string,
  executor: string | null,
  source: string | null,
  plannedValue: string | null,
  amounts: Readonly<Record<number, number>> = {},
): PresetRow {
  const values = record(FINANCE_HEADERS.slice(0, 4), [no, name, executor, source]);
  for (const y of years) values[amountHeader(y)] = amounts[y] ?? null;
  values[FINANCE_HEADERS[4]] = plannedValue;
  return { kind: "row", values };
}

/** A `responsibility` row: the activity (or null) and one duty text (or null) per actor column. */
export function responsibilityRow(actors: readonly string[], activity: string | null, duties: readonly (string | null)[]): PresetRow {
  return { kind: "row", values: record([RESPONSIBILITY_FIRST_HEADER, ...actors], [activity, ...duties]) };
}

/** A `cycle` row. */
export function cycleRow(stage: string, content: string | null, responsible: string | null, term: string | null, result: string | null): PresetRow {
  return { kind: "row", values: record(CYCLE_HEADERS, [stage, content, responsible, term, result]) };
}

/** A `risk-profile` row with only the factor filled. */
export const riskRow = (factor: string): PresetRow => ({ kind: "row", values: record(RISK_PROFILE_HEADERS, [factor]) });

/** A `passport` row. */
export const passportRow = (part: string, content: string | null): PresetRow => ({ kind: "row", values: record(PASSPORT_HEADERS, [part, content]) });
