import { toGrid, toVector, toScalar, elementwise, perCell, EduError, valueError } from "../../../src/core/shared";
import { thrown } from "../helpers";

describe("toGrid", () => {
  it("wraps a bare value and a flat array", () => {
    expect(toGrid(5, "x")).toEqual([[5]]);
    expect(toGrid([1, 2], "x")).toEqual([[1, 2]]);
    expect(toGrid([[1], [2]], "x")).toEqual([[1], [2]]);
  });
  it("rejects empty and ragged ranges with #VALUE!", () => {
    expect(thrown(() => toGrid([], "x")).kind).toBe("value");
    expect(thrown(() => toGrid([[]], "x")).kind).toBe("value");
    expect(thrown(() => toGrid([[1, 2], [3]], "x")).kind).toBe("value");
    expect(thrown(() => toGrid([[1], 2], "x")).kind).toBe("value");
  });
});

describe("toVector and toScalar", () => {
  it("accepts a row, a column or one cell", () => {
    expect(toVector([[1, 2, 3]], "x")).toEqual([1, 2, 3]);
    expect(toVector([[1], [2], [3]], "x")).toEqual([1, 2, 3]);
    expect(toVector(7, "x")).toEqual([7]);
    expect(thrown(() => toVector([[1, 2], [3, 4]], "x")).kind).toBe("value");
  });
  it("toScalar unwraps 1×1 and rejects larger ranges", () => {
    expect(toScalar([["z"]], "x")).toBe("z");
    expect(toScalar(null, "x")).toBeNull();
    expect(thrown(() => toScalar([[1, 2]], "x")).kind).toBe("value");
  });
});

describe("elementwise", () => {
  const ratio = (a: unknown, b: unknown) => {
    if (b === 0) throw valueError("ноль");
    return (a as number) / (b as number);
  };
  it("returns a bare value when every argument is single", () => {
    expect(elementwise([6, [[3]]], ["a", "b"], ratio)).toBe(2);
  });
  it("throws the error of a single computation", () => {
    expect(thrown(() => elementwise([6, 0], ["a", "b"], ratio)).kind).toBe("value");
  });
  it("broadcasts single values over ranges and keeps errors in their cells", () => {
    const out = elementwise([[[6], [4], [1]], [[2], [0], [4]]], ["a", "b"], ratio) as unknown[][];
    expect(out[0][0]).toBe(3);
    expect(out[1][0]).toBeInstanceOf(EduError);
    expect(out[2][0]).toBe(0.25);
    expect(elementwise([[[2, 4]], 2], ["a", "b"], ratio)).toEqual([[1, 2]]);
  });
  it("passes omitted arguments through and rejects mismatched shapes", () => {
    expect(elementwise([[[1], [2]], null], ["a", "b"], (a, b) => (b === null ? (a as number) : -1))).toEqual([[1], [2]]);
    expect(thrown(() => elementwise([[[1], [2]], [[1], [2], [3]]], ["a", "b"], ratio)).kind).toBe("value");
  });
  it("perCell lets a defect escape instead of hiding it", () => {
    expect(() => perCell(() => { throw new TypeError("bug"); })).toThrow(TypeError);
  });
});
