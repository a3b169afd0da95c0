import { validateTable } from "../../../src/validate";
import { formSpec } from "../../../src/forms";
import { brief, contextRow, headersOf, resultsRow, sheet } from "../helpers";

describe("required", () => {
  test("empty or blank-only required cells; optional cells may stay empty", () => {
    const t = sheet(headersOf("context"), [
      contextRow({ "Код ОО": "  ", "Наименование ОО": null, "Тип местности": null, "Учебный год": null }),
      contextRow({ "Численность обучающихся": "" }),
    ]);
    const f = validateTable(t, formSpec("context"));
    expect(brief(f)).toEqual(["A4 required", "B4 required", "F5 required"]);
    expect(f[0]).toMatchObject({ sheet: "Лист1", field: "Код ОО", value: "  ", severity: "error" });
    expect(f[0].message).toBe("Не заполнен обязательный столбец «Код ОО»: ожидается значение — текст");
    expect(f[2].message).toBe("Не заполнен обязательный столбец «Численность обучающихся»: ожидается значение — целое число больше 0");
  });

  test("required when a condition holds: Класс for ВПР", () => {
    const t = sheet(headersOf("results"), [
      resultsRow({ "Процедура": "ВПР", "Класс": null, "Средний балл": 3.5 }),
      resultsRow({ "Процедура": "ЕГЭ", "Класс": null }),
      resultsRow({ "Процедура": null, "Класс": null }),
    ]);
    const f = validateTable(t, formSpec("results"));
    expect(brief(f)).toEqual(["E4 required", "C6 required"]);
    expect(f[0].message).toBe("Не заполнен обязательный столбец «Класс» (обязателен для ВПР): ожидается значение — целое число от 4 до 11");
  });

  test("risk profile: measures, period and responsible for high and medium levels", () => {
    const h = headersOf("risk-profile");
    const row = (level: string, measures: string | null) => [`Фактор ${level}`, level, null, null, measures, null, null, null];
    const f = validateTable(sheet(h, [row("высокий", null), row("низкий", null), row("Средний", "Меры")]), formSpec("risk-profile"));
    expect(brief(f)).toEqual(["E4 required", "F4 required", "G4 required", "F6 required", "G6 required"]);
  });
});
