/**
 * The worksheet functions' core, grouped by family (functions.md §1–3). Every function takes host values
 * (a bare value, or a 2-D array for a range; `null`, `undefined` and `""` are empty) and returns a value or
 * a grid, throwing {@link EduError} for whole-function errors and placing it in a cell for per-row errors.
 */

// 1. Social wellbeing index
export * from "./swi";
// 2. Thresholds
export * from "./thresholds";
// 3. Target indicators
export * from "./targets";

export { CATALOG, functionSpec } from "./catalog";
export type { FunctionSpec, ParamSpec, Family } from "./catalog";
export * from "./shared";
