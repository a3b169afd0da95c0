/**
 * Excel custom functions (namespace EDU; ОБР in Russian Excel). Each is a thin wrapper: the JSDoc below is read
 * by CustomFunctionsMetadataPlugin to generate functions.json (and, through it, the Russian twin), and the body
 * hands Excel's arguments to the core in src/core and converts the answer back.
 *
 * Every parameter is `any` or `any[][]` rather than `number`, so that numbers typed as text ("12,5") and empty
 * cells reach the core, which reads them the way functions.md says, instead of Excel rejecting them with a bare #VALUE!.
 */
import * as core from "../src/core";
import { callForExcel } from "./excel_adapter";

/**
 * Social Wellbeing Index of each school (row) from its contextual indicators (columns). Higher is more favourable.
 * @customfunction SWI SWI
 * @helpurl https://localhost:3000/help.html#swi
 * @param indicators N×K range: rows are schools, columns are indicators (shares of students in each category).
 * @param directions 1×K directions: "+" when a higher value means better wellbeing, "-" when it means worse. Default: all "-".
 * @param weights 1×K non-negative weights. Default: all 1.
 * @param method Normalization: "z" (default), "minmax" or "rank".
 * @param min_coverage Share of the total weight a school must have present (0–1, default 0.5); otherwise #N/A.
 * @returns A column aligned with the input rows.
 */
export function swi(indicators: any[][], directions?: any[][], weights?: any[][], method?: any, min_coverage?: any): any[][] {
  return callForExcel(core.swi, [indicators, directions, weights, method, min_coverage]);
}

/**
 * Group number of each value by percentile cut-offs (default quartiles; 1 = least favourable).
 * @customfunction SWI_GROUP SWI_GROUP
 * @helpurl https://localhost:3000/help.html#swi_group
 * @param values Column of values (usually the SWI).
 * @param cutoffs Percentile levels, ascending. Default {0.25, 0.5, 0.75}.
 * @param labels Group labels, one more than cut-offs.
 * @returns A column aligned with the input rows.
 */
export function swiGroup(values: any[][], cutoffs?: any[][], labels?: any[][]): any[][] {
  return callForExcel(core.swiGroup, [values, cutoffs, labels]);
}

/**
 * School type by social context and results: low results and unfavourable conditions, resilient, unfavourable conditions, low results.
 * @customfunction QUADRANT QUADRANT
 * @helpurl https://localhost:3000/help.html#quadrant
 * @param swi Column of SWI values.
 * @param results Column of results of the same schools.
 * @param low_swi Percentile level of a low SWI. Default 0.25.
 * @param low_result Percentile level of low results. Default 0.25.
 * @param high_result Percentile level of high results. Default 0.75.
 * @returns A column aligned with the input rows.
 */
export function quadrant(swi: any[][], results: any[][], low_swi?: any, low_result?: any, high_result?: any): any[][] {
  return callForExcel(core.quadrant, [swi, results, low_swi, low_result, high_result]);
}

/**
 * Result expected from the school's social context (least-squares line of results on SWI).
 * @customfunction EXPECTED_RESULT EXPECTED_RESULT
 * @helpurl https://localhost:3000/help.html#expected_result
 * @param results Column of results.
 * @param swi Column of SWI values of the same schools.
 * @returns A column aligned with the input rows.
 */
export function expectedResult(results: any[][], swi: any[][]): any[][] {
  return callForExcel(core.expectedResult, [results, swi]);
}

/**
 * Actual result minus the result expected from the social context.
 * @customfunction VALUE_ADDED VALUE_ADDED
 * @helpurl https://localhost:3000/help.html#value_added
 * @param results Column of results.
 * @param swi Column of SWI values of the same schools.
 * @returns A column aligned with the input rows.
 */
export function valueAdded(results: any[][], swi: any[][]): any[][] {
  return callForExcel(core.valueAdded, [results, swi]);
}

/**
 * Part divided by total (format as %); element-wise for ranges.
 * @customfunction SHARE SHARE
 * @helpurl https://localhost:3000/help.html#share
 * @param part Part: a number or a range.
 * @param total Total: a number or a range of the same size.
 * @returns The result; a range of results for ranges.
 */
export function share(part: any[][], total: any[][]): any[][] {
  return callForExcel(core.share, [part, total]);
}

