/**
 * 3. Target indicators (functions.md §3, methodology.md §4): changes against the base, the distance to
 * the plan, degrees of achievement and implementation, the effectiveness scale and yearly plans.
 */

// Change against the base
export { delta } from "./delta";
export { deltaPct } from "./delta_pct";

// Against the plan
export { gap } from "./gap";
export { achievement } from "./achievement";
export { progress } from "./progress";
export { targetStatus } from "./target_status";

// Programme as a whole
export { programDegree } from "./program_degree";
export { effectiveness } from "./effectiveness";

// Plans by year
export { planValue } from "./plan_value";
