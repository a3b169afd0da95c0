import { consolidate, consolidationPlans, extractTable, reportPlans, tablePlan, CONSOLIDATION_SHEETS, SOURCE_HEADERS } from "../../src/consolidate";
import { formSpec } from "../../src/forms";
import { buildReport, validateWorkbook } from "../../src/validate";
import { contextBook, headersOf } from "./helpers";

describe("tablePlan", () => {
  test("title, note, one header row with a filter, frozen header, widths and formats, computed columns shaded", () => {
    const p = tablePlan({
      sheetName: "Свод",
      title: "Свод",
      note: "Примечание",
      columns: [
        { header: "Код ОО", width: 12 },
        { header: "Доля", width: 10, numFmt: "0.0%", computed: true },
        { header: "Статус", width: 14 },
      ],
      rows: [
        ["000101", 0.25, "ошибка"],
        ["000102", null, ""],
      ],
      marker: "edu-roadmap:context:v1",
      frozenColumns: 1,
      highlight: { column: 2, error: ["ошибка", "не прочитан"], warning: "предупреждение" },
    });
    expect(p).toMatchObject({ sheetName: "Свод", headerRow: 3, firstDataRow: 4, lastDataRow: 5, frozen: { rows: 3, columns: 1 }, autoFilter: "A3:C3", markerCell: "D1" });
    expect(p.columns.map((c) => [c.letter, c.width, c.numFmt ?? "", c.style, c.hidden])).toEqual([
      ["A", 12, "", "input", false],
      ["B", 10, "0.0%", "derived", false],
      ["C", 14, "", "input", false],
      ["D", 4, "", "marker", true],
    ]);
    const cell = (a: string) => p.cells.find((c) => c.address === a);
    expect(cell("A1")).toMatchObject({ value: "Свод", style: "title" });
    expect(cell("D1")).toMatchObject({ value: "edu-roadmap:context:v1", style: "marker" });
    expect(cell("B3")).toMatchObject({ value: "Доля", style: "header-derived" });
    expect(cell("B4")).toMatchObject({ value: 0.25, style: "derived" });
    // Empty values are not written.
    expect(cell("B5")).toBeUndefined();
    expect(cell("C5")).toBeUndefined();
    expect(p.conditionalFormats).toEqual([
      { range: "A4:C5", formula: 'OR($C4="ошибка",$C4="не прочитан")', look: "error" },
      { range: "A4:C5", formula: '$C4="предупреждение"', look: "warning" },
    ]);
    expect(p.protection).toBeUndefined();
    expect(p.validations).toEqual([]);
  });

  test("long wrapped text gets a row height; text cut to Excel's limit; a bad sheet name made valid", () => {
    const p = tablePlan({
      sheetName: "Свод: итоги [2025]",
      title: "T",
      columns: [{ header: "Описание", width: 20, wrap: true }],
      rows: [["слово ".repeat(40)], ["x".repeat(40000)]],
      noFilter: true,
    });
    expect(p.sheetName).not.toMatch(/[:[\]]/);
    expect(p.autoFilter).toBeUndefined();
    expect(p.rowHeights.find((h) => h.row === 4)!.height).toBeGreaterThan(60);
    expect(String(p.cells.find((c) => c.address === "A5")!.value)).toHaveLength(32767);
    expect(() => tablePlan({ sheetName: "a", title: "t", columns: [], rows: [] })).toThrow("нет столбцов");
  });
});

describe("consolidationPlans and reportPlans", () => {
  const spec = formSpec("context");
  const b1 = contextBook([{ "Код ОО": "1" }, { "Код ОО": "2", "С ОВЗ": 999 }]);
  const c = consolidate(spec, [{ file: "a.xlsx", findings: validateWorkbook(b1, spec), table: extractTable(b1, spec)! }]);

  test("«Свод»: the form's columns and the source columns, the form's marker, status highlighted; «Замечания»; «Сводка»", () => {
    const [table, findings, summary] = consolidationPlans(c, spec);
    expect([table.sheetName, findings.sheetName, summary.sheetName]).toEqual([CONSOLIDATION_SHEETS.table, CONSOLIDATION_SHEETS.findings, CONSOLIDATION_SHEETS.summary]);
    const headers = table.cells.filter((x) => x.row === 3).map((x) => x.value);
    expect(headers).toEqual([...headersOf("context"), SOURCE_HEADERS.file, SOURCE_HEADERS.sheet, SOURCE_HEADERS.row, SOURCE_HEADERS.status, SOURCE_HEADERS.note]);
    expect(table.cells.find((x) => x.row === 1 && x.style === "marker")!.value).toBe("edu-roadmap:context:v1");
    const row5 = table.cells.filter((x) => x.row === 5).map((x) => x.value);
    expect(row5).toContain("ошибка");
    expect(row5.some((v) => typeof v === "string" && v.startsWith("K5: "))).toBe(true);
    expect(table.conditionalFormats[0].formula).toBe('$S4="ошибка"');
    expect(table.frozen).toEqual({ rows: 3, columns: 2 });
    expect(table.columns[headersOf("context").indexOf("Численность обучающихся")].numFmt).toBe("0");
    expect(findings.cells.filter((x) => x.row === 4).map((x) => x.value)).toEqual(
      expect.arrayContaining([1, "ошибка", "ошибки в строке", "a.xlsx", "Контекстные данные", 5, "2"]),
    );
    expect(summary.cells.find((x) => x.value === "Строки с ошибками")).toBeDefined();
    expect(summary.cells.find((x) => x.value === "включены и отмечены")).toBeDefined();
  });

  test("reportPlans: a finding per row with Russian severities, a file per row with its result", () => {
    const report = buildReport([
      { file: "a.xlsx", findings: validateWorkbook(b1, spec) },
      { file: "b.xlsx", findings: [] },
    ]);
    const [f, files] = reportPlans(report, "Контекстные данные");
    expect(f.cells.filter((x) => x.row === 3).map((x) => x.value)).toEqual(["Файл", "Лист", "Ячейка", "Столбец", "Значение", "Важность", "Код", "Сообщение"]);
    expect(f.cells.filter((x) => x.row === 4).map((x) => x.value).slice(0, 7)).toEqual(["a.xlsx", "Контекстные данные", "K5", "С ОВЗ", 999, "ошибка", "part-exceeds-total"]);
    expect(files.cells.filter((x) => x.row >= 4).map((x) => x.value)).toEqual(["a.xlsx", "есть ошибки", 1, 0, "b.xlsx", "без замечаний", 0, 0]);
  });
});
