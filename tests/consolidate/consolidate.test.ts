import { consolidate, crossFileFindings, extractTable, mergeFindings, schoolCodeKey, type SourceFile } from "../../src/consolidate";
import { formSpec } from "../../src/forms";
import { unreadableFinding, validateWorkbook, type WorkbookTables } from "../../src/validate";
import { book, contextBook, headersOf, sheet } from "./helpers";

/** Files as the command line prepares them: validated alone, cross-file findings merged, tables extracted. */
function sources(form: string, files: { file: string; book?: WorkbookTables }[]): SourceFile[] {
  const spec = formSpec(form);
  const prepared = files.map((f) => {
    if (!f.book) return { file: f.file, findings: [unreadableFinding("не zip")] };
    const table = extractTable(f.book, spec);
    return { file: f.file, findings: validateWorkbook(f.book, spec), ...(table ? { table } : {}) };
  });
  const extra = crossFileFindings(prepared.map((p) => ({ file: p.file, sheet: p.table?.sheet ?? "", keys: p.table?.keys ?? [] })));
  return prepared.map((p, i) => ({ ...p, findings: mergeFindings(p.findings, extra[i]) }));
}

const CODE = headersOf("context").indexOf("Код ОО");
const TOTAL = headersOf("context").indexOf("Численность обучающихся");

