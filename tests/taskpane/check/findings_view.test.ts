/**
 * How findings are listed: errors first, values and places as text, counts in Russian.
 */
import { countsText, groupFindings, placeText, valueText } from "../../../taskpane/check/findings_view";
import { recogniseForm } from "../../../src/validate/recognise_form";
import type { Finding } from "../../../src/validate/types";
import { templateRows } from "../helpers";

const f = (over: Partial<Finding>): Finding => ({ sheet: "Лист1", cell: "B5", field: "Код ОО", value: null, severity: "error", code: "required", message: "…", ...over });

describe("findings view", () => {
  it("groups errors before warnings, each in the validator's order", () => {
    const groups = groupFindings([f({ severity: "warning", cell: "A4" }), f({ cell: "B5" }), f({ cell: "C6" })]);
    expect(groups.map((g) => [g.title, g.findings.map((x) => x.cell)])).toEqual([
      ["Ошибки", ["B5", "C6"]],
      ["Предупреждения", ["A4"]],
    ]);
    expect(groupFindings([])).toEqual([]);
  });

  it("counts with Russian plural forms", () => {
    expect(countsText([f({}), f({}), f({ severity: "warning" })])).toBe("2 ошибки, 1 предупреждение");
    expect(countsText(Array.from({ length: 11 }, () => f({})))).toBe("11 ошибок, 0 предупреждений");
    expect(countsText(Array.from({ length: 21 }, () => f({ severity: "warning" })))).toBe("0 ошибок, 21 предупреждение");
  });

  it("shows values as text: quotes for text, decimal comma, «пусто»", () => {
    expect(valueText("<img src=x onerror=alert(1)>")).toBe("«<img src=x onerror=alert(1)>»");
    expect(valueText(12.5)).toBe("12,5");
    expect(valueText(null)).toBe("пусто");
    expect(valueText(true)).toBe("ИСТИНА");
  });

  it("names the place: cell and column, a column, a sheet or the file", () => {
    expect(placeText(f({}))).toBe("B5 · Код ОО");
    expect(placeText(f({ cell: "", field: "Код ОО" }))).toBe("Столбец «Код ОО»");
    expect(placeText(f({ cell: "", field: "" }))).toBe("Лист «Лист1»");
    expect(placeText(f({ cell: "", field: "", sheet: "" }))).toBe("Файл");
  });
});

describe("recognising the form", () => {
  const table = (formId: string, marker: boolean, name = "Лист1") => ({ name, rows: templateRows(formId, [], marker), ...(marker ? { marker: { formId, version: 1 } } : {}) });

  it("takes a sheet's marker before any headers, and the best header match otherwise", () => {
    expect(recogniseForm({ sheets: [table("results", false), table("staff", true, "Кадры")] })).toMatchObject({ by: "marker", sheet: { name: "Кадры" }, spec: { id: "staff" } });
    expect(recogniseForm({ sheets: [table("results", false)] })).toMatchObject({ by: "headers", spec: { id: "results" } });
    expect(recogniseForm({ sheets: [table("equipment", false)] })?.spec.id).toBe("equipment");
    expect(recogniseForm({ sheets: [{ name: "x", rows: [["Код ОО", "что-то ещё"]] }] })).toBeUndefined();
  });
});
