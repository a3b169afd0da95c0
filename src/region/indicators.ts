/**
 * The default indicators of the social wellbeing index (forms.md, form `context`): the share of each category of
 * students in `Численность обучающихся`; direction `+` for parents with higher education (more is more favourable),
 * `-` for every other category; equal weights.
 */
import { CONTEXT } from "../forms/specs/context";

/** One indicator: the category column whose share in the total is taken, its direction and weight. */
export interface IndicatorSpec {
  /** header of the category column of the `context` form */
  header: string;
  /** `+`: a higher share is more favourable; `-`: a higher share is less favourable */
  direction: "+" | "-";
  weight: number;
}

/** Header of the total every share is taken of. */
export const TOTAL_HEADER: string = CONTEXT.columns.find((c) => c.key === "students")?.header ?? "Численность обучающихся";
/** Key of the one category counted as favourable. */
const FAVOURABLE = "higherEd";

/** The default indicators, in the order of the form's columns. */
export const DEFAULT_INDICATORS: readonly IndicatorSpec[] = CONTEXT.columns
  .filter((c) => c.rules?.some((r) => r.kind === "lte" && r.column === "students"))
  .map((c) => ({ header: c.header, direction: c.key === FAVOURABLE ? "+" : "-", weight: 1 }));
