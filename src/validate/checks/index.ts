/**
 * The checks by rule kind: the validator and the plan builder look rules up here, so a rule kind has exactly
 * one JS check and at most one native formula.
 */
import type { Check } from "./check_types";
import type { EffectiveRuleKind } from "../../forms/effective_rules";
import { requiredCheck } from "./required";
import { emptyCheck } from "./empty";
import { typeCheck } from "./type";
import { enumCheck } from "./enum";
import { patternCheck } from "./pattern";
import { rangeCheck } from "./range";
import { partExceedsTotalCheck } from "./part_exceeds_total";
import { uniqueCheck } from "./unique";
import { referenceCheck } from "./reference";
import { periodCheck } from "./period";
import { numberingCheck } from "./numbering";
import { shareOutlierCheck } from "./share_outlier";
import { changeOutlierCheck } from "./change_outlier";
import { overdueCheck } from "./overdue";

export type { Check, CheckEnv, RowView, Cell, NativeEnv, NativeCheck, NativeItem, DvPart, PreparedCheck } from "./check_types";

/** Every check, keyed by the rule kind it implements. */
export const CHECKS: Readonly<Record<EffectiveRuleKind, Check<any>>> = {
  required: requiredCheck,
  empty: emptyCheck,
  type: typeCheck,
  enum: enumCheck,
  pattern: patternCheck,
  range: rangeCheck,
  lte: partExceedsTotalCheck,
  unique: uniqueCheck,
  reference: referenceCheck,
  period: periodCheck,
  numbering: numberingCheck,
  "share-outlier": shareOutlierCheck,
  "change-outlier": changeOutlierCheck,
  overdue: overdueCheck,
};

/** Codes each rule kind may yield (docs, tests). */
export const CODES_BY_KIND: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(CHECKS).map(([k, c]) => [k, c.codes]),
);
