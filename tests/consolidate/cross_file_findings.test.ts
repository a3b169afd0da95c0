import { crossFileFindings, extractTable, mergeFindings } from "../../src/consolidate";
import { formSpec } from "../../src/forms";
import { createCrossFileIndex, validateWorkbook, type Finding, type WorkbookTables } from "../../src/validate";
import { contextBook, resultsBook } from "./helpers";

/** Validation one file after another with a shared index: the reference the after-the-fact merge must equal. */
function sequential(files: { file: string; book: WorkbookTables }[], form: string): Finding[][] {
  const index = createCrossFileIndex();
  return files.map((f) => validateWorkbook(f.book, form, { crossFile: { index, file: f.file } }));
}

/** Each file validated alone, then the cross-file findings merged in. */
function merged(files: { file: string; book: WorkbookTables }[], form: string): Finding[][] {
  const spec = formSpec(form);
  const own = files.map((f) => validateWorkbook(f.book, spec));
  const tables = files.map((f) => extractTable(f.book, spec));
  const extra = crossFileFindings(files.map((f, i) => ({ file: f.file, sheet: tables[i]?.sheet ?? "", keys: tables[i]?.keys ?? [] })));
  return own.map((o, i) => mergeFindings(o, extra[i]));
}

describe("crossFileFindings", () => {
  test("context: the same findings, in the same words and order, as validating the files in sequence", () => {
    const files = [
      { file: "a.xlsx", book: contextBook([{ "Код ОО": "1" }, { "Код ОО": "2" }]) },
      { file: "b.xlsx", book: contextBook([{ "Код ОО": "3", "Численность обучающихся": null }, { "Код ОО": 1 }, { "Код ОО": " 1 " }, { "Код ОО": "2", "С ОВЗ": -1 }]) },
      { file: "c.xlsx", book: contextBook([{ "Код ОО": "3" }, { "Код ОО": "4" }]) },
      { file: "d.xlsx", book: { sheets: [] } },
    ];
    const expected = sequential(files, "context");
    expect(merged(files, "context")).toEqual(expected);
    expect(expected[1].map((f) => `${f.cell} ${f.code}`)).toEqual(["F4 required", "A5 unique", "A6 unique", "A7 unique", "K7 range"]);
    expect(expected[1][1].message).toBe(
      "Значение 1 в столбце «Код ОО» повторяется — уже есть в файле «a.xlsx» (лист «Контекстные данные», ячейка A4): ожидается значение, уникальное во всех файлах",
    );
    // The in-file repeat of a key that another file owns is the validator's own finding.
    expect(expected[1][2].message).toContain("уже есть в строке 5");
    // A code first seen in a file that repeats it against an earlier file is not owned by it: c.xlsx owns nothing of b.
    expect(expected[2].map((f) => `${f.cell} ${f.code}`)).toEqual(["A4 unique"]);
  });

  test("results: composite keys, aliases of subjects compare equal", () => {
    const files = [
      { file: "m1.xlsx", book: resultsBook([{ "Код ОО": "1" }, { "Код ОО": "1", "Процедура": "ВПР", "Класс": 5, "Средний балл": 4 }]) },
      { file: "m2.xlsx", book: resultsBook([{ "Код ОО": "1", "Предмет": "русский" }, { "Код ОО": "1", "Процедура": "ВПР", "Класс": "6", "Средний балл": 4 }]) },
    ];
    const expected = sequential(files, "results");
    expect(merged(files, "results")).toEqual(expected);
    expect(expected[1]).toHaveLength(1);
    expect(expected[1][0].message).toMatch(/^Строка повторяет сочетание «Код ОО», «Учебный год», «Процедура», «Предмет», «Класс» — уже есть в файле «m1\.xlsx»/);
  });

  test("the result depends on the order of the list only", () => {
    const a = { file: "a.xlsx", sheet: "S", keys: [{ field: "Код ОО", names: ["Код ОО"], first: [{ key: "1", row: 4, cell: "A4", value: "1", described: "«1»" }] }] };
    const b = { ...a, file: "b.xlsx" };
    expect(crossFileFindings([a, b])[0]).toEqual([]);
    expect(crossFileFindings([a, b])[1]).toHaveLength(1);
    expect(crossFileFindings([b, a])[1][0].message).toContain("файле «b.xlsx»");
    // The same file named twice does not repeat itself.
    expect(crossFileFindings([a, a])).toEqual([[], []]);
  });

  test("sheets of one spreadsheet as the sources: the message names the sheet, never a file", () => {
    const a = { file: "Школа 1", sheet: "Школа 1", keys: [{ field: "Код ОО", names: ["Код ОО"], first: [{ key: "1", row: 4, cell: "A4", value: "1", described: "«1»" }] }] };
    const b = { ...a, file: "Школа 2", sheet: "Школа 2" };
    const [f] = crossFileFindings([a, b], "лист")[1];
    expect(f.message).toBe("Значение «1» в столбце «Код ОО» повторяется — уже есть на листе «Школа 1» (ячейка A4): ожидается значение, уникальное на всех листах");
    expect(f).toMatchObject({ sheet: "Школа 2", cell: "A4", code: "unique", severity: "error" });
  });

  test("mergeFindings: by row, then column; after the file's own findings of the same cell; sheet-level first", () => {
    const f = (cell: string, code: string): Finding => ({ sheet: "S", cell, field: "", value: null, severity: "error", code, message: "" });
    const own = [f("", "header"), f("A4", "required"), f("C5", "type"), f("A7", "range")];
    const extra = [f("A4", "unique"), f("B5", "unique"), f("A9", "unique")];
    expect(mergeFindings(own, extra).map((x) => `${x.cell} ${x.code}`)).toEqual([
      " header",
      "A4 required",
      "A4 unique",
      "B5 unique",
      "C5 type",
      "A7 range",
      "A9 unique",
    ]);
    expect(mergeFindings(own, [])).toEqual(own);
  });
});
