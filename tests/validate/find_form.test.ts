import { findForm, validateWorkbook } from "../../src/validate";
import { formSpec } from "../../src/forms";
import { headersOf, resultsRow, sheet } from "./helpers";

describe("findForm / validateWorkbook", () => {
  const results = sheet(headersOf("results"), [resultsRow({})], "Мой лист");
  const other = sheet(["a", "b"], [[1, 2]], "Прочее");

  test("by the marker first, even when the sheet was renamed and its headers broken", () => {
    const marked = { ...sheet(["x"], []), name: "Переименован", marker: { formId: "results", version: 1 } };
    expect(findForm({ sheets: [other, results, marked] }, formSpec("results"))).toEqual({ sheet: marked, by: "marker" });
  });

  test("then by the headers; a sheet marked for another form is not taken", () => {
    expect(findForm({ sheets: [other, results] }, formSpec("results"))?.sheet.name).toBe("Мой лист");
    const marked = { ...results, marker: { formId: "context", version: 1 } };
    expect(findForm({ sheets: [marked] }, formSpec("results"))).toBeUndefined();
  });

  test("at least half of the input headers must match", () => {
    const partial = sheet(["Код ОО", "Учебный год", "Процедура"], [], "Частично");
    expect(findForm({ sheets: [partial] }, formSpec("results"))).toBeUndefined();
    const most = sheet(headersOf("results").slice(0, 5), [], "Почти");
    expect(findForm({ sheets: [most] }, formSpec("results"))?.by).toBe("headers");
  });

  test("visible sheets are preferred", () => {
    const hidden = { ...results, name: "Скрытый", hidden: true };
    expect(findForm({ sheets: [hidden, results] }, formSpec("results"))?.sheet.name).toBe("Мой лист");
  });

  test("validateWorkbook: form-not-found, or the findings of the form's sheet", () => {
    const nf = validateWorkbook({ sheets: [other] }, "context");
    expect(nf).toHaveLength(1);
    expect(nf[0]).toMatchObject({ code: "form-not-found", severity: "error", sheet: "", cell: "" });
    expect(nf[0].message).toBe(
      "В книге нет листа формы «Контекстные данные ОО (социальный паспорт школы)»: не найден ни скрытый маркер шаблона, ни строка заголовков («Код ОО», «Наименование ОО», «Муниципальное образование»). Ожидается лист из шаблона формы",
    );
    const bad = sheet(headersOf("results"), [resultsRow({ "Процедура": "ГИА" })], "Результаты");
    expect(validateWorkbook({ sheets: [other, bad] }, "results").map((f) => `${f.sheet}!${f.cell} ${f.code}`)).toEqual(["Результаты!C4 enum"]);
    expect(() => validateWorkbook({ sheets: [] }, "nope")).toThrow(/неизвестная форма/);
  });
});