/**
 * TRUE if the value is below the threshold (a value equal to the threshold passes).
 * @customfunction BELOW BELOW
 * @helpurl https://localhost:3000/help.html#below
 * @param value Score or range of scores.
 * @param threshold Minimum score.
 * @returns The result; a range of results for ranges.
 */
export function below(value: any[][], threshold: any[][]): any[][] {
  return callForExcel(core.below, [value, threshold]);
}

/**
 * Below the threshold, in the risk zone, or above it.
 * @customfunction THRESHOLD_STATUS THRESHOLD_STATUS
 * @helpurl https://localhost:3000/help.html#threshold_status
 * @param value Score or range of scores.
 * @param threshold Minimum score.
 * @param risk_margin Width of the risk zone above the threshold. Default 0.
 * @returns The result; a range of results for ranges.
 */
export function thresholdStatus(value: any[][], threshold: any[][], risk_margin?: any[][]): any[][] {
  return callForExcel(core.thresholdStatus, [value, threshold, risk_margin]);
}

/**
 * Share of present values strictly below the threshold.
 * @customfunction SHARE_BELOW SHARE_BELOW
 * @helpurl https://localhost:3000/help.html#share_below
 * @param values Range of scores.
 * @param threshold Minimum score.
 * @returns The result; a range of results for ranges.
 */
export function shareBelow(values: any[][], threshold: any): any[][] {
  return callForExcel(core.shareBelow, [values, threshold]);
}

/**
 * Official minimum USE (ЕГЭ) score for a subject, for the school certificate or university admission.
 * @customfunction MIN_SCORE MIN_SCORE
 * @helpurl https://localhost:3000/help.html#min_score
 * @param subject Subject name, e.g. "обществознание" (or a range of names).
 * @param year Exam year. Default: the latest year in the table.
 * @param purpose "аттестат" (default) or "вуз".
 * @returns The result; a range of results for ranges.
 */
export function minScore(subject: any[][], year?: any[][], purpose?: any[][]): any[][] {
  return callForExcel(core.minScore, [subject, year, purpose]);
}

/**
 * TRUE if each of the last years' values is below the threshold (stably low results).
 * @customfunction STABLY_LOW STABLY_LOW
 * @helpurl https://localhost:3000/help.html#stably_low
 * @param values_by_year Values by year in chronological order, or a block of schools × years.
 * @param threshold Threshold.
 * @param years How many last years to check. Default 3.
 * @returns The result; a range of results for ranges.
 */
export function stablyLow(values_by_year: any[][], threshold: any, years?: any): any[][] {
  return callForExcel(core.stablyLow, [values_by_year, threshold, years]);
}

/**
 * TRUE for values in the worst share of the distribution.
 * @customfunction BOTTOM_SHARE BOTTOM_SHARE
 * @helpurl https://localhost:3000/help.html#bottom_share
 * @param values Column of values.
 * @param share Share between 0 and 1, e.g. 0.15.
 * @param direction "up" if higher is better (default) or "down".
 * @returns A column aligned with the input rows.
 */
export function bottomShare(values: any[][], share: any, direction?: any): any[][] {
  return callForExcel(core.bottomShare, [values, share, direction]);
}

/**
 * Rosobrnadzor risk indicator: shares of participants below the minimum threshold at or above 30%.
 * @customfunction RISK_30 RISK_30
 * @helpurl https://localhost:3000/help.html#risk_30
 * @param shares Procedures × years block of shares below the threshold (last column = current year).
 * @param limit Share limit. Default 0.3.
 * @param mode "или" (either condition, default) or "и" (both).
 * @returns The result; a range of results for ranges.
 */
export function risk30(shares: any[][], limit?: any, mode?: any): any[][] {
  return callForExcel(core.risk30, [shares, limit, mode]);
}

/**
 * Absolute change: fact minus base.
 * @customfunction DELTA DELTA
 * @helpurl https://localhost:3000/help.html#delta
 * @param fact Actual value.
 * @param base Base value.
 * @returns The result; a range of results for ranges.
 */
export function delta(fact: any[][], base: any[][]): any[][] {
  return callForExcel(core.delta, [fact, base]);
}

