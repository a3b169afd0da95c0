import { percentRankColumn } from "../../../src/core/swi/percent_rank";

describe("percentRankColumn", () => {
  test("average ranks for ties, smallest 0, largest 1", () => {
    const d = Float64Array.from([10, 30, 30, 50]);
    percentRankColumn(d, 1, 0, 4);
    expect(Array.from(d)).toEqual([0, 0.5, 0.5, 1]);
  });

  test("one column of a row-major block; missing values stay missing, other columns untouched", () => {
    // 3 rows × 2 columns; column 1 = 5, NaN, 1
    const d = Float64Array.from([7, 5, 8, NaN, 9, 1]);
    percentRankColumn(d, 2, 1, 2);
    expect(Array.from(d)).toEqual([7, 1, 8, NaN, 9, 0]);
  });

  test("all tied but one", () => {
    const d = Float64Array.from([2, 2, 2, 1]);
    percentRankColumn(d, 1, 0, 4);
    expect(Array.from(d)).toEqual([2 / 3, 2 / 3, 2 / 3, 0]);
  });

  test("negative zero equals zero", () => {
    const d = Float64Array.from([-0, 0, 1]);
    percentRankColumn(d, 1, 0, 3);
    expect(Array.from(d)).toEqual([0.25, 0.25, 1]);
  });
});
