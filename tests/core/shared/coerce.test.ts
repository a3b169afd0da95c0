import { cellNumber, cellText, isBlank, parseNumberText, requireNumber, optionalNumber, describe as describeValue, EduError } from "../../../src/core/shared";

describe("parseNumberText", () => {
  it.each([
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["1 234", 1234],
    ["1\u00a0234,5", 1234.5],
    ["1\u202f234\u202f567", 1234567],
    ["  42 ", 42],
    ["-3", -3],
    ["\u22123,5", -3.5],
    ["+7", 7],
    ["15%", 0.15],
    ["12,5 %", 0.125],
    ["1e3", 1000],
  ])("reads %j as %p", (text, expected) => {
    expect(parseNumberText(text)).toBeCloseTo(expected, 12);
  });

  it.each(["", "abc", "12,5,1", "12 5", "1 23", "1.234,5", "--1", "12a", "%", "NaN", "Infinity", "1,", ",5"])(
    "rejects %j",
    (text) => {
      expect(parseNumberText(text)).toBeUndefined();
    },
  );
});

describe("cellNumber", () => {
  it("keeps finite numbers and reads numeric text", () => {
    expect(cellNumber(0)).toBe(0);
    expect(cellNumber(-2.5)).toBe(-2.5);
    expect(cellNumber("0,25")).toBe(0.25);
  });
  it("treats empty, text, booleans, errors and non-finite numbers as missing", () => {
    for (const v of [null, undefined, "", "  ", "н/д", true, false, NaN, Infinity, -Infinity, { code: "#N/A" }, new Date(0)]) {
      expect(cellNumber(v)).toBeUndefined();
    }
  });
});

describe("isBlank and cellText", () => {
  it("blank means null, undefined or only spaces; 0 is not blank", () => {
    expect([null, undefined, "", "   "].every(isBlank)).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
  it("cellText trims and stringifies numbers", () => {
    expect(cellText("  ВПР ")).toBe("ВПР");
    expect(cellText(5)).toBe("5");
    expect(cellText(" ")).toBeUndefined();
    expect(cellText(true)).toBeUndefined();
  });
});

describe("scalar arguments", () => {
  it("requireNumber: empty is #N/A, text is #VALUE! naming the argument", () => {
    expect(requireNumber("1 000", "план")).toBe(1000);
    const na = (() => { try { requireNumber(null, "план"); } catch (e) { return e; } })() as EduError;
    expect(na).toBeInstanceOf(EduError);
    expect(na.kind).toBe("na");
    const bad = (() => { try { requireNumber("много", "план"); } catch (e) { return e; } })() as EduError;
    expect(bad.kind).toBe("value");
    expect(bad.message).toContain("план");
    expect(bad.message).toContain("«много»");
    expect(() => requireNumber(true, "факт")).toThrow(/факт/);
  });
  it("optionalNumber falls back only when the argument is empty", () => {
    expect(optionalNumber(null, 0.5, "x")).toBe(0.5);
    expect(optionalNumber(undefined, 0.5, "x")).toBe(0.5);
    expect(optionalNumber("", 0.5, "x")).toBe(0.5);
    expect(optionalNumber(0, 0.5, "x")).toBe(0);
  });
  it("describe names any value briefly", () => {
    expect(describeValue(null)).toBe("пусто");
    expect(describeValue(1.5)).toBe("1,5");
    expect(describeValue("x".repeat(100))).toHaveLength(43);
    expect(describeValue([[1]])).toBe("диапазон");
  });
});
