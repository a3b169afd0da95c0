import { q, n, textArray, present, blank, num, norm, isOneOf, equalsOneOf, and, or, outside, inside } from "../../src/plan/native_expr";

describe("native formula blocks", () => {
  test("literals", () => {
    expect(q('«5» "x"')).toBe('"«5» ""x"""');
    expect(n(0.9)).toBe("0.9");
    expect(textArray(["а", 'б"'])).toBe('{"а","б"""}');
  });
  test("presence, with not-applicable marks", () => {
    expect(present("$A4")).toBe("LEN(TRIM($A4))>0");
    expect(blank("$A4")).toBe("NOT(LEN(TRIM($A4))>0)");
    expect(present("$E4", ["х"])).toBe('AND(LEN(TRIM($E4))>0,ISNA(MATCH(TRIM($E4),{"х"},0)))');
  });
  test("numbers typed in Russian style: spaces, no-break spaces, decimal comma by the locale's separator", () => {
    expect(num("$F4")).toBe('VALUE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($F4," ",""),"\u00a0",""),",",MID(1/2,2,1)))');
  });
  test("enum comparison ignoring case and ё; without arrays for validations", () => {
    expect(norm("$D4")).toBe('SUBSTITUTE(LOWER(TRIM($D4)),"ё","е")');
    expect(isOneOf("$D4", ["город", "село"])).toBe('ISNUMBER(MATCH(SUBSTITUTE(LOWER(TRIM($D4)),"ё","е"),{"город","село"},0))');
    expect(equalsOneOf("$C4", ["огэ", "впр"])).toBe('OR(SUBSTITUTE(LOWER(TRIM($C4)),"ё","е")="огэ",SUBSTITUTE(LOWER(TRIM($C4)),"ё","е")="впр")');
    expect(equalsOneOf("$C4", [])).toBe("FALSE");
  });
  test("logic and bounds", () => {
    expect(and([])).toBe("TRUE");
    expect(and(["A", "", "B"])).toBe("AND(A,B)");
    expect(or(["A"])).toBe("A");
    expect(outside("$H4", { min: 2, max: 5 })).toBe("OR($H4<2,$H4>5)");
    expect(outside("$F4", { min: 0, minExclusive: true })).toBe("$F4<=0");
    expect(inside("$F4", { min: 0, minExclusive: true })).toBe("$F4>0");
    expect(inside("$H4", { max: 100, maxExclusive: true })).toBe("$H4<100");
  });
});
