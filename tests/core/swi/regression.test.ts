import { contextRegression } from "../../../src/core/swi/regression";
import { EduError } from "../../../src/core";

describe("contextRegression", () => {
  test("fits result = a + b·swi on complete pairs (hand-computed a = 1,6, b = 1,1)", () => {
    const fit = contextRegression([[1], [3], [null], [5], [4]], [[0], [1], [9], [2], [3]]);
    expect(typeof fit.line).toBe("function");
    const line = fit.line as (x: number) => number;
    expect(line(0)).toBeCloseTo(1.6, 12);
    expect(line(10)).toBeCloseTo(12.6, 12);
    expect(fit.results).toEqual([1, 3, undefined, 5, 4]);
    expect(fit.swi).toEqual([0, 1, 9, 2, 3]);
    expect(fit.asRow).toBe(false);
  });

  test("too few pairs or no spread of SWI → the #N/A every row gets", () => {
    const few = contextRegression([[1], [2], ["x"]], [[1], [2], [3]]).line;
    expect(few).toBeInstanceOf(EduError);
    expect((few as EduError).message).toMatch(/найдено: 2/);
    const flat = contextRegression([[1], [2], [3]], [[4], [4], [4]]).line;
    expect((flat as EduError).kind).toBe("na");
  });

  test("lengths must match", () => {
    expect(() => contextRegression([[1], [2]], [[1]])).toThrow(/одной длины/);
  });
});