describe("consolidate", () => {
  const files = sources("context", [
    { file: "школы/1.xlsx", book: contextBook([{ "Код ОО": "000101", "Численность обучающихся": "1 034" }]) },
    { file: "школы/2.xlsx", book: contextBook([{ "Код ОО": "000102", "Из неполных семей": 500 }]) },
    { file: "школы/3.xlsx", book: contextBook([{ "Код ОО": "000101" }]) },
    { file: "школы/4.xlsx" },
    { file: "школы/5.xlsx", book: contextBook([]) },
    { file: "школы/6.xlsx", book: contextBook([{ "Код ОО": "000106", "Из малообеспеченных семей": 390 }]) },
  ]);

  test("one table with the source of each row; rows with errors kept and marked by default", () => {
    const c = consolidate(formSpec("context"), files);
    expect(c.invalidRows).toBe("mark");
    expect(c.columns).toEqual(headersOf("context"));
    expect(c.rows.map((r) => [r.file, r.sheet, r.row, r.status])).toEqual([
      ["школы/1.xlsx", "Контекстные данные", 4, "ok"],
      ["школы/2.xlsx", "Контекстные данные", 4, "error"],
      ["школы/3.xlsx", "Контекстные данные", 4, "error"],
      ["школы/6.xlsx", "Контекстные данные", 4, "warning"],
    ]);
    expect(c.rows[0].values[TOTAL]).toBe(1034);
    expect(c.rows[0].values[CODE]).toBe("000101");
    expect(c.rows[1].note).toMatch(/^H4: «Из неполных семей» = 500 больше, чем «Численность обучающихся» = 400/);
    expect(c.rows[3].note).toMatch(/^G4 \(предупреждение\): /);
    expect(c.stats).toMatchObject({ files: 6, readFiles: 5, unreadableFiles: 1, rowsRead: 4, rows: 4, rowsWithErrors: 2, rowsExcluded: 0, duplicates: 1 });
  });

  test("findings: unreadable file, duplicates in every file, rows with errors, warnings, a file without rows — in that order", () => {
    const c = consolidate(formSpec("context"), files);
    expect(c.findings.map((f) => `${f.code} ${f.file} ${f.row ?? ""}`)).toEqual([
      "unreadable школы/4.xlsx ",
      "duplicate школы/1.xlsx 4",
      "duplicate школы/3.xlsx 4",
      "invalid-row школы/2.xlsx 4",
      "invalid-row школы/3.xlsx 4",
      "row-warning школы/6.xlsx 4",
      "no-rows школы/5.xlsx ",
    ]);
    const dup = c.findings[1];
    expect(dup).toMatchObject({ severity: "error", key: "000101" });
    expect(dup.message).toBe(
      "Код ОО «000101» встречается в 2 файлах: кроме этой строки — «школы/3.xlsx» (лист «Контекстные данные», строка 4). Ожидается одна строка на школу: проверьте, в каком файле ошибка",
    );
    expect(c.findings[3].message).toMatch(/^Строка включена в свод и отмечена в столбце «Замечания по строке» \(1 ошибка\): H4: /);
    expect(c.findings[0].message).toMatch(/\(не zip\).*Строки файла не вошли в свод$/);
    expect(c.findings.find((f) => f.code === "no-rows")!.severity).toBe("warning");
  });

  test("--exclude-invalid: rows with errors left out and said so", () => {
    const c = consolidate(formSpec("context"), files, { invalidRows: "exclude" });
    expect(c.rows.map((r) => r.file)).toEqual(["школы/1.xlsx", "школы/6.xlsx"]);
    expect(c.stats).toMatchObject({ rows: 2, rowsWithErrors: 2, rowsExcluded: 2 });
    expect(c.findings.filter((f) => f.code === "invalid-row").every((f) => f.message.startsWith("Строка не включена в свод (1 ошибка)"))).toBe(true);
    // A duplicate is still reported although its later row was excluded.
    expect(c.findings.filter((f) => f.code === "duplicate")).toHaveLength(2);
  });

  test("expected schools: missing ones and codes not in the list; leading zeros lost by a list kept in Excel still match", () => {
    const c = consolidate(formSpec("context"), files, {
      schools: [{ code: "101" }, { code: "000102", name: "МБОУ «СОШ № 2»" }, { code: "000104", name: "МБОУ «ООШ с. Липки»" }, { code: "000105" }, { code: "" }],
    });
    const missing = c.findings.filter((f) => f.code === "missing");
    expect(missing.map((f) => f.key)).toEqual(["000104", "000105"]);
    expect(missing[0]).toMatchObject({ severity: "warning", file: "", row: null });
    expect(missing[0].message).toBe(
      "Школа «МБОУ «ООШ с. Липки»» (Код ОО 000104) есть в перечне, но её строки нет ни в одном прочитанном файле: запросите файл у школы или проверьте код",
    );
    const extra = c.findings.filter((f) => f.code === "not-in-list");
    expect(extra.map((f) => [f.key, f.file])).toEqual([["000106", "школы/6.xlsx"]]);
    expect(c.stats).toMatchObject({ schoolsExpected: 4, missing: 2, notInList: 1 });
    expect(schoolCodeKey("000101")).toBe(schoolCodeKey(101));
    expect(schoolCodeKey(" ab-1 ")).toBe("ab-1");
    expect(schoolCodeKey(null)).toBe("");
  });

  test("a missing column: a file-level finding, the rest of the file consolidated", () => {
    const headers = headersOf("context").map((h) => (h === "С ОВЗ" ? "Дети с ОВЗ" : h));
    const typed: Record<string, string | number> = { "Код ОО": "9", "Наименование ОО": "Школа", "Муниципальное образование": "Р", "Тип местности": "село", "Учебный год": "2024/2025", "Численность обучающихся": 100 };
    const values = headers.map((h) => typed[h] ?? 1);
    const c = consolidate(formSpec("context"), sources("context", [{ file: "x.xlsx", book: book(sheet(headers, [values], "Лист")) }]));
    expect(c.findings.map((f) => f.code)).toEqual(["header"]);
    expect(c.findings[0].message).toMatch(/^Нет столбца «С ОВЗ»: на его месте «Дети с ОВЗ».*Остальные столбцы файла вошли в свод$/);
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0].status).toBe("ok");
    expect(c.rows[0].values[headersOf("context").indexOf("С ОВЗ")]).toBeNull();
  });

  test("repeated columns: the union of the files' years, in the form's order", () => {
    const t1 = ["№ п/п", "Наименование показателя", "Единица измерения", "Направление", "Базовое значение", "Базовый год", "План 2025", "Факт 2025"];
    const t2 = ["№ п/п", "Наименование показателя", "Единица измерения", "Направление", "Базовое значение", "Базовый год", "План 2024", "План 2025", "Факт 2024", "Факт 2025"];
    const row = (n: number): (string | number)[] => [String(n), "Доля школ", "Процент", "рост", 10, 2023, 20, 25, 20, 25].slice(0, n);
    const c = consolidate(
      formSpec("targets"),
      sources("targets", [
        { file: "a.xlsx", book: book(sheet(t1, [row(8)])) },
        { file: "b.xlsx", book: book(sheet(t2, [row(10)])) },
      ]),
    );
    expect(c.columns.slice(6)).toEqual(["План 2024", "План 2025", "Факт 2024", "Факт 2025"]);
    expect(c.rows[0].values.slice(6)).toEqual([null, 20, null, 25]);
    expect(c.rows[1].values.slice(6)).toEqual([20, 25, 20, 25]);
  });

  test("sheets of one spreadsheet as the sources: «лист» with its declension, never «файл»", () => {
    const sheets = (() => {
      const spec = formSpec("context");
      const prepared = [
        { file: "Школа 1", book: contextBook([{ "Код ОО": "000101" }], "Школа 1") },
        { file: "Школа 2", book: contextBook([{ "Код ОО": "000101" }], "Школа 2") },
        { file: "Школа 3", book: contextBook([{ "Код ОО": "000101" }], "Школа 3") },
        { file: "Заметки", book: book(sheet(["что"], [["-"]], "Заметки")) },
      ].map((f) => {
        const table = extractTable(f.book, spec);
        return { file: f.file, findings: validateWorkbook(f.book, spec), ...(table ? { table } : {}) };
      });
      const extra = crossFileFindings(prepared.map((p) => ({ file: p.file, sheet: p.table?.sheet ?? "", keys: p.table?.keys ?? [] })), "лист");
      return prepared.map((p, i) => ({ ...p, findings: mergeFindings(p.findings, extra[i]) }));
    })();
    const c = consolidate(formSpec("context"), sheets, { source: "лист", schools: [{ code: "000101" }, { code: "000102" }] });
    expect(c.source).toBe("лист");
    const messages = c.findings.map((f) => f.message);
    expect(messages.join("\n")).not.toMatch(/файл/i);
    expect(c.findings.find((f) => f.code === "unreadable")!.message).toMatch(/Строки листа не вошли в свод$/);
    const dup = c.findings.find((f) => f.code === "duplicate" && f.sheet === "Школа 1")!;
    expect(dup.message).toBe(
      "Код ОО «000101» встречается на 3 листах: кроме этой строки — лист «Школа 2» (строка 4), лист «Школа 3» (строка 4). Ожидается одна строка на школу: проверьте, на каком листе ошибка",
    );
    expect(c.findings.find((f) => f.code === "missing")!.message).toBe(
      "Школа (Код ОО 000102) есть в перечне, но её строки нет ни на одном сведённом листе: добавьте лист школы или проверьте код",
    );
    // the validator's cross-sheet repeat says «на листе» too
    expect(c.rows[1].note).toContain("уже есть на листе «Школа 1» (ячейка A4): ожидается значение, уникальное на всех листах");
    // files by default
    expect(consolidate(formSpec("context"), files).source).toBe("файл");
  });

  test("no files at all: the form's columns, no rows, no findings", () => {
    const c = consolidate(formSpec("results"), []);
    expect(c.columns).toEqual(headersOf("results"));
    expect(c.rows).toEqual([]);
    expect(c.findings).toEqual([]);
  });
});
