import { validateTable } from "../../../src/validate";
import { formSpec } from "../../../src/forms";
import { brief, headersOf, resultsRow, sheet } from "../helpers";

describe("empty (code required)", () => {
  test("Класс must stay empty for ЕГЭ and ОГЭ", () => {
    const t = sheet(headersOf("results"), [
      resultsRow({ "Процедура": "ЕГЭ", "Класс": 11 }),
      resultsRow({ "Процедура": "огэ", "Класс": 9, "Средний балл": 3.9 }),
      resultsRow({ "Процедура": "ВПР", "Класс": 5, "Средний балл": 3.9 }),
    ]);
    const f = validateTable(t, formSpec("results"));
    expect(brief(f)).toEqual(["E4 required", "E5 required"]);
    expect(f[0].message).toBe("Столбец «Класс» для ЕГЭ и ОГЭ не заполняется, получено 11: ожидается пустая ячейка");
    expect(f[0].value).toBe(11);
  });
});
