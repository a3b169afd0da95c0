import { readSwiOptions } from "../../../src/core/swi/swi_options";
import { thrown } from "../helpers";

describe("readSwiOptions", () => {
  test("defaults: all '-', weights 1, z, coverage 0,5", () => {
    const o = readSwiOptions(3, null, undefined, null, null);
    expect(Array.from(o.directions)).toEqual([-1, -1, -1]);
    expect(Array.from(o.weights)).toEqual([1, 1, 1]);
    expect(o.method).toBe("z");
    expect(o.minCoverage).toBe(0.5);
  });

  test("weights are divided by the largest", () => {
    expect(Array.from(readSwiOptions(3, null, [[2, 4, 0]], null, null).weights)).toEqual([0.5, 1, 0]);
    expect(Array.from(readSwiOptions(2, null, [[1e308], [1e308]], null, null).weights)).toEqual([1, 1]);
  });

  test.each([
    ["z", "z"],
    ["Z-ОЦЕНКА", "z"],
    ["minmax", "minmax"],
    ["минимакс", "minmax"],
    ["Ранг", "rank"],
  ])("method %s → %s", (text, method) => {
    expect(readSwiOptions(1, null, null, text, null).method).toBe(method);
  });

  test("error kinds", () => {
    expect(thrown(() => readSwiOptions(2, [["+"]], null, null, null)).kind).toBe("value");
    expect(thrown(() => readSwiOptions(2, null, [[1, -2]], null, null)).kind).toBe("num");
    expect(thrown(() => readSwiOptions(2, null, [[0, 0]], null, null)).kind).toBe("num");
    expect(thrown(() => readSwiOptions(2, null, null, "median", null)).kind).toBe("value");
    expect(thrown(() => readSwiOptions(2, null, null, null, 2)).kind).toBe("num");
  });
});
