/**
 * 100,000-row ranges: every function answers in one call with a result of the right shape
 * (a spilled column aligned with the rows, or one value), never a per-row re-read of the range.
 */
import { CATALOG, EduError } from "../../src/core";

const N = 100_000;

/** A column of mostly numbers with the blanks, text numbers and junk of a real region's file. */
function column(seed: number, scale: number): unknown[][] {
  const out: unknown[][] = new Array(N);
  let x = seed;
  for (let i = 0; i < N; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const r = x / 2147483648;
    out[i] = [i % 997 === 0 ? null : i % 991 === 0 ? "н/д" : i % 89 === 0 ? String(r * scale).replace(".", ",") : r * scale];
  }
  return out;
}
const block = (k: number) => {
  const cols = Array.from({ length: k }, (_, j) => column(j + 1, 100));
  return cols[0].map((_, i) => cols.map((c) => c[i][0]));
};

/** Arguments for a 100,000-row call of each function; single-value parameters get ordinary values. */
const ARGS: Record<string, unknown[]> = {
  SWI: [block(12), null, null, "z"],
  SWI_GROUP: [column(1, 1)],
  QUADRANT: [column(1, 1), column(2, 100)],
  EXPECTED_RESULT: [column(2, 100), column(1, 1)],
  VALUE_ADDED: [column(2, 100), column(1, 1)],
  SHARE: [column(3, 50), 100],
  BELOW: [column(4, 100), 36],
  THRESHOLD_STATUS: [column(4, 100), 36, 5],
  SHARE_BELOW: [column(4, 100), 36],
  MIN_SCORE: [Array.from({ length: N }, (_, i) => [i % 2 ? "физика" : "Русский язык"]), 2025, "вуз"],
  STABLY_LOW: [block(4), 36],
  BOTTOM_SHARE: [column(5, 100), 0.15],
  RISK_30: [block(3), 30], // shares in percent, with the limit in percent too
  DELTA: [column(6, 100), column(7, 100)],
  DELTA_PCT: [column(6, 100), column(7, 100)],
  GAP: [column(6, 100), column(7, 100), "down"],
  ACHIEVEMENT: [column(6, 100), column(7, 100), "up", 1],
  PROGRESS: [column(6, 100), 0, column(7, 100)],
  TARGET_STATUS: [column(6, 100), column(7, 100)],
  PROGRAM_DEGREE: [column(8, 1.3)],
  EFFECTIVENESS: [column(8, 1.3)],
  PLAN_VALUE: [2020, 10, 2030, 50, Array.from({ length: N }, (_, i) => [2020 + (i % 11)])],
};

describe.each(CATALOG.map((f) => [f.id, f] as const))("%s on 100,000 rows", (id, spec) => {
  it("answers in one call with a result of the expected shape", () => {
    const args = ARGS[id];
    expect(args).toBeDefined();
    const result = spec.impl(...args);
    if (spec.shape === "single") {
      expect(Array.isArray(result)).toBe(false);
      return;
    }
    expect(Array.isArray(result)).toBe(true);
    const grid = result as unknown[][];
    expect(grid).toHaveLength(N);
    expect(grid.every((row) => row.length === 1)).toBe(true);
    // Some rows compute: a result made only of errors would hide a broken function.
    expect(grid.some((row) => !(row[0] instanceof EduError))).toBe(true);
  });
});
