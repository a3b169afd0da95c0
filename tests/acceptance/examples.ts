/**
 * The acceptance examples of functions.md as data, so that each host (the core, the built Excel bundle,
 * the Apps Script bundle, the formula engine) is held to the same table.
 * Arguments are what the user writes: a number, text, a row `[[a, b]]` or a column `[[a], [b]]`;
 * `undefined` is an omitted argument.
 */
export type Expected = number | string | boolean | { error: "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" } | Expected[];

export interface AcceptanceExample {
  id: string;
  args: unknown[];
  /** A scalar for a single answer, an array for a spilled column (top to bottom). */
  expected: Expected;
  source: string;
}

/** functions.md §1, worked example: % low-income, % single-parent, % parents with higher education. */
export const SWI_EXAMPLE = [
  [10, 20, 60],
  [30, 35, 25],
  [20, 25, 40],
  [50, 40, 15],
  [15, 22, 55],
];
export const SWI_DIRECTIONS = [["-", "-", "+"]];

export const ACCEPTANCE: AcceptanceExample[] = [
  { id: "SWI", args: [SWI_EXAMPLE, SWI_DIRECTIONS], expected: [1.004, -0.6024, 0.2534, -1.39, 0.7349], source: "SWI z" },
  { id: "SWI", args: [SWI_EXAMPLE, SWI_DIRECTIONS, undefined, "minmax"], expected: [1, 0.3241, 0.6852, 0, 0.888], source: "SWI minmax" },
  { id: "SWI", args: [SWI_EXAMPLE, SWI_DIRECTIONS, undefined, "rank"], expected: [1, 0.25, 0.5, 0, 0.75], source: "SWI rank" },
  { id: "ACHIEVEMENT", args: [80, 100], expected: 0.8, source: "ACHIEVEMENT(80; 100)" },
  { id: "ACHIEVEMENT", args: [18, 16, "down"], expected: 0.8889, source: 'ACHIEVEMENT(18; 16; "down")' },
  { id: "ACHIEVEMENT", args: [9.5, 9, undefined, 1], expected: 1, source: "ACHIEVEMENT(9,5; 9; ; 1)" },
  { id: "PROGRESS", args: [80, 25, 100], expected: 0.7333, source: "PROGRESS(80; 25; 100)" },
  { id: "PROGRESS", args: [5, 15, 0], expected: 0.6667, source: "PROGRESS(5; 15; 0)" },
  { id: "ACHIEVEMENT", args: [5, 0, "down"], expected: { error: "#DIV/0!" }, source: 'ACHIEVEMENT(5; 0; "down")' },
  { id: "PROGRAM_DEGREE", args: [[[0.968], [1.25], [0.75]]], expected: 0.906, source: "PROGRAM_DEGREE({0,968; 1,25; 0,75})" },
  { id: "EFFECTIVENESS", args: [0.858], expected: "средняя", source: "EFFECTIVENESS(0,858)" },
  { id: "MIN_SCORE", args: ["обществознание", 2025], expected: 42, source: 'MIN_SCORE("обществознание"; 2025)' },
  { id: "MIN_SCORE", args: ["русский язык", 2025, "вуз"], expected: 36, source: 'MIN_SCORE("русский язык"; 2025; "вуз")' },
  { id: "BELOW", args: [27, 27], expected: false, source: "BELOW(27; 27)" },
  { id: "SHARE", args: [30, 0], expected: { error: "#DIV/0!" }, source: "SHARE(30; 0)" },
  { id: "SHARE", args: [31, 30], expected: { error: "#NUM!" }, source: "SHARE(31; 30)" },
  { id: "STABLY_LOW", args: [[[32, 25, 29.5]], 36], expected: true, source: "STABLY_LOW({32\\25\\29,5}; 36)" },
  { id: "PLAN_VALUE", args: [2018, 25, 2021, 100, 2020], expected: 75, source: "PLAN_VALUE(2018; 25; 2021; 100; 2020)" },
];

/** Compares a host's answer, already reduced to plain values and `{ error }` objects, with the expectation. */
export function matches(actual: unknown, expected: Expected, tolerance = 1e-4): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e, tolerance));
  }
  if (typeof expected === "number") return typeof actual === "number" && Math.abs(actual - expected) <= tolerance;
  if (typeof expected === "object") return typeof actual === "object" && actual !== null && (actual as { error?: string }).error === expected.error;
  return actual === expected;
}
