/**
 * 1. Social wellbeing index (functions.md §1): the index itself, groups by its percentiles, the type of a school
 * by context and results, the result expected from the context and the school's value added, and shares.
 */
export { swi } from "./swi";
export { swiGroup } from "./swi_group";
export { quadrant } from "./quadrant";
export { expectedResult } from "./expected_result";
export { valueAdded } from "./value_added";
export { share } from "./share";
