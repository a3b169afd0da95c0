/** Recognising the form of a sheet or a workbook without being told: marker first, then the best header match. */
import { recogniseForm, recogniseSheet } from "../../src/validate";
import { formSpec } from "../../src/forms/specs";
import type { SheetTable } from "../../src/validate/types";

const headersOf = (id: string): string[] => formSpec(id).columns.filter((c) => !c.derived && !c.repeat).map((c) => c.header);
const sheet = (name: string, header: string[], extra: Partial<SheetTable> = {}): SheetTable => ({ name, rows: [["Заголовок"], [], header], ...extra });

describe("recogniseSheet", () => {
  it("takes the marker over the headers, and ignores a marker of an unknown form", () => {
    expect(recogniseSheet(sheet("Лист1", headersOf("results"), { marker: { formId: "context", version: 1 } }))).toMatchObject({ by: "marker", share: 1 });
    expect(recogniseSheet(sheet("Лист1", headersOf("results"), { marker: { formId: "нет", version: 1 } }))?.spec.id).toBe("results");
  });

  it("needs at least half of a form's headers and picks the best share", () => {
    const context = headersOf("context");
    expect(recogniseSheet(sheet("Лист1", context))).toMatchObject({ by: "headers", share: 1 });
    expect(recogniseSheet(sheet("Лист1", context.slice(0, Math.ceil(context.length / 2))))?.spec.id).toBe("context");
    expect(recogniseSheet(sheet("Лист1", context.slice(0, 2)))).toBeUndefined();
    expect(recogniseSheet(sheet("Лист1", ["Столбец 1", "Столбец 2"]))).toBeUndefined();
  });
});

describe("recogniseForm", () => {
  it("prefers a marked visible sheet, then the best header match among unmarked sheets", () => {
    const hiddenMarked = sheet("Скрытый", [], { marker: { formId: "plan", version: 1 }, hidden: true });
    const visibleMarked = sheet("Виден", [], { marker: { formId: "staff", version: 1 } });
    const byHeaders = sheet("Данные", headersOf("results"));
    expect(recogniseForm({ sheets: [hiddenMarked, byHeaders, visibleMarked] })).toMatchObject({ by: "marker", sheet: { name: "Виден" } });
    expect(recogniseForm({ sheets: [sheet("Пусто", []), byHeaders] })).toMatchObject({ by: "headers", sheet: { name: "Данные" } });
    expect(recogniseForm({ sheets: [sheet("Пусто", [])] })).toBeUndefined();
  });
});
