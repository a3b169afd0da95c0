import { q, n, textArray, present, blank, num, numOrZero, norm, isOneOf, equalsOneOf, and, or, outside, inside, ARRAY, CELL, PLAIN } from "../../src/plan/native_expr";

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
    // whole inclusive bounds: one test
    expect(outside("$H4", { min: 2, max: 5 })).toBe("ABS($H4-3.5)>1.5");
    expect(outside("$H4", { min: 0, max: 100 })).toBe("ABS($H4-50)>50");
    expect(outside("$H4", { min: 0.5, max: 5 })).toBe("OR($H4<0.5,$H4>5)");
    expect(outside("$H4", { min: 0, max: 5, maxExclusive: true }, ARRAY)).toBe("(($H4<0)+($H4>=5))>0");
    expect(outside("$F4", { min: 0, minExclusive: true })).toBe("$F4<=0");
    expect(inside("$F4", { min: 0, minExclusive: true })).toBe("$F4>0");
    expect(inside("$H4", { max: 100, maxExclusive: true })).toBe("$H4<100");
  });
  test("dialects: cell formulas, conditional formats without arrays, element-wise inside SUMPRODUCT", () => {
    expect(present("$E4", ["х", "x"], PLAIN)).toBe('AND(LEN(TRIM($E4))>0,AND(TRIM($E4)<>"х",TRIM($E4)<>"x"))');
    expect(present("$G4:$I4", ["х"], ARRAY)).toBe('(LEN(TRIM($G4:$I4))>0)*(ISNA(MATCH(TRIM($G4:$I4),{"х"},0)))');
    expect(CELL.orError("A", false)).toBe("IFERROR(A,FALSE)");
    expect(ARRAY.orError("A", false)).toBe("ISNUMBER(1/(A))");
    expect(ARRAY.orError("A", true)).toBe("ISERROR(1/NOT(A))");
    expect(ARRAY.and(["A"])).toBe("A");
    expect(ARRAY.or(["A", "B"])).toBe("((A)+(B))>0");
    expect(PLAIN.inList("t", ["a", "b"])).toBe('OR(t="a",t="b")');
    expect(CELL.inList("t", ["a"])).toBe('ISNUMBER(MATCH(t,{"a"},0))');
  });
  test("number or zero without IFERROR: text the validator reads as a number counts, anything else is 0", () => {
    const f = numOrZero("$E$4:$E$9");
    expect(f).toMatch(/^VALUE\(REPT\(SUBSTITUTE\(/);
    expect(f).not.toMatch(/IFERROR|\bIF\(/);
    expect(f).toContain('&REPT("0",1-ISNUMBER(VALUE(');
  });
});
