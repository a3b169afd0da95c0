import { materializeForm, formSpec, columnsOf, relatedColumn, FORMS } from "../../src/forms";
import type { FormPreset } from "../../src/forms";
import { PRESETS, defaultPreset } from "../../src/forms/presets";

describe("materializeForm", () => {
  test("year columns are expanded from years, in order, plan before fact", () => {
    const form = materializeForm(formSpec("targets"), { years: [2025, 2024, 2026, 2024] });
    expect(form.years).toEqual([2024, 2025, 2026]);
    expect(form.columns.map((c) => c.header)).toEqual([
      "№ п/п",
      "Наименование показателя",
      "Единица измерения",
      "Направление",
      "Базовое значение",
      "Базовый год",
      "План 2024",
      "План 2025",
      "План 2026",
      "Факт 2024",
      "Факт 2025",
      "Факт 2026",
      "Отклонение",
      "Степень достижения",
      "Статус",
    ]);
    expect(form.columns.map((c) => c.index)).toEqual(form.columns.map((_, i) => i));
    expect(columnsOf(form, "fact").map((c) => c.year)).toEqual([2024, 2025, 2026]);
  });

  test("finance amounts per year; related column keeps the year", () => {
    const form = materializeForm(formSpec("finance"), { years: [2018, 2021] });
    expect(form.columns.map((c) => c.header).slice(4, 6)).toEqual(["Объём средств 2018, руб.", "Объём средств 2021, руб."]);
    const targets = materializeForm(formSpec("targets"), { years: [2024, 2025] });
    const fact2025 = columnsOf(targets, "fact")[1];
    expect(relatedColumn(targets, "plan", fact2025)?.header).toBe("План 2025");
    expect(relatedColumn(targets, "name", fact2025)?.header).toBe("Наименование показателя");
    expect(relatedColumn(targets, "nope", fact2025)).toBeUndefined();
  });

  test("default years: the current year and the next two", () => {
    const form = materializeForm(formSpec("finance"), { today: new Date(2030, 5, 1) });
    expect(form.years).toEqual([2030, 2031, 2032]);
  });

  test("forms without year columns keep the programme's years but add no columns", () => {
    expect(materializeForm(formSpec("plan")).years).toEqual([]);
    const form = materializeForm(formSpec("context"), { years: [2024] });
    expect(form.years).toEqual([2024]);
    expect(form.columns).toHaveLength(15);
    expect(form.dataRows).toBe(200);
  });

  test("actor columns: defaults, given, from a preset", () => {
    const spec = formSpec("responsibility");
    expect(materializeForm(spec).columns.map((c) => c.header)).toEqual([
      "Мероприятие / направление",
      "Министерство (орган управления образованием)",
      "Институт развития образования",
      "Центр мониторинга",
    ]);
    expect(materializeForm(spec, { actors: [" Школа ", "Муниципалитет"] }).actors).toEqual(["Школа", "Муниципалитет"]);
    const p: FormPreset = { name: "x", formId: "responsibility", title: "", source: "", columns: ["ИРО"], rows: [] };
    expect(materializeForm(spec, { preset: p }).columns.map((c) => c.header)).toEqual(["Мероприятие / направление", "ИРО"]);
  });

  test("prefilled rows: data rows grow to hold them", () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ kind: "row" as const, values: { "Фактор риска": `Ф${i}` } }));
    const form = materializeForm(formSpec("risk-profile"), { rows });
    expect(form.rows).toHaveLength(30);
    expect(form.dataRows).toBe(30);
    expect(materializeForm(formSpec("risk-profile"), { dataRows: 5 }).dataRows).toBe(5);
  });

  test("errors: bad years, duplicate actors, a preset of another form, unknown headers, bad row counts", () => {
    expect(() => materializeForm(formSpec("targets"), { years: [1999] })).toThrow(/год 1999 вне допустимых границ/);
    expect(() => materializeForm(formSpec("targets"), { years: [2024.5] })).toThrow(/2024\.5/);
    expect(() => materializeForm(formSpec("responsibility"), { actors: ["ИРО", "иро"] })).toThrow(/повторяется/);
    expect(() => materializeForm(formSpec("responsibility"), { actors: ["Мероприятие / направление"] })).toThrow(/повторяется/);
    expect(() => materializeForm(formSpec("responsibility"), { actors: [" "] })).toThrow(/пустое название/);
    const p: FormPreset = { name: "p", formId: "plan", title: "", source: "", rows: [] };
    expect(() => materializeForm(formSpec("targets"), { preset: p })).toThrow(/относится к форме «plan»/);
    expect(() => materializeForm(formSpec("plan"), { rows: [{ kind: "row", values: { Мероприятие: "x" } }] })).toThrow(/столбец «Мероприятие»/);
    expect(() => materializeForm(formSpec("plan"), { dataRows: 0 })).toThrow(/число строк данных 0/);
  });

  test.each(PRESETS.map((p) => [p.name, p] as const))("preset %s fits its form", (_name, p) => {
    const form = materializeForm(formSpec(p.formId), { preset: p });
    expect(form.rows.length).toBe(p.rows.length);
    if (p.years) expect(form.years).toEqual([...p.years].sort((a, b) => a - b));
  });

  test("every form with a default preset materialises with it", () => {
    for (const spec of FORMS) {
      const p = defaultPreset(spec.id);
      if (!p) continue;
      expect(materializeForm(spec, { preset: p }).rows.length).toBeGreaterThan(0);
    }
  });
});
