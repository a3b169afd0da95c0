import { validateTable } from "../../../src/validate";
import { formSpec } from "../../../src/forms";
import { brief, contextRow, headersOf, resultsRow, sheet } from "../helpers";

describe("enum", () => {
  test("values and aliases accepted ignoring case, ё/е and spaces; others are errors listing the values", () => {
    const t = sheet(headersOf("context"), [
      contextRow({ "Тип местности": " Сельская  местность " }),
      contextRow({ "Код ОО": "2", "Тип местности": "ГОРОД" }),
      contextRow({ "Код ОО": "3", "Тип местности": "деревня" }),
    ]);
    const f = validateTable(t, formSpec("context"));
    expect(brief(f)).toEqual(["D6 enum"]);
    expect(f[0].message).toBe("Значение «деревня» не из списка: ожидается одно из значений: город, село");
  });

  test("subjects: the reference table's aliases", () => {
    const t = sheet(headersOf("results"), [
      resultsRow({ "Предмет": "математика (профиль)" }),
      resultsRow({ "Предмет": "Английский язык", "Учебный год": "2023/2024" }),
      resultsRow({ "Предмет": "Рисование", "Учебный год": "2022/2023" }),
    ]);
    const f = validateTable(t, formSpec("results"));
    expect(brief(f)).toEqual(["D6 enum"]);
    expect(f[0].message).toMatch(/^Значение «Рисование» не из списка: ожидается одно из значений списка \(Русский язык/);
  });
});
