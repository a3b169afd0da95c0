import { isOmitted, readVector, spill } from "../../../src/core/swi/vector";
import { EduError } from "../../../src/core";

describe("readVector", () => {
  test("a column, a row, a flat array and a bare value", () => {
    expect(readVector([[1], [2]], "x")).toEqual({ cells: [1, 2], asRow: false });
    expect(readVector([[1, 2]], "x")).toEqual({ cells: [1, 2], asRow: true });
    expect(readVector([1, 2], "x")).toEqual({ cells: [1, 2], asRow: true });
    expect(readVector(5, "x")).toEqual({ cells: [5], asRow: false });
    expect(readVector([[5]], "x")).toEqual({ cells: [5], asRow: false });
  });

  test("a block → #VALUE! naming the argument", () => {
    expect(() => readVector([[1, 2], [3, 4]], "значения")).toThrow(EduError);
    expect(() => readVector([[1, 2], [3, 4]], "значения")).toThrow(/«значения».*2×2/);
  });
});

describe("spill", () => {
  test("follows the orientation", () => {
    expect(spill([1, 2], true)).toEqual([[1, 2]]);
    expect(spill([1, 2], false)).toEqual([[1], [2]]);
  });
});

describe("isOmitted", () => {
  test.each([[null], [undefined], [""], ["  "], [[[null]]], [[[null, ""]]], [[null]]])("%p is omitted", (v) => {
    expect(isOmitted(v)).toBe(true);
  });

  test.each([[0], ["-"], [[[null, 1]]], [[["", "+"]]], [false]])("%p is given", (v) => {
    expect(isOmitted(v)).toBe(false);
  });
});
