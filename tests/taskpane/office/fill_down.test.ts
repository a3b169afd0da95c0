import { isFillDownSafe } from "../../../taskpane/office/fill_down";

describe("isFillDownSafe", () => {
  it("accepts templates whose only moving reference is {row}", () => {
    expect(isFillDownSafe('IF($A{row}="","",SUM($C{row}:$E{row}))')).toBe(true);
    expect(isFillDownSafe("COUNTIF($A$4:$A{row},$A{row})")).toBe(true);
    expect(isFillDownSafe('IF(LOG10($B{row})>1,"A1 B2","")')).toBe(true);
    expect(isFillDownSafe("A$3&$B{row}")).toBe(true);
  });
  it("refuses a template with a relative reference to a fixed row", () => {
    expect(isFillDownSafe("$A{row}+B4")).toBe(false);
    expect(isFillDownSafe("SUM($C$4:C10)")).toBe(false);
  });
});
