import { validateTable } from "../../../src/validate";
import { itemNumberParts } from "../../../src/validate/checks/numbering";
import { formSpec } from "../../../src/forms";
import { brief, headersOf, sheet } from "../helpers";

const row = (num: string | number | null) => [num, "Мероприятие", "апрель", "УО", "Справка", null, null];
const section = (text: string) => [text, null, null, null, null, null, null];

describe("numbering", () => {
  test("parts of item numbers", () => {
    expect(itemNumberParts("2.3.")).toEqual(["2", "3"]);
    expect(itemNumberParts("1.")).toEqual(["1"]);
    expect(itemNumberParts("02.10")).toEqual(["2", "10"]);
    expect(itemNumberParts("2,3")).toBeUndefined();
  });

  test("consistent with the section, unique, readable", () => {
    const rows = [
      section("1. Организационные механизмы реализации"),
      row("1.1"),
      row("1.2"),
      row("2.1"),
      row("1.2"),
      section("2. Улучшение качества образования"),
      row("2.1"),
      row("2.2"),
      row("а"),
      row(null),
    ];
    const f = validateTable(sheet(headersOf("plan"), rows), formSpec("plan"), { asOf: "2020-01-01" });
    expect(brief(f)).toEqual(["A7 numbering", "A8 numbering", "A12 numbering"]);
    expect(f[0].message).toBe("Номер «2.1» не соответствует разделу 1 (строка 4): ожидается номер вида 1.N");
    expect(f[1].message).toBe("Номер «1.2» повторяется (уже есть в строке 6): ожидается номер, который не повторяется");
    expect(f[2].message).toBe("Номер пункта «а» не читается: ожидается номер вида 1, 2 или 2.3");
  });

  test("plain numbers restart in every stage (Yartsevo: 1., 2. under each stage)", () => {
    const rows = [section("1.1. Подготовительный этап"), row("1."), row("2."), section("1.2. Практический этап"), row("1."), row("2."), row("2.")];
    const f = validateTable(sheet(headersOf("plan"), rows), formSpec("plan"), { asOf: "2020-01-01" });
    expect(brief(f)).toEqual(["A10 numbering"]);
  });

  test("an unnumbered section does not constrain numbers", () => {
    const rows = [section("Реализация вариативных моделей"), row("1"), row("5.2")];
    expect(validateTable(sheet(headersOf("plan"), rows), formSpec("plan"), { asOf: "2020-01-01" })).toEqual([]);
  });
});
