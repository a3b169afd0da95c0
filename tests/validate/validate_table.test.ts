import { validateTable } from "../../src/validate";
import { formSpec, materializeForm } from "../../src/forms";
import { brief, contextRow, headersOf, resultsRow, sheet } from "./helpers";

describe("validateTable", () => {
  test("a valid sheet has no findings; empty rows are skipped; check and marker columns are not read", () => {
    const h = [...headersOf("context"), "edu-roadmap:context:v1", "Проверка"];
    const t = sheet(h, [[...contextRow({}), null, "✓"], [null, null, "   ", null], [...contextRow({ "Код ОО": "2" }), null, "Код ОО: ошибка"]]);
    expect(validateTable(t, formSpec("context"))).toEqual([]);
  });

  test("a missing or renamed header is a header finding and its column is not read", () => {
    const h = headersOf("context").map((x) => (x === "Код ОО" ? "Код школы" : x));
    h.splice(h.indexOf("С ОВЗ"), 1);
    const rows = [contextRow({})].map((r) => {
      const copy = [...r];
      copy.splice(10, 1);
      return copy;
    });
    const f = validateTable(sheet(h, rows), formSpec("context"));
    expect(f.map((x) => [x.cell, x.code, x.field, x.value])).toEqual([
      ["A3", "header", "Код ОО", "Код школы"],
      ["", "header", "С ОВЗ", null],
    ]);
    expect(f[0].message).toBe("Нет столбца «Код ОО»: на его месте «Код школы»: ожидается заголовок «Код ОО» в строке 3; столбец не проверялся");
  });

  test("headers match ignoring case, ё/е, spaces; columns in any order", () => {
    const h = headersOf("results").map((x) => ` ${x.toUpperCase().replace("Ё", "Е")}  `).reverse();
    const rows = [resultsRow({ "Число участников": 0, "Не преодолели минимальный порог": 0 })].map((r) => [...r].reverse());
    const f = validateTable(sheet(h, rows), formSpec("results"));
    expect(brief(f)).toEqual(["C4 range"]);
    expect(f[0].field).toBe("Число участников");
  });

  test("header row found further down (a hand-made file)", () => {
    const t = { name: "Данные", rows: [headersOf("results"), resultsRow({ "Учебный год": "2024" })] };
    expect(brief(validateTable(t, formSpec("results")))).toEqual(["B2 pattern"]);
  });

  test("no header of the form at all: form-not-found for the sheet", () => {
    const f = validateTable({ name: "Лист1", rows: [["a", "b"], [1, 2]] }, formSpec("results"));
    expect(f.map((x) => x.code)).toEqual(["form-not-found"]);
    expect(f[0].message).toMatch(/«Код ОО», «Учебный год», «Процедура»/);
  });

  test("years read from the headers; the summary row is not data", () => {
    const h = [...headersOf("targets"), "План 2024", "План 2025", "Факт 2024", "Факт 2025", "Отклонение", "Степень достижения", "Статус"];
    const rows = [
      ["1", "Доля школ", "Процент", "рост", 25, 2023, 50, 120, 40, null, 10, 0.8, "не достигнут"],
      [null, "Степень реализации программы (среднее по показателям, каждая не выше 1)", null, null, null, null, null, null, null, null, null, 0.8, "средняя"],
    ];
    const f = validateTable(sheet(h, rows), formSpec("targets"));
    expect(brief(f)).toEqual(["H4 range"]);
    expect(f[0].field).toBe("План 2025");
  });

  test("an explicit materialised form: its columns are expected", () => {
    const form = materializeForm(formSpec("finance"), { years: [2018, 2021] });
    const h = ["№ п/п", "Наименование мероприятия", "Исполнитель", "Источник финансирования", "Объём средств 2018, руб.", "Планируемое значение показателя"];
    const f = validateTable(sheet(h, [["1", "Курсы", "ИРО", "внебюджетные средства", "х", null], [null, "Итого", null, null, 0, null]]), form);
    expect(f.map((x) => `${x.code} ${x.field}`)).toEqual(["header Объём средств 2021, руб."]);
  });

  test("section rows of roadmap tables are recognised and not validated as data", () => {
    const rows = [["1. Подготовка и запуск программы", null, null, null], [null, "Назначить координаторов", "Создать центр", "Подготовить формы"]];
    const f = validateTable(sheet(["Мероприятие / направление", "Министерство", "Институт", "Центр"], rows), formSpec("responsibility"));
    expect(f).toEqual([]);
  });

  test("validation never changes its input", () => {
    const t = sheet(headersOf("context"), [contextRow({ "Тип местности": " Сельская ", "Численность обучающихся": "1 234" })]);
    const copy = JSON.parse(JSON.stringify(t));
    validateTable(t, formSpec("context"), { references: { municipalities: ["X"] }, history: [t] });
    expect(t).toEqual(copy);
  });

  test("many rows: linear work, findings sorted by row then column", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => contextRow({ "Код ОО": String(i % 2500), "С ОВЗ": i % 1000 === 0 ? -1 : 3 }));
    const f = validateTable(sheet(headersOf("context"), rows), formSpec("context"));
    expect(f.filter((x) => x.code === "unique")).toHaveLength(500);
    expect(f.filter((x) => x.code === "range")).toHaveLength(3);
    const rowsOf = f.map((x) => Number(x.cell.slice(1)));
    expect([...rowsOf].sort((a, b) => a - b)).toEqual(rowsOf);
  });
});
