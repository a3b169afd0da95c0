import { progress } from "../../../src/core/targets";
import { expectEduError, expectErrorCell, fuzz } from "../helpers";

describe("progress", () => {
  it("matches the acceptance examples", () => {
    expect(progress(80, 25, 100)).toBeCloseTo(0.7333, 4);
    // Yartsevo, indicator 4.1: share of schools with persistently low results, base 15, plan 0
    expect(progress(5, 15, 0)).toBeCloseTo(0.6667, 4);
  });

  it("exceeds 1 beyond the plan and is negative against it, unless capped", () => {
    expect(progress(120, 25, 100)).toBeCloseTo(95 / 75, 12);
    expect(progress(20, 25, 100)).toBeCloseTo(-5 / 75, 12);
    expect(progress(120, 25, 100, 1)).toBe(1);
    expect(progress(-1, 15, 0, 1)).toBe(1);
  });

  it("reaches exactly 0 at the base and 1 at the plan", () => {
    expect(progress(25, 25, 100)).toBe(0);
    expect(progress(0, 15, 0)).toBe(1);
  });

  it("answers 1 on or beyond the plan and 0 short of it when plan = base", () => {
    expect(progress(100, 100, 100)).toBe(1);
    expect(progress(110, 100, 100)).toBe(1);
    expect(progress(90, 100, 100)).toBe(0);
    expect(progress(0, 0, 0)).toBe(1);
    expect(progress(100, 100, 100, 0.5)).toBe(0.5);
  });

  it("answers #N/A for missing numbers and #NUM! for a non-positive cap", () => {
    expectEduError(() => progress(null, 15, 0), "na", /факт/);
    expectEduError(() => progress(5, null, 0), "na", /база/);
    expectEduError(() => progress(5, 15, null), "na", /план/);
    expectEduError(() => progress(5, 15, 0, -1), "num", /предел/);
    expectEduError(() => progress(5, 15, "ноль"), "value");
  });

  it("works element-wise with a shared base and plan", () => {
    const out = progress([[25], [62.5], [100], [""]], 25, 100) as unknown[][];
    expect(out.slice(0, 3)).toEqual([[0], [0.5], [1]]);
    expectErrorCell(out[3][0], "na");
  });

  it("never answers Infinity or NaN", () => {
    expectEduError(() => progress(1e308, -1e308, 1e308), "num");
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(progress as (...a: unknown[]) => unknown, 4);
  });
});
