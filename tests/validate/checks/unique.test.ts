import { validateTable, createCrossFileIndex } from "../../../src/validate";
import { formSpec } from "../../../src/forms";
import { brief, contextRow, headersOf, resultsRow, sheet } from "../helpers";

describe("unique", () => {
  test("Код ОО repeated: the later row, naming the first one; codes compared as text", () => {
    const t = sheet(headersOf("context"), [
      contextRow({ "Код ОО": "670101" }),
      contextRow({ "Код ОО": "670102" }),
      contextRow({ "Код ОО": 670101 }),
      contextRow({ "Код ОО": " 670101 " }),
    ]);
    const f = validateTable(t, formSpec("context"));
    expect(brief(f)).toEqual(["A6 unique", "A7 unique"]);
    expect(f[0].message).toBe("Значение 670101 в столбце «Код ОО» повторяется — уже есть в строке 4: ожидается уникальное значение");
  });

  test("results: one row per school × year × procedure × subject × grade", () => {
    const t = sheet(headersOf("results"), [
      resultsRow({}),
      resultsRow({ "Предмет": "русский" }),
      resultsRow({ "Процедура": "ВПР", "Класс": 5, "Средний балл": 4 }),
      resultsRow({ "Процедура": "ВПР", "Класс": 6, "Средний балл": 4 }),
      resultsRow({ "Процедура": "ВПР", "Класс": "5", "Средний балл": 4 }),
    ]);
    const f = validateTable(t, formSpec("results"));
    expect(brief(f)).toEqual(["A5 unique", "A8 unique"]);
    expect(f[0].message).toBe(
      "Строка повторяет сочетание «Код ОО», «Учебный год», «Процедура», «Предмет», «Класс» — уже есть в строке 4: ожидается одна строка на каждое сочетание этих столбцов",
    );
  });

  test("across the files of one consolidation", () => {
    const index = createCrossFileIndex();
    const a = sheet(headersOf("context"), [contextRow({ "Код ОО": "1" })], "Школа");
    const b = sheet(headersOf("context"), [contextRow({ "Код ОО": "1" }), contextRow({ "Код ОО": "2" })], "Школа");
    expect(validateTable(a, formSpec("context"), { crossFile: { index, file: "a.xlsx" } })).toEqual([]);
    const f = validateTable(b, formSpec("context"), { crossFile: { index, file: "b.xlsx" } });
    expect(brief(f)).toEqual(["A4 unique"]);
    expect(f[0].message).toContain("уже есть в файле «a.xlsx» (лист «Школа», ячейка A4)");
    // validating the same file again does not report it against itself
    expect(validateTable(a, formSpec("context"), { crossFile: { index, file: "a.xlsx" } })).toEqual([]);
  });
});
