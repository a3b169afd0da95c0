import { expectedResult, type EduError } from "../../../src/core";
import { expectColumn, fuzz, thrown } from "../helpers";

describe("expectedResult", () => {
  // Hand-computed OLS: swi 0 1 2 3, results 1 3 5 4 → mean swi 1,5, mean result 3,25,
  // Sxy = 5,5, Sxx = 5 → b = 1,1, a = 3,25 − 1,1·1,5 = 1,6.
  const results = [[1], [3], [5], [4]];
  const swiValues = [[0], [1], [2], [3]];

  test("a + b·swi for each school", () => {
    expectColumn(expectedResult(results, swiValues), [1.6, 2.7, 3.8, 4.9]);
  });

  test("schools with a missing value do not enter the fit; a missing SWI → #N/A in that row", () => {
    const g = expectedResult(
      [[1], [3], [100], [5], [4], ["н/д"]],
      [[0], [1], [null], [2], [3], [10]],
    );
    // the school without a result still gets its expectation from its SWI
    expectColumn(g, [1.6, 2.7, "na", 3.8, 4.9, 1.6 + 11]);
    expect((g[2][0] as EduError).message).toMatch(/нет ИСБ/);
  });

  test("numbers as text, rows spill as a row", () => {
    const g = expectedResult([["1", "3", "5", "4"]], [["0", "1,0", "2", "3"]]);
    expect(g).toHaveLength(1);
    g[0].forEach((v, i) => expect(v as number).toBeCloseTo([1.6, 2.7, 3.8, 4.9][i], 12));
  });

  test("a perfect line is reproduced", () => {
    expectColumn(expectedResult([[10], [20], [30]], [[-1], [0], [1]]), [10, 20, 30]);
  });

  test("fewer than 3 complete pairs → #N/A in every row", () => {
    const g = expectedResult([[1], [2], [null]], [[0], [1], [2]]);
    expectColumn(g, ["na", "na", "na"]);
    expect((g[0][0] as EduError).message).toMatch(/не меньше 3/);
  });

  test("equal SWI everywhere → #N/A in every row", () => {
    const g = expectedResult([[1], [2], [3]], [[0.5], [0.5], [0.5]]);
    expectColumn(g, ["na", "na", "na"]);
    expect((g[0][0] as EduError).message).toMatch(/одинаковый ИСБ/);
  });

  test("extreme magnitudes do not overflow", () => {
    const g = expectedResult([[1e300], [3e300], [5e300], [4e300]], [[0], [1e-300], [2e-300], [3e-300]]);
    [1.6e300, 2.7e300, 3.8e300, 4.9e300].forEach((e, i) => expect((g[i][0] as number) / e).toBeCloseTo(1, 10));
  });

  test("different lengths or a block → #VALUE!", () => {
    expect(thrown(() => expectedResult([[1], [2], [3]], [[1], [2]])).kind).toBe("value");
    expect(thrown(() => expectedResult([[1, 2], [3, 4]], [[1, 2], [3, 4]])).kind).toBe("value");
  });
});

describe("expectedResult on arbitrary input", () => {
  test("returns finite numbers, texts or EduError cells, or throws EduError — nothing else", () => {
    fuzz(expectedResult as (...a: unknown[]) => unknown, 2);
  });
});
