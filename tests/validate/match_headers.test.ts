import { normalizeHeader, locateHeaders, inferRepeats, inputColumns } from "../../src/validate";
import { materializeForm, formSpec } from "../../src/forms";

describe("header matching", () => {
  test("normalisation: trim, case, ё/е, spaces and line breaks", () => {
    expect(normalizeHeader("  На учёте\n(ВШУ, ПДН,  КДН) ")).toBe(normalizeHeader("на учете (вшу, пдн, кдн)"));
    expect(normalizeHeader(2024)).toBe("2024");
    expect(normalizeHeader(null)).toBe("");
  });

  test("the best header row is found anywhere near the top, columns bound by text not position", () => {
    const form = materializeForm(formSpec("results"), { dataRows: 1 });
    const t = {
      name: "s",
      rows: [["Отчёт"], [], ["Предмет", "КОД ОО", "Учебный  год", "x"], ["1", "2", "3"]],
    };
    const b = locateHeaders(form, t)!;
    expect(b.headerRow).toBe(2);
    expect(b.found).toBe(3);
    expect(b.columns.slice(0, 4)).toEqual([1, 2, -1, 0]);
    expect(locateHeaders(form, { name: "s", rows: [["a", "b"]] })).toBeUndefined();
  });

  test("years and actors are read from the headers", () => {
    const t = { name: "s", rows: [[], [], ["№ п/п", "План 2025", "план 2024", "Факт 2024", "Отклонение"]] };
    expect(inferRepeats(formSpec("targets"), t)).toEqual({ years: [2024, 2025] });
    const f = { name: "s", rows: [["Объём средств 2018, руб.", "Объем средств 2021, руб.", "Наименование мероприятия"]] };
    expect(inferRepeats(formSpec("finance"), f).years).toEqual([2018, 2021]);
    const r = { name: "s", rows: [[], [], ["Мероприятие / направление", "Школа", "Муниципалитет", "Проверка"]] };
    expect(inferRepeats(formSpec("responsibility"), r, new Set(["проверка"]))).toEqual({ actors: ["Школа", "Муниципалитет"] });
    expect(inferRepeats(formSpec("context"), { name: "s", rows: [] })).toEqual({});
  });

  test("input columns leave out derived ones", () => {
    const form = materializeForm(formSpec("equipment"), { dataRows: 1 });
    expect(inputColumns(form).map((c) => c.key)).not.toContain("computersGap");
    expect(inputColumns(form)).toHaveLength(7);
  });
});
