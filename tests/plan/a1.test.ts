import { columnLetter, columnNumber, toA1, rangeA1, parseA1 } from "../../src/plan";

describe("A1 addresses", () => {
  test("letters ↔ numbers", () => {
    expect([1, 26, 27, 52, 702, 703, 16384].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA", "XFD"]);
    for (const n of [1, 26, 27, 100, 703, 16384]) expect(columnNumber(columnLetter(n))).toBe(n);
    expect(columnNumber("ab")).toBe(28);
  });
  test("cells and ranges", () => {
    expect(toA1(4, 6)).toBe("F4");
    expect(toA1(4, 6, "col")).toBe("$F4");
    expect(toA1(4, 6, "both")).toBe("$F$4");
    expect(rangeA1(4, 6, 203, 6)).toBe("F4:F203");
    expect(parseA1("$AB$12")).toEqual({ row: 12, col: 28 });
  });
  test("errors", () => {
    expect(() => columnLetter(0)).toThrow(RangeError);
    expect(() => columnLetter(16385)).toThrow(/16384/);
    expect(() => columnNumber("A1")).toThrow(/не буквы/);
    expect(() => columnNumber("XFE")).toThrow(/за пределами/);
    expect(() => parseA1("4F")).toThrow(/не адрес/);
  });
});
