import { shareBelow } from "../../../src/core/thresholds";
import { expectEduError, fuzz } from "../helpers";

describe("shareBelow", () => {
  it("counts values strictly below the threshold among the present ones", () => {
    // 30 and 35 are below 36; 36 passes; the empty cell and the text do not count at all.
    expect(shareBelow([[30], [36], [null], [35], ["неявка"], [80]], 36)).toBeCloseTo(2 / 4, 12);
  });

  it("takes any shape of range and Russian-style numbers", () => {
    expect(shareBelow([[10, "20,5"], [40, 50]], 36)).toBe(0.5);
    expect(shareBelow(30, 36)).toBe(1);
    expect(shareBelow([[36, 37]], 36)).toBe(0);
  });

  it("accepts the threshold as a 1×1 range", () => {
    expect(shareBelow([[1], [2]], [[2]])).toBe(0.5);
  });

  it("answers #N/A when no value is present", () => {
    expectEduError(() => shareBelow([[null], [""], ["н/д"]], 36), "na", /нет данных/);
    expectEduError(() => shareBelow(null, 36), "na");
  });

  it("requires a single numeric threshold", () => {
    expectEduError(() => shareBelow([[1]], null), "na", /порог/);
    expectEduError(() => shareBelow([[1]], "abc"), "value", /порог/);
    expectEduError(() => shareBelow([[1]], [[1, 2]]), "value", /одной ячейкой/);
  });

  it("rejects a ragged range", () => {
    expectEduError(() => shareBelow([[1, 2], [3]], 2), "value", /прямоугольным/);
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(shareBelow as (...a: unknown[]) => unknown, 2);
  });
});
