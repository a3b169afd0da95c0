/**
 * «Свести» through the test host: chosen files → the shared consolidation → «Свод», «Замечания», «Сводка» written by
 * the Office.js writer into new sheets; repeats across files and schools of the list without data reported; the
 * expected schools read from a sheet of the workbook, a CSV (UTF-8 or Windows-1251) or a workbook.
 */
import { consolidateFiles } from "../../../taskpane/consolidate/consolidate_files";
import { schoolsFromFile, schoolsFromRows, schoolsFromSheet } from "../../../taskpane/consolidate/expected_schools";
import { decodeText } from "../../../src/consolidate/decode_text";
import { pickedFromBytes } from "../../../taskpane/files/picked_file";
import { scaffoldPlans } from "../../../taskpane/office/scaffold_plans";
import { PaneError } from "../../../taskpane/office/pane_error";
import { contextRecord, formFileBytes, installHost, run, type Row } from "../helpers";

const XSS = "<img src=x onerror=alert(1)>";

async function schoolFiles() {
  return [
    pickedFromBytes("Северный.xlsx", await formFileBytes("context", [contextRecord("000101"), contextRecord("000102", { "Из неполных семей": 900 })])),
    pickedFromBytes(`${XSS}.xlsx`, await formFileBytes("context", [contextRecord("000201"), contextRecord("000101")])),
    pickedFromBytes("пустой.xlsx", new Uint8Array(0)),
  ];
}

describe("consolidating chosen files", () => {
  it("makes one table with the source of each row, and reports repeats, invalid rows, unreadable files and missing schools", async () => {
    const files = await schoolFiles();
    const progress: string[] = [];
    const { consolidation: c, plans } = await consolidateFiles(
      files,
      { formId: "context", schools: [{ code: "000101" }, { code: "000201" }, { code: "000301", name: "МБОУ «СОШ № 3»" }], asOf: "2025-03-01" },
      (p) => progress.push(p.current ?? "конец"),
    );
    expect(progress).toEqual(["Северный.xlsx", `${XSS}.xlsx`, "пустой.xlsx", "конец"]);
    expect(c.stats).toMatchObject({ files: 3, readFiles: 2, unreadableFiles: 1, rows: 4, duplicates: 1, missing: 1, rowsWithErrors: 2 });
    expect(c.rows.map((r) => [r.file, r.row])).toEqual([
      ["Северный.xlsx", 4],
      ["Северный.xlsx", 5],
      [`${XSS}.xlsx`, 4],
      [`${XSS}.xlsx`, 5],
    ]);
    const kinds = c.findings.map((f) => f.code);
    expect(kinds).toEqual(expect.arrayContaining(["unreadable", "duplicate", "invalid-row", "missing"]));
    expect(c.findings.find((f) => f.code === "missing")?.message).toContain("МБОУ «СОШ № 3»");
    expect(plans.map((p) => p.sheetName)).toEqual(["Свод", "Замечания", "Сводка"]);
  });

  it("writes the consolidated sheets through the Office.js writer, never over an existing sheet", async () => {
    const host = installHost();
    try {
      host.addSheet("Свод", [["старый свод"]]);
      const { plans } = await consolidateFiles(await schoolFiles(), { formId: "context" });
      const progress: string[] = [];
      const written = await run(host, (ctx) => scaffoldPlans(ctx, plans, { onProgress: (p) => p.current && progress.push(p.current.name) }));
      expect(written.sheets.map((s) => s.name)).toEqual(["Свод (2)", "Замечания", "Сводка"]);
      expect(progress).toEqual(["Свод (2)", "Замечания", "Сводка"]);
      expect(host.view("Свод").values).toEqual([["старый свод"]]);
      const svod = host.view("Свод (2)");
      const header = svod.values[2];
      expect(header).toEqual(expect.arrayContaining(["Код ОО", "Источник (файл)", "Лист", "Строка", "Статус строки", "Замечания по строке"]));
      const fileCol = header.indexOf("Источник (файл)");
      expect(svod.values.slice(3).map((r) => r[fileCol])).toEqual(["Северный.xlsx", "Северный.xlsx", `${XSS}.xlsx`, `${XSS}.xlsx`]);
      // The table keeps the form's marker: it is read back as the form.
      expect(svod.values[0]).toContain("edu-roadmap:context:v1");
      const notes = host.view("Замечания").values.slice(3).map((r) => r[2]);
      expect(notes).toEqual(expect.arrayContaining(["файл не прочитан", "повтор школы", "ошибки в строке"]));
      expect(written.syncs).toBe(1 + 3);
    } finally {
      host.done();
    }
  });

  it("consolidates the results as the command line does: the share (value and EDU.SHARE), «По школам», «Пояснения»", async () => {
    const row = (code: string, year: string, procedure: string, subject: string, participants: number, below: number, average: number): Row => ({
      "Код ОО": code,
      "Учебный год": year,
      Процедура: procedure,
      Предмет: subject,
      "Число участников": participants,
      "Не преодолели минимальный порог": below,
      "Средний балл": average,
    });
    // School 000101: a third of ОГЭ mathematics below the threshold two years running (condition Б of RISK_30).
    const files = [
      pickedFromBytes("2023-2024.xlsx", await formFileBytes("results", [row("000101", "2023/2024", "ОГЭ", "Математика", 30, 10, 3.1), row("000102", "2023/2024", "ОГЭ", "Математика", 40, 2, 3.9)])),
      pickedFromBytes("2024-2025.xlsx", await formFileBytes("results", [row("000101", "2024/2025", "ОГЭ", "Математика", 30, 12, 3.0), row("000102", "2024/2025", "ОГЭ", "Математика", 40, 1, 4.0)])),
    ];
    const { consolidation: c, plans, derived } = await consolidateFiles(files, { formId: "results", schools: [{ code: "000101", name: "СОШ № 1" }, { code: "000102" }] });
    expect(plans.map((p) => p.sheetName)).toEqual(["Свод", "Замечания", "Сводка", "По школам", "Пояснения"]);
    expect(derived?.rowShares).toEqual([10 / 30, 2 / 40, 12 / 30, 1 / 40]);
    expect(derived?.counts).toMatchObject({ schools: 2, risk: 1 });
    expect(c.stats.rows).toBe(4);
    const host = installHost();
    try {
      const written = await run(host, (ctx) => scaffoldPlans(ctx, plans));
      expect(written.sheets.map((x) => x.name)).toEqual(["Свод", "Замечания", "Сводка", "По школам", "Пояснения"]);
      const svod = host.view("Свод");
      expect(svod.values[2].slice(7, 10)).toEqual(["Средний балл", "Доля не преодолевших порог", "Доля не преодолевших порог (формула EDU.SHARE)"]);
      expect(svod.values[3][8]).toBeCloseTo(1 / 3, 12);
      expect(svod.formulas[3][9]).toBe("=EDU.SHARE(G4,F4)");
      expect(svod.formulas[6][9]).toBe("=EDU.SHARE(G7,F7)");
      const schools = host.view("По школам");
      expect(schools.values[2].slice(0, 4)).toEqual(["Код ОО", "Наименование ОО", "Риск 30 %", "Условие риска"]);
      expect(schools.values[3].slice(0, 3)).toEqual(["000101", "СОШ № 1", "да"]);
      expect(String(schools.values[3][3])).toMatch(/^Б: два года подряд не ниже 30 %/);
      expect(schools.values[4].slice(0, 3)).toEqual(["000102", "", "нет"]);
      expect(host.view("Пояснения").values.flat().join(" ")).toContain("Доля не преодолевших порог (формула EDU.SHARE)");
    } finally {
      host.done();
    }
  });

  it("refuses to start without files, saying what to do", async () => {
    await expect(consolidateFiles([], { formId: "context" })).rejects.toMatchObject({ name: "PaneError", action: expect.stringContaining("Выбрать файлы") });
  });
});

