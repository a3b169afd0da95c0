import { canonicalSubject, MIN_SCORE_SUBJECTS } from "../../../src/core/thresholds";

describe("canonicalSubject", () => {
  it("returns every canonical name for itself, in any case and spacing", () => {
    for (const s of MIN_SCORE_SUBJECTS) {
      expect(canonicalSubject(s)).toBe(s);
      expect(canonicalSubject(`  ${s.toUpperCase().replace(" ", "   ")} `)).toBe(s);
    }
  });

  it.each([
    ["математика (профиль)", "Математика профильная"],
    ["Математика(профиль)", "Математика профильная"],
    ["профильная математика", "Математика профильная"],
    ["МАТЕМАТИКА ПРОФИЛЬНАЯ", "Математика профильная"],
    ["математика (профильный уровень)", "Математика профильная"],
    ["базовая математика", "Математика базовая"],
    ["математика (база)", "Математика базовая"],
    ["информатика и ИКТ", "Информатика"],
    ["Информатика и информационно-коммуникационные технологии (ИКТ)", "Информатика"],
    ["английский язык", "Иностранный язык"],
    ["Немецкий язык", "Иностранный язык"],
    ["китайский", "Иностранный язык"],
    ["русский", "Русский язык"],
    ["рус. яз.", "Русский язык"],
    ["общество", "Обществознание"],
  ])("resolves %s", (text, expected) => {
    expect(canonicalSubject(text)).toBe(expected);
  });

  it("folds ё into е", () => {
    // No subject name is usually typed with ё; an artificial spelling shows the fold applies everywhere.
    expect(canonicalSubject("обществознаниё")).toBe("Обществознание");
    expect(canonicalSubject("ФИЗИКА")).toBe("Физика");
  });

  it("reads plain «математика» as the ОГЭ/ВПР subject and «окружающий мир» as the ВПР one", () => {
    expect(canonicalSubject("математика")).toBe("Математика");
    expect(canonicalSubject(" Окружающий  мир ")).toBe("Окружающий мир");
  });

  it("does not guess: unknown names and non-text give undefined", () => {
    expect(canonicalSubject("астрономия")).toBeUndefined();
    expect(canonicalSubject("")).toBeUndefined();
    expect(canonicalSubject(42)).toBeUndefined();
    expect(canonicalSubject(null)).toBeUndefined();
    expect(canonicalSubject({})).toBeUndefined();
  });
});
