import { safeSheetName, isValidSheetName, freeSheetName, MAX_SHEET_NAME } from "../../src/plan";

describe("sheet names", () => {
  test("forbidden characters, length, apostrophes", () => {
    expect(safeSheetName("План: 2024/2025")).toBe("План 2024 2025");
    expect(safeSheetName("[a]*?\\b")).toBe("a b");
    expect(safeSheetName("'Лист'")).toBe("Лист");
    expect(safeSheetName("Ж".repeat(40))).toHaveLength(MAX_SHEET_NAME);
    expect(safeSheetName(" :: ")).toBe("Лист1");
    expect(safeSheetName("", "Форма")).toBe("Форма");
  });
  test("validity", () => {
    expect(isValidSheetName("Контекстные данные")).toBe(true);
    expect(isValidSheetName("a/b")).toBe(false);
    expect(isValidSheetName("x".repeat(32))).toBe(false);
    expect(isValidSheetName("")).toBe(false);
  });
});

describe("freeSheetName", () => {
  it("keeps a free name", () => {
    expect(freeSheetName("Паспорт", ["План мероприятий"])).toBe("Паспорт");
  });
  it("numbers a taken name, comparing names without regard to case", () => {
    expect(freeSheetName("Паспорт", ["паспорт"])).toBe("Паспорт (2)");
    expect(freeSheetName("Паспорт", ["Паспорт", "ПАСПОРТ (2)", "Паспорт (3)"])).toBe("Паспорт (4)");
  });
  it("cuts the name so that it stays within 31 characters with its number", () => {
    const long = "Целевые показатели программы 2024";
    const name = freeSheetName(long, [long.slice(0, 31)]);
    expect(name.length).toBeLessThanOrEqual(31);
    const taken = ["Ж".repeat(31), ...Array.from({ length: 8 }, (_, i) => `${"Ж".repeat(27)} (${i + 2})`), `${"Ж".repeat(26)} (10)`];
    const tenth = freeSheetName("Ж".repeat(31), taken);
    expect(tenth).toBe(`${"Ж".repeat(26)} (11)`);
    expect(tenth).toHaveLength(31);
  });
  it("makes an invalid wanted name valid first", () => {
    expect(freeSheetName("План: 2024/2025", [])).toBe("План 2024 2025");
    expect(freeSheetName("'Итоги'", ["Итоги"])).toBe("Итоги (2)");
  });
  test("the wanted name, else (2), (3)… ignoring case, within 31 characters", () => {
    expect(freeSheetName("Свод", [])).toBe("Свод");
    expect(freeSheetName("Свод", ["свод", "Свод (2)"])).toBe("Свод (3)");
    const long = "Очень длинное название листа формы";
    const name = freeSheetName(long.slice(0, 31), [long.slice(0, 31)]);
    expect(name).toMatch(/ \(2\)$/);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(freeSheetName("План: 2024/2025", [])).toBe("План 2024 2025");
  });
});
