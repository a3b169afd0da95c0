import { validateTable } from "../../../src/validate";
import { breaks } from "../../../src/validate/checks/range";
import { formSpec } from "../../../src/forms";
import { brief, contextRow, headersOf, resultsRow, sheet } from "../helpers";

describe("range", () => {
  test("bounds, inclusive and exclusive", () => {
    expect(breaks(0, { min: 0 })).toBe(false);
    expect(breaks(0, { min: 0, minExclusive: true })).toBe(true);
    expect(breaks(5, { max: 5 })).toBe(false);
    expect(breaks(5.01, { min: 2, max: 5 })).toBe(true);
  });

  test("students > 0, categories ≥ 0; a negative fraction is both type and range", () => {
    const zero = Object.fromEntries(headersOf("context").slice(6).map((h) => [h, 0]));
    const t = sheet(headersOf("context"), [contextRow({ ...zero, "Численность обучающихся": 0 }), contextRow({ "Код ОО": "2", "С ОВЗ": "-2,5" })]);
    const f = validateTable(t, formSpec("context"));
    expect(brief(f)).toEqual(["F4 range", "K5 type", "K5 range"]);
    expect(f[0].message).toBe("Значение 0 вне допустимых границ: ожидается целое число больше 0");
  });

  test("average score bounds by procedure", () => {
    const t = sheet(headersOf("results"), [
      resultsRow({ "Средний балл": 101 }),
      resultsRow({ "Процедура": "ОГЭ", "Средний балл": "5,5", "Учебный год": "2023/2024" }),
      resultsRow({ "Процедура": "ВПР", "Класс": 12, "Средний балл": 4, "Учебный год": "2022/2023" }),
      resultsRow({ "Процедура": "ОГЭ", "Средний балл": "4,5", "Учебный год": "2021/2022" }),
      resultsRow({ "Процедура": "ЕГЭ", "Средний балл": 4.5, "Учебный год": "2020/2021" }),
    ]);
    const f = validateTable(t, formSpec("results"));
    expect(brief(f)).toEqual(["H4 range", "H5 range", "E6 range"]);
    expect(f[0].message).toBe("Значение 101 вне допустимых границ для ЕГЭ: ожидается число от 0 до 100");
    expect(f[1].message).toBe("Значение «5,5» вне допустимых границ для ОГЭ и ВПР: ожидается число от 2 до 5");
  });

  test("percent indicators of targets within 0–100; «х» counts as empty", () => {
    const h = [...headersOf("targets"), "План 2024", "Факт 2024"];
    const t = sheet(h, [
      ["1", "Доля школ", "Процент", "снижение", 15, 2017, 150, "х"],
      ["2", "Число программ", "Единица", "рост", 1, 2017, 150, 3],
    ]);
    expect(brief(validateTable(t, formSpec("targets")))).toEqual(["G4 range"]);
  });
});
