import { consolidate, consolidationPlans, extractTable, reportPlans, tablePlan, CONSOLIDATION_SHEETS, SOURCE_HEADERS } from "../../src/consolidate";
import { formSpec } from "../../src/forms";
import { tablePlan as planTablePlan } from "../../src/plan";
import { buildReport, unreadableFinding, validateWorkbook } from "../../src/validate";
import { contextBook, headersOf } from "./helpers";

test("tablePlan is still exported from src/consolidate (it lives in src/plan)", () => {
  expect(tablePlan).toBe(planTablePlan);
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

  test("sheets as the sources: counts of sheets, no file column on «Замечания»", () => {
    const fromSheets = consolidate(spec, [{ file: "Школа 1", findings: validateWorkbook(b1, spec), table: extractTable(b1, spec)! }, { file: "Заметки", findings: [unreadableFinding("нет таблицы")] }], { source: "лист" });
    const [table, findings, summary] = consolidationPlans(fromSheets, spec);
    expect(table.instruction).toMatch(/^Собрано 2 листа, распознано 1; в своде 2 строки\./);
    expect(findings.cells.filter((x) => x.row === 3).map((x) => x.value)).toEqual(["№", "Важность", "Вид замечания", "Лист", "Строка", "Школа / ключ строки", "Описание"]);
    expect(findings.cells.filter((x) => x.row === 4).map((x) => x.value).slice(0, 4)).toEqual([1, "ошибка", "лист не распознан", "Заметки"]);
    const labels = summary.cells.filter((x) => x.col === 1 && x.row >= 4).map((x) => x.value);
    expect(labels).toEqual(expect.arrayContaining(["Листов", "Распознано листов", "Повторов на разных листах"]));
    expect(labels.join(" ")).not.toMatch(/файл/i);
    // files: as before
    expect(consolidationPlans(c, spec)[0].instruction).toMatch(/^Собрано 1 файл, прочитано 1;/);
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
