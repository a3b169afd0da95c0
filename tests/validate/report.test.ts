import { buildReport, flattenReport, unreadableFinding, FLAT_HEADERS, type Finding } from "../../src/validate";

const f = (code: string, severity: "error" | "warning"): Finding => ({ sheet: "Л", cell: "A4", field: "Код ОО", value: null, severity, code, message: "m" });

describe("report", () => {
  test("valid and stats: warnings do not make a file invalid", () => {
    const r = buildReport([
      { file: "a.xlsx", findings: [f("outlier", "warning")] },
      { file: "b.xlsx", findings: [f("required", "error"), f("overdue", "warning")] },
      { file: "c.xlsx", findings: [] },
    ]);
    expect(r.valid).toBe(false);
    expect(r.stats).toEqual({ files: 3, validFiles: 2, errors: 1, warnings: 2 });
    expect(r.files.map((x) => [x.file, x.valid, x.errors, x.warnings])).toEqual([
      ["a.xlsx", true, 0, 1],
      ["b.xlsx", false, 1, 1],
      ["c.xlsx", true, 0, 0],
    ]);
    expect(buildReport([]).valid).toBe(true);
  });

  test("flat rows with Russian severities; Russian column names", () => {
    const rows = flattenReport(buildReport([{ file: "b.xlsx", findings: [f("required", "error"), f("overdue", "warning")] }]));
    expect(rows.map((x) => [x.file, x.cell, x.severity, x.code])).toEqual([
      ["b.xlsx", "A4", "ошибка", "required"],
      ["b.xlsx", "A4", "предупреждение", "overdue"],
    ]);
    expect(Object.values(FLAT_HEADERS)).toEqual(["Файл", "Лист", "Ячейка", "Столбец", "Значение", "Важность", "Код", "Сообщение"]);
  });

  test("unreadable file", () => {
    const u = unreadableFinding("End of data reached (data length = 3, asked index = 4). Corrupted zip ?" + "x".repeat(200));
    expect(u).toMatchObject({ code: "unreadable", severity: "error", sheet: "", cell: "" });
    expect(u.message).toMatch(/^Файл не удалось прочитать как книгу Excel \(End of data.*…\): ожидается файл \.xlsx/);
    expect(u.message.length).toBeLessThan(260);
  });
});
