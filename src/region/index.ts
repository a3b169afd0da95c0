/**
 * The social wellbeing index of a region's schools from consolidated tables, through the core functions.
 */
export { DEFAULT_INDICATORS, TOTAL_HEADER } from "./indicators";
export type { IndicatorSpec } from "./indicators";
export { schoolResults } from "./school_results";
export type { ResultChoice, ResultMeasure, SchoolResults } from "./school_results";
export { regionIndex } from "./region_index";
export type { RegionIndex, RegionIndexOptions, SchoolIndex, IndicatorUse, SwiMethod } from "./region_index";
export { indexPlans, INDEX_HEADERS, INDEX_SHEETS } from "./index_plans";
export type { ArrayFormula, IndexPlans } from "./index_plans";
export { resultsDerived, RISK_LIMIT, STABLY_LOW_YEARS, MARK_THRESHOLD } from "./results_derived";
export type { ResultsDerived, ResultsTable, SchoolDerived, SchoolAssessment } from "./results_derived";
export { resultsPlans, shareColumns, RESULTS_DERIVED } from "./results_plans";
export { consolidatedPlans } from "./consolidated_plans";
export type { ConsolidatedPlans, ConsolidatedPlansOptions } from "./consolidated_plans";
export { contextPlanLayout } from "./context_plan_layout";
export type { ContextPlanLayout, PlanIndicator } from "./context_plan_layout";
