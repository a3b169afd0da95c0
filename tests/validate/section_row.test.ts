import { isSectionRow, sectionNumber } from "../../src/validate";

describe("section rows", () => {
  test("one filled cell, first or second column, not a number", () => {
    expect(isSectionRow(["2. Улучшение качества образования", null, null])).toBe(true);
    expect(isSectionRow([null, "1. Организационные механизмы", "  "])).toBe(true);
    expect(isSectionRow(["Подготовительный этап", null])).toBe(true);
    expect(isSectionRow(["2.1", null, null])).toBe(false);
    expect(isSectionRow([3, null])).toBe(false);
    expect(isSectionRow(["2.1", "Мероприятие", null])).toBe(false);
    expect(isSectionRow([null, null, "Текст в третьем столбце"])).toBe(false);
    expect(isSectionRow([null, null])).toBe(false);
  });

  test("section numbers", () => {
    expect(sectionNumber("2. Улучшение качества образования")).toBe("2");
    expect(sectionNumber("1.1. Подготовительный этап")).toBe("1.1");
    expect(sectionNumber("Раздел 3 Кадры")).toBe("3");
    expect(sectionNumber("Реализация вариативных моделей")).toBeUndefined();
    expect(sectionNumber("2021 год")).toBe("2021");
  });
});
