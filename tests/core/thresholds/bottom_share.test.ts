import { bottomShare } from "../../../src/core/thresholds";
import { expectEduError, expectErrorCell, fuzz } from "../helpers";

describe("bottomShare", () => {
  const column = [[10], [50], [20], [40], [30]];

  it("flags values at or below P(values, share) when higher is better", () => {
    // PERCENTILE.INC({10..50}; 0,25) = 20
    expect(bottomShare(column, 0.25)).toEqual([[true], [false], [true], [false], [false]]);
  });

  it("flags values at or above P(values, 1 − share) when lower is better", () => {
    // PERCENTILE.INC(...; 0,75) = 40
    expect(bottomShare(column, 0.25, "снижение")).toEqual([[false], [true], [false], [true], [false]]);
    expect(bottomShare(column, 0.25, "down")).toEqual(bottomShare(column, 0.25, -1));
  });

  it("interpolates like PERCENTILE.INC: the lowest 15% of 5 schools", () => {
    // P = 10 + 0,6·(20 − 10) = 16 → only 10 qualifies
    expect(bottomShare(column, 0.15)).toEqual([[true], [false], [false], [false], [false]]);
  });

  it("keeps the input layout: a row gives a row", () => {
    expect(bottomShare([[10, 50, 20, 40, 30]], 0.25)).toEqual([[true, false, true, false, false]]);
  });

  it("includes ties with the cut-off", () => {
    expect(bottomShare([[1], [1], [1], [5]], 0.1)).toEqual([[true], [true], [true], [false]]);
  });

  it("marks a missing value #N/A in its own row; the percentile uses the present values", () => {
    const out = bottomShare([[10], [null], [20], ["н/д"], [30]], 0.5) as unknown[][];
    expect(out[0][0]).toBe(true);
    expectErrorCell(out[1][0], "na");
    expect(out[2][0]).toBe(true);
    expectErrorCell(out[3][0], "na");
    expect(out[4][0]).toBe(false);
  });

  it("checks its arguments", () => {
    expectEduError(() => bottomShare(column, 1.5), "num", /от 0 до 1/);
    expectEduError(() => bottomShare(column, -0.1), "num");
    expectEduError(() => bottomShare(column, null), "na", /доля/);
    expectEduError(() => bottomShare(column, "много"), "value");
    expectEduError(() => bottomShare(column, 0.2, "вбок"), "value", /направление/);
    expectEduError(() => bottomShare([[1, 2], [3, 4]], 0.2), "value", /одной строкой или одним столбцом/);
    expectEduError(() => bottomShare([[null], [""]], 0.2), "na", /нет данных/);
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(bottomShare as (...a: unknown[]) => unknown, 3);
  });
});
