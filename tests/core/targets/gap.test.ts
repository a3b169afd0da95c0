import { gap } from "../../../src/core/targets";
import { expectEduError, expectErrorCell, fuzz } from "../helpers";

describe("gap", () => {
  it("is plan − fact for a growth target (catalogue: ОСТАТОК_ДО_ЦЕЛИ(80; 100) = 20)", () => {
    expect(gap(80, 100)).toBe(20);
    expect(gap(110, 100)).toBe(-10);
  });

  it("is fact − plan for a falling target", () => {
    expect(gap(12, 10, "снижение")).toBe(2);
    expect(gap(8, 10, "down")).toBe(-2);
    expect(gap(8, 10, -1)).toBe(-2);
  });

  it("takes one direction per row", () => {
    expect(gap([[80], [12]], [[100], [10]], [["рост"], ["снижение"]])).toEqual([[20], [2]]);
  });

  it("puts an unreadable direction into its own cell", () => {
    const out = gap([[80], [12]], [[100], [10]], [["рост"], ["вбок"]]) as unknown[][];
    expect(out[0][0]).toBe(20);
    expectErrorCell(out[1][0], "value", /направление/);
  });

  it("answers #N/A for a missing fact or plan", () => {
    expectEduError(() => gap(null, 100), "na");
    expectEduError(() => gap(80, null), "na");
    expectEduError(() => gap(80, 100, "вбок"), "value");
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(gap as (...a: unknown[]) => unknown, 3);
  });
});
