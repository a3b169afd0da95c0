import { validateTable } from "../../../src/validate";
import { academicYearStart, yearRange } from "../../../src/validate/checks/pattern";
import { formSpec } from "../../../src/forms";
import { brief, contextRow, headersOf, sheet } from "../helpers";

describe("pattern", () => {
  test("academic year YYYY/YYYY+1", () => {
    expect(academicYearStart("2024/2025")).toBe(2024);
    expect(academicYearStart("2024/2026")).toBeUndefined();
    expect(academicYearStart("2024-2025")).toBeUndefined();
    const t = sheet(headersOf("context"), [
      contextRow({ "Учебный год": " 2024/2025 " }),
      contextRow({ "Код ОО": "2", "Учебный год": "2024/2026" }),
      contextRow({ "Код ОО": "3", "Учебный год": 2024 }),
      contextRow({ "Код ОО": "4", "Учебный год": "2024 / 2025" }),
    ]);
    const f = validateTable(t, formSpec("context"));
    expect(brief(f)).toEqual(["E5 pattern", "E6 pattern", "E7 pattern"]);
    expect(f[0].message).toBe(
      "Значение «2024/2026» не в нужном формате: ожидается учебный год в виде 2024/2025 (второй год на 1 больше первого)",
    );
  });

  test("year range of the passport: readable, start not after end", () => {
    expect(yearRange("2021- 2023 гг.")).toEqual([2021, 2023]);
    expect(yearRange("с 2018 по 2021 годы")).toEqual([2018, 2021]);
    expect(yearRange("2022 год")).toEqual([2022, 2022]);
    expect(yearRange("три года")).toBeUndefined();
    const rows = [
      ["Наименование", "Дорожная карта"],
      ["Сроки реализации", "2025-2023"],
      ["Цель", "2025-2023 не проверяется: это не сроки"],
      ["Сроки реализации", "три года"],
    ];
    const f = validateTable(sheet(["Раздел", "Содержание"], rows), formSpec("passport"));
    expect(brief(f)).toEqual(["B5 range", "B7 pattern"]);
    expect(f[0].message).toBe("Значение «2025-2023» вне допустимых границ для раздела «Сроки реализации»: ожидается год начала не больше года окончания");
  });
});
