import { safeSheetName, isValidSheetName, MAX_SHEET_NAME } from "../../src/plan";

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