/**
 * Relative change: (fact − base) / |base|.
 * @customfunction DELTA_PCT DELTA_PCT
 * @helpurl https://localhost:3000/help.html#delta_pct
 * @param fact Actual value.
 * @param base Base value.
 * @returns The result; a range of results for ranges.
 */
export function deltaPct(fact: any[][], base: any[][]): any[][] {
  return callForExcel(core.deltaPct, [fact, base]);
}

/**
 * What remains to reach the target; positive while short of it.
 * @customfunction GAP GAP
 * @helpurl https://localhost:3000/help.html#gap
 * @param fact Actual value.
 * @param plan Planned value.
 * @param direction "up" (default) or "down".
 * @returns The result; a range of results for ranges.
 */
export function gap(fact: any[][], plan: any[][], direction?: any[][]): any[][] {
  return callForExcel(core.gap, [fact, plan, direction]);
}

/**
 * Degree of achievement of a planned value: fact/plan (up) or plan/fact (down), optionally capped.
 * @customfunction ACHIEVEMENT ACHIEVEMENT
 * @helpurl https://localhost:3000/help.html#achievement
 * @param fact Actual value.
 * @param plan Planned value.
 * @param direction "up" (default) or "down".
 * @param cap Upper bound of the result, e.g. 1 or 1.3.
 * @returns The result; a range of results for ranges.
 */
export function achievement(fact: any[][], plan: any[][], direction?: any[][], cap?: any[][]): any[][] {
  return callForExcel(core.achievement, [fact, plan, direction, cap]);
}

/**
 * Share of the planned change actually made: (fact − base) / (plan − base).
 * @customfunction PROGRESS PROGRESS
 * @helpurl https://localhost:3000/help.html#progress
 * @param fact Actual value.
 * @param base Base value.
 * @param plan Planned value.
 * @param cap Upper bound of the result.
 * @returns The result; a range of results for ranges.
 */
export function progress(fact: any[][], base: any[][], plan: any[][], cap?: any[][]): any[][] {
  return callForExcel(core.progress, [fact, base, plan, cap]);
}

/**
 * Target reached, exceeded, not reached, or no data.
 * @customfunction TARGET_STATUS TARGET_STATUS
 * @helpurl https://localhost:3000/help.html#target_status
 * @param fact Actual value.
 * @param plan Planned value.
 * @param direction "up" (default) or "down".
 * @param tolerance Absolute tolerance. Default 0.
 * @returns The result; a range of results for ranges.
 */
export function targetStatus(fact: any[][], plan: any[][], direction?: any[][], tolerance?: any[][]): any[][] {
  return callForExcel(core.targetStatus, [fact, plan, direction, tolerance]);
}

/**
 * Degree of implementation of a programme: mean of the degrees of achievement, each capped.
 * @customfunction PROGRAM_DEGREE PROGRAM_DEGREE
 * @helpurl https://localhost:3000/help.html#program_degree
 * @param degrees Range of degrees of achievement.
 * @param cap Cap of each degree. Default 1.
 * @returns The result; a range of results for ranges.
 */
export function programDegree(degrees: any[][], cap?: any): any[][] {
  return callForExcel(core.programDegree, [degrees, cap]);
}

/**
 * Effectiveness rating: high (≥ 0.90), medium (≥ 0.80), satisfactory (≥ 0.70) or unsatisfactory.
 * @customfunction EFFECTIVENESS EFFECTIVENESS
 * @helpurl https://localhost:3000/help.html#effectiveness
 * @param value Degree of implementation or effectiveness.
 * @param thresholds Three descending thresholds replacing 0.90, 0.80, 0.70.
 * @returns The result; a range of results for ranges.
 */
export function effectiveness(value: any[][], thresholds?: any[][]): any[][] {
  return callForExcel(core.effectiveness, [value, thresholds]);
}

/**
 * Planned value for an intermediate year on the straight line from the base to the target.
 * @customfunction PLAN_VALUE PLAN_VALUE
 * @helpurl https://localhost:3000/help.html#plan_value
 * @param base_year Year of the base value.
 * @param base Base value.
 * @param target_year Year of the target value.
 * @param target Target value.
 * @param year Year to plan for.
 * @returns The result; a range of results for ranges.
 */
export function planValue(base_year: any[][], base: any[][], target_year: any[][], target: any[][], year: any[][]): any[][] {
  return callForExcel(core.planValue, [base_year, base, target_year, target, year]);
}
