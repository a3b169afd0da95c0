import { stablyLow } from "../../../src/core/thresholds";
import { expectEduError, expectErrorCell, fuzz } from "../helpers";

describe("stablyLow", () => {
  it("flags Yartsevo school No 6, biology 2015–2017 against the minimum 36 (acceptance)", () => {
    expect(stablyLow([[32, 25, 29.5]], 36)).toBe(true);
    expect(stablyLow([32, 25, 29.5], 36)).toBe(true);
  });

  it("reads a column of years the same way", () => {
    expect(stablyLow([[32], [25], [29.5]], 36)).toBe(true);
  });

  it("is FALSE if any of the last years reached the threshold (equal passes)", () => {
    expect(stablyLow([[32, 36, 29.5]], 36)).toBe(false);
    expect(stablyLow([[32, 25, 40]], 36)).toBe(false);
  });

  it("looks only at the last `years` present values, skipping empty years", () => {
    // 50 is four present values back, outside the default 3 years.
    expect(stablyLow([[50, 30, null, 31, 32]], 36)).toBe(true);
    expect(stablyLow([[50, 30, 31, 32]], 36, 4)).toBe(false);
    expect(stablyLow([[50, 30]], 36, 1)).toBe(true);
  });

  it("answers #N/A with fewer than `years` present values", () => {
    expectEduError(() => stablyLow([[30, null, 31]], 36), "na", /не меньше 3/);
    expectEduError(() => stablyLow([[30, 31, 32]], 36, 4), "na");
  });

  it("spills one answer per school for a block of schools × years", () => {
    const out = stablyLow(
      [
        [32, 25, 29.5],
        [40, 41, 42],
        [30, null, 31],
        [20, 30, 36],
      ],
      36,
    ) as unknown[][];
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual([true]);
    expect(out[1]).toEqual([false]);
    expectErrorCell(out[2][0], "na");
    expect(out[3]).toEqual([false]);
  });

  it("validates threshold and years", () => {
    expectEduError(() => stablyLow([[1, 2, 3]], null), "na", /порог/);
    expectEduError(() => stablyLow([[1, 2, 3]], "x"), "value");
    expectEduError(() => stablyLow([[1, 2, 3]], [[1, 2]]), "value");
    expectEduError(() => stablyLow([[1, 2, 3]], 36, 0), "num", /лет/);
    expectEduError(() => stablyLow([[1, 2, 3]], 36, 2.5), "num");
    expectEduError(() => stablyLow([[1, 2], [3]], 36), "value");
  });

  it("handles 100,000 schools", () => {
    const block = Array.from({ length: 100_000 }, (_, i) => [i, 1, i % 2 === 0 ? 1 : 99]);
    const out = stablyLow(block, 36) as unknown[][];
    expect(out).toHaveLength(100_000);
    expect(out[0][0]).toBe(true);
    expect(out[1][0]).toBe(false);
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(stablyLow as (...a: unknown[]) => unknown, 3);
  });
});
