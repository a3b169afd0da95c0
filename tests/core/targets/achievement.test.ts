import { achievement } from "../../../src/core/targets";
import { expectEduError, expectErrorCell, fuzz } from "../helpers";

const ZERO_MESSAGE = "степень достижения не определена при нулевом значении — используйте ОБР.ПРОГРЕСС с базовым значением";

describe("achievement", () => {
  it("matches the acceptance examples", () => {
    expect(achievement(80, 100)).toBeCloseTo(0.8, 4);
    expect(achievement(18, 16, "down")).toBeCloseTo(0.8889, 4);
    expect(achievement(9.5, 9, null, 1)).toBeCloseTo(1, 4);
    expectEduError(() => achievement(5, 0, "down"), "div0", new RegExp(`^${ZERO_MESSAGE}$`));
  });

  it("is not capped without a cap, and caps at 1,3 when asked", () => {
    expect(achievement(9.5, 9)).toBeCloseTo(1.0556, 4);
    expect(achievement(150, 100, "рост", 1.3)).toBe(1.3);
    expect(achievement(120, 100, "рост", 1.3)).toBeCloseTo(1.2, 12);
  });

  it("treats a zero fact against a growth plan as a regular 0", () => {
    expect(achievement(0, 5)).toBe(0);
  });

  describe("degenerate cases (a zero in the ratio)", () => {
    it("answers 1 when fact = plan", () => {
      expect(achievement(0, 0)).toBe(1);
      expect(achievement(0, 0, "снижение")).toBe(1);
    });

    it("answers the cap when the fact is on the good side of the plan", () => {
      expect(achievement(3, 0, "рост", 1)).toBe(1);
      expect(achievement(0, 5, "снижение", 1.3)).toBe(1.3);
    });

    it("answers #DIV/0! without a cap or on the bad side", () => {
      expectEduError(() => achievement(3, 0), "div0", /ОБР.ПРОГРЕСС/);
      expectEduError(() => achievement(0, 5, "снижение"), "div0", /ОБР.ПРОГРЕСС/);
      // the bad side stays undefined even with a cap: a fact of 5 against a plan of 0 for a falling indicator
      expectEduError(() => achievement(5, 0, "снижение", 1), "div0", /ОБР.ПРОГРЕСС/);
    });
  });

  it("answers #NUM! for negative values or a non-positive cap", () => {
    expectEduError(() => achievement(-1, 5), "num", /фактическое/);
    expectEduError(() => achievement(1, -5), "num", /плановое/);
    expectEduError(() => achievement(1, 5, null, 0), "num", /предел/);
  });

  it("answers #N/A for missing fact or plan and #VALUE! for a bad direction", () => {
    expectEduError(() => achievement(null, 5), "na");
    expectEduError(() => achievement(5, ""), "na");
    expectEduError(() => achievement(5, 5, "наверх"), "value", /направление/);
  });

  it("works per row of a targets table, with directions per row and errors in their cells", () => {
    const out = achievement([[80], [18], [5], [null]], [[100], [16], [0], [10]], [["рост"], ["снижение"], ["снижение"], ["рост"]]) as unknown[][];
    expect(out[0][0]).toBeCloseTo(0.8, 12);
    expect(out[1][0]).toBeCloseTo(0.8889, 4);
    expectErrorCell(out[2][0], "div0");
    expectErrorCell(out[3][0], "na");
  });

  it("never answers Infinity", () => {
    expectEduError(() => achievement(1e308, 1e-308), "num");
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(achievement as (...a: unknown[]) => unknown, 4);
  });
});