describe("the list of expected schools", () => {
  it("reads codes (and names) from a sheet of the workbook under «Код ОО»", async () => {
    const host = installHost();
    try {
      host.addSheet("Перечень", [["Перечень школ района"], [], ["№", "Код ОО", "Наименование ОО"], [1, "000101", "СОШ № 1"], [2, "000102", null]]);
      const schools = await run(host, (ctx) => schoolsFromSheet(ctx, "Перечень"));
      expect(schools).toEqual([{ code: "000101", name: "СОШ № 1" }, { code: "000102" }]);
    } finally {
      host.done();
    }
  });

  it("reads a CSV in UTF-8 or Windows-1251, a text list, or a workbook", async () => {
    const cp1251 = new Uint8Array([0xca, 0xee, 0xe4, 0x20, 0xce, 0xce, 0x3b, 0xd8, 0xea, 0xee, 0xeb, 0xe0, 0x0a, 0x30, 0x30, 0x30, 0x31, 0x30, 0x31, 0x3b, 0xd1, 0xce, 0xd8]);
    expect(decodeText(cp1251)).toBe("Код ОО;Школа\n000101;СОШ");
    expect(await schoolsFromFile(pickedFromBytes("list.csv", cp1251))).toEqual([{ code: "000101", name: "СОШ" }]);
    expect(await schoolsFromFile(pickedFromBytes("codes.txt", new TextEncoder().encode("000101\n000102\n")))).toEqual([{ code: "000101" }, { code: "000102" }]);
    const book = await formFileBytes("context", [contextRecord("000301")]);
    expect((await schoolsFromFile(pickedFromBytes("context.xlsx", book))).map((s) => s.code)).toEqual(["000301"]);
  });

  it("refuses an empty list with what to do", async () => {
    expect(() => schoolsFromRows([["Код ОО"]], "лист «Пусто»")).toThrow(PaneError);
    await expect(schoolsFromFile(pickedFromBytes("empty.txt", new Uint8Array(0)))).rejects.toMatchObject({ message: expect.stringContaining("нет ни одного кода") });
    await expect(schoolsFromFile(pickedFromBytes("bad.xlsx", new TextEncoder().encode("не книга")))).rejects.toMatchObject({ message: expect.stringContaining("Перечень школ не прочитан") });
  });
});
