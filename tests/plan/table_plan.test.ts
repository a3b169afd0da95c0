import { tablePlan } from "../../src/plan";

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

  test("formula columns: the formula in every data row with the row's value as its cached result", () => {
    const p = tablePlan({
      sheetName: "Т",
      title: "Т",
      columns: [
        { header: "Часть", width: 8 },
        { header: "Целое", width: 8 },
        { header: "Доля", width: 10, computed: true, formula: "EDU.SHARE(A{row},B{row})" },
      ],
      rows: [
        [1, 4, 0.25],
        [null, 4, null],
      ],
    });
    expect(p.cells.filter((c) => c.col === 3 && c.row >= 4)).toEqual([
      { row: 4, col: 3, address: "C4", value: 0.25, style: "derived", formula: "EDU.SHARE(A4,B4)" },
      { row: 5, col: 3, address: "C5", value: null, style: "derived", formula: "EDU.SHARE(A5,B5)" },
    ]);
  });
});
