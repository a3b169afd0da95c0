import { minScore } from "../../../src/core/thresholds";
import { expectEduError, expectErrorCell, fuzz } from "../helpers";

describe("minScore", () => {
  it("matches the acceptance examples", () => {
    expect(minScore("обществознание", 2025)).toBe(42);
    expect(minScore("русский язык", 2025, "вуз")).toBe(36);
  });

  it("returns 3 for base mathematics", () => {
    expect(minScore("математика базовая")).toBe(3);
  });

  it("matches aliases of profile mathematics", () => {
    for (const s of ["математика профильная", "профильная математика", "математика (профиль)"]) {
      expect(minScore(s, 2025)).toBe(27);
      expect(minScore(s, 2025, "вуз")).toBe(27);
    }
  });

  it("treats omitted year and purpose as the defaults", () => {
    expect(minScore("Русский язык", null, null)).toBe(24);
    expect(minScore("Русский язык", undefined, "вуз")).toBe(36);
    expect(minScore([["Информатика"]], [[2026]])).toBe(40);
  });

  it("spills minimums for a column of subjects, errors in their own cells", () => {
    const out = minScore([["Русский язык"], ["Химия"], ["астрономия"], [null], ["Иностранный язык"]], 2025, "вуз") as unknown[][];
    expect(out[0][0]).toBe(36);
    expect(out[1][0]).toBe(36);
    expectErrorCell(out[2][0], "value", /не найден/);
    expectErrorCell(out[3][0], "na");
    expect(out[4][0]).toBe(22);
  });

  it("goes element-wise over years and purposes too", () => {
    const out = minScore("русский язык", [[2025, 2026, 2024]], [["аттестат", "вуз", "вуз"]]) as unknown[][];
    expect(out[0].slice(0, 2)).toEqual([24, 36]);
    expectErrorCell(out[0][2], "na", /нет данных о пороге за 2024/);
  });

  it("throws for single-value errors", () => {
    expectEduError(() => minScore("латынь"), "value", /Русский язык, Математика профильная/);
    expectEduError(() => minScore("география", 2019), "na", /нет данных о пороге за 2019/);
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(minScore as (...a: unknown[]) => unknown, 3);
  });
});
