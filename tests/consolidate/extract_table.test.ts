import { extractTable, tableValue } from "../../src/consolidate";
import { formSpec, materializeForm } from "../../src/forms";
import { book, contextBook, headersOf, resultsBook, sheet } from "./helpers";

describe("extractTable", () => {
  test("values as consolidation keeps them: numbers typed as text, canonical enums, trimmed text, empty as null", () => {
    const t = extractTable(
      contextBook([
        { "Код ОО": " 000101 ", "Численность обучающихся": "1 234", "Из малообеспеченных семей": "12,0", "Тип местности": "Сельская местность" },
        { "Код ОО": 102, "Наименование ОО": "  МБОУ «ООШ»  ", "С ОВЗ": null, "Из неполных семей": "много" },
      ]),
      formSpec("context"),
    )!;
    expect(t.sheet).toBe("Контекстные данные");
    expect(t.by).toBe("marker");
    expect(t.headerRow).toBe(3);
    expect(t.columns.map((c) => c.header)).toEqual(headersOf("context"));
    expect(t.columns[0]).toEqual({ key: "code", header: "Код ОО", letter: "A" });
    const [a, b] = t.rows;
    const at = (r: typeof a, h: string): unknown => r.values[headersOf("context").indexOf(h)];
    expect(a.row).toBe(4);
    expect(at(a, "Код ОО")).toBe("000101");
    expect(at(a, "Численность обучающихся")).toBe(1234);
    expect(at(a, "Из малообеспеченных семей")).toBe(12);
    expect(at(a, "Тип местности")).toBe("село");
    expect(at(b, "Код ОО")).toBe("102");
    expect(at(b, "Наименование ОО")).toBe("МБОУ «ООШ»");
    expect(at(b, "С ОВЗ")).toBeNull();
    expect(at(b, "Из неполных семей")).toBe("много");
    expect(a.key).toBe("000101");
    expect(b.key).toBe("102");
  });

  test("tableValue: dates as ДД.ММ.ГГГГ, booleans kept, an unknown enum spelling kept as typed", () => {
    const form = materializeForm(formSpec("context"), { dataRows: 1 });
    const locality = form.columns.find((c) => c.key === "locality")!;
    const name = form.columns.find((c) => c.key === "name")!;
    expect(tableValue(new Date(Date.UTC(2024, 8, 1)), name)).toBe("01.09.2024");
    expect(tableValue(true, name)).toBe(true);
    expect(tableValue(" деревня ", locality)).toBe("деревня");
    expect(tableValue("   ", name)).toBeNull();
  });

  test("a renamed sheet is found by its marker; other headed columns are kept as extras, the check column is not", () => {
    const headers = [...headersOf("context"), "Проверка", "Примечание"];
    const row = [...headersOf("context").map((h) => (h === "Код ОО" ? "7" : h === "Численность обучающихся" ? 10 : null)), "✓", "уточнить"];
    const t = extractTable(book(sheet(headers, [row], "Лист1", "edu-roadmap:context:v1")), formSpec("context"))!;
    expect(t.sheet).toBe("Лист1");
    expect(t.extraHeaders).toEqual(["Примечание"]);
    expect(t.rows[0].extras).toEqual(["уточнить"]);
  });

  test("by headers, in another column order, with a header missing: its letter is empty and its values null", () => {
    const headers = headersOf("context").filter((h) => h !== "С ОВЗ").reverse();
    const values = headers.map((h) => (h === "Код ОО" ? "5" : h === "Численность обучающихся" ? 100 : 1));
    const t = extractTable(book(sheet(headers, [values], "Школа")), formSpec("context"))!;
    expect(t.by).toBe("headers");
    const ovz = t.columns.find((c) => c.header === "С ОВЗ")!;
    expect(ovz.letter).toBe("");
    expect(t.rows[0].values[t.columns.indexOf(ovz)]).toBeNull();
    expect(t.columns.find((c) => c.key === "code")!.letter).toBe("N");
  });

  test("no sheet of the form: undefined", () => {
    expect(extractTable(book(sheet(["Что-то", "Другое"], [["a", "b"]])), formSpec("context"))).toBeUndefined();
    expect(extractTable({ sheets: [] }, formSpec("results"))).toBeUndefined();
  });

  test("keys: the first occurrence of each key in row order, composite for results, later repeats left to the validator", () => {
    const t = extractTable(
      resultsBook([
        { "Код ОО": "1" },
        { "Код ОО": "1", "Предмет": "русский" },
        { "Код ОО": "1", "Процедура": "ВПР", "Класс": 5, "Средний балл": 4 },
        { "Код ОО": "2" },
        { "Код ОО": null },
      ]),
      formSpec("results"),
    )!;
    expect(t.keys).toHaveLength(1);
    const g = t.keys[0];
    expect(g.field).toBe("Код ОО");
    expect(g.names).toEqual(["Код ОО", "Учебный год", "Процедура", "Предмет", "Класс"]);
    expect(g.first.map((k) => k.cell)).toEqual(["A4", "A6", "A7"]);
    expect(g.first[0]).toMatchObject({ row: 4, value: "1", described: "«1»" });
    expect(t.rows[0].key).toBe(t.rows[1].key);
    expect(t.rows[0].keyLabel).toBe("1 · 2024/2025 · ЕГЭ · Русский язык");
    expect(t.rows[4].key).toBe("");
  });

  test("roadmap tables: section rows are not data rows; each row knows its section", () => {
    const headers = headersOf("plan");
    const row = (num: string, name: string): (string | null)[] =>
      headers.map((h) => (h === "№ п/п" ? num : h === "Наименование мероприятия" ? name : h === "Сроки реализации" ? "апрель" : null));
    const t = extractTable(
      book(sheet(headers, [["1. Организационные механизмы"], row("1.1", "Совещание"), row("1.2", "Приказ"), ["2. Методическая работа"], row("2.1", "Семинар")])),
      formSpec("plan"),
    )!;
    expect(t.rows.map((r) => [r.row, r.section])).toEqual([
      [5, "1. Организационные механизмы"],
      [6, "1. Организационные механизмы"],
      [8, "2. Методическая работа"],
    ]);
  });
});
