import { percentileInc, sortedNumbers, EduError } from "../../../src/core/shared";

describe("percentileInc (Excel PERCENTILE.INC)", () => {
  // Values checked against Excel/LibreOffice PERCENTILE.INC({1;2;3;4};p) and R quantile(type = 7).
  it.each([
    [0, 1],
    [0.25, 1.75],
    [0.5, 2.5],
    [0.75, 3.25],
    [1, 4],
    [0.1, 1.3],
  ])("P(1..4, %p) = %p", (p, expected) => {
    expect(percentileInc([1, 2, 3, 4], p)).toBeCloseTo(expected, 12);
  });
  it("works with one value and rejects empty input or p outside 0–1", () => {
    expect(percentileInc([7], 0.3)).toBe(7);
    expect(() => percentileInc([], 0.5)).toThrow(EduError);
    expect(() => percentileInc([1, 2], 1.5)).toThrow(EduError);
    expect(() => percentileInc([1, 2], NaN)).toThrow(EduError);
  });
  it("sortedNumbers sorts numerically without touching the input", () => {
    const input = [10, 9, 100, -1];
    expect(Array.from(sortedNumbers(input))).toEqual([-1, 9, 10, 100]);
    expect(input).toEqual([10, 9, 100, -1]);
  });
});
