/**
 * The demonstration: a synthetic region whose files carry the mistakes schools really make.
 */
export { seededRandom } from "./random";
export type { Random } from "./random";
export { demoRegionData } from "./demo_region";
export type { DemoRegionData, DemoSchool, DemoResultRow, DemoLocality } from "./demo_region";
export { demoSet, DEMO_FOLDERS } from "./demo_set";
export type { DemoSet, DemoFile, PlantedMistake, MistakeExpectation } from "./demo_set";
