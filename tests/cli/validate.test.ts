/**
 * `validate`: exit codes, the per-file summary, the report in its three formats (the JSON shape exactly), reference
 * lists, folders and wildcards as inputs — and the inputs never changed.
 */
import fs from "fs";
import path from "path";
import { contextRow, ensureBuilt, fingerprint, formFile, openWorkbook, runCli, sheetRows, tempDir } from "./helpers";

describe("validate", () => {
  let dir: string;
  beforeAll(async () => {
    ensureBuilt();
    dir = tempDir();
    fs.mkdirSync(path.join(dir, "школы"));
    const put = async (name: string, data: Buffer | Promise<Buffer>): Promise<void> => fs.writeFileSync(path.join(dir, "школы", name), await data);
    await put("good.xlsx", formFile("context", [contextRow("000101", { "Численность обучающихся": "1 034" })]));
    await put("bad.xlsx", formFile("context", [contextRow("000102", { "Из неполных семей": 500, "Тип местности": "деревня" })]));
    await put("warn.xlsx", formFile("context", [contextRow("000103", { "Из малообеспеченных семей": 390 })]));
    await put("twin.xlsx", formFile("context", [contextRow("000101")]));
    fs.writeFileSync(path.join(dir, "школы", "text.xlsx"), "Код ОО;Наименование ОО\n1;школа\n");
    fs.writeFileSync(path.join(dir, "школы", "~$good.xlsx"), "lock file of Excel");
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const at = (f: string): string => path.join(dir, "школы", f);

  test("no errors: exit 0, also with warnings; a number typed «1 034» is accepted", async () => {
    const good = await runCli(["validate", "context", "школы/good.xlsx"], dir);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain("✓ школы/good.xlsx");
    expect(good.stdout).toContain("Итого: 1 файл; без ошибок — 1, с ошибками — 0, не прочитано — 0; 0 ошибок, 0 предупреждений.");
    const warn = await runCli(["validate", "context", "школы/warn.xlsx"], dir);
    expect(warn.code).toBe(0);
    expect(warn.stdout).toContain("! школы/warn.xlsx — есть предупреждения: 1 предупреждение");
  });

  test("what the safe loader could not read reaches the report as a warning (a macro-enabled workbook)", async () => {
    fs.copyFileSync(at("good.xlsx"), path.join(dir, "макросы.xlsm"));
    const r = await runCli(["validate", "context", "макросы.xlsm", "--report", "макросы.json"], dir);
    expect(r.code).toBe(0);
    const [file] = JSON.parse(fs.readFileSync(path.join(dir, "макросы.json"), "utf8")).files;
    expect(file.issues).toEqual([expect.objectContaining({ code: "unreadable", severity: "warning", message: expect.stringMatching(/макросы не запускались/) })]);
  });

  test("errors or an unreadable file: exit 1; a per-file summary with the first findings and the totals", async () => {
    const r = await runCli(["validate", "context", "школы/bad.xlsx", "школы/text.xlsx", "школы/нет.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✗ школы/bad.xlsx — есть ошибки: 2 ошибки");
    expect(r.stdout).toContain("    D4 «Тип местности»: Значение «деревня» не из списка: ожидается одно из значений: город, село");
    expect(r.stdout).toContain("✗ школы/text.xlsx — не прочитан: 1 ошибка");
    expect(r.stdout).toMatch(/✗ школы\/нет\.xlsx — не прочитан: 1 ошибка\n {4}Файл не удалось прочитать как книгу Excel \(файл не найден\)/);
    expect(r.stdout).toContain("Итого: 3 файла; без ошибок — 0, с ошибками — 1, не прочитано — 2; 4 ошибки, 0 предупреждений.");
  });

  test("a folder: its .xlsx files in name order, Excel's lock files skipped; the same code in two files is an error in the later one", async () => {
    const r = await runCli(["validate", "context", "школы", "--report", "отчёт.json"], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(fs.readFileSync(path.join(dir, "отчёт.json"), "utf8"));
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(["bad", "good", "text", "twin", "warn"].map((n) => path.join("школы", `${n}.xlsx`)));
    const twin = report.files[3].issues;
    expect(twin).toHaveLength(1);
    expect(twin[0]).toMatchObject({ cell: "A4", code: "unique", value: "000101" });
    expect(twin[0].message).toContain(`уже есть в файле «${path.join("школы", "good.xlsx")}»`);
  });

  test("the JSON report has exactly the documented shape", async () => {
    const r = await runCli(["validate", "context", "школы/bad.xlsx", "школы/good.xlsx", "--report", "r.json"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Отчёт: r.json");
    const report = JSON.parse(fs.readFileSync(path.join(dir, "r.json"), "utf8"));
    expect(Object.keys(report)).toEqual(["files"]);
    for (const f of report.files) {
      expect(Object.keys(f)).toEqual(["file", "issues"]);
      for (const i of f.issues) {
        expect(Object.keys(i)).toEqual(["sheet", "cell", "field", "value", "severity", "code", "message"]);
        expect(["error", "warning"]).toContain(i.severity);
      }
    }
    expect(report).toEqual({
      files: [
        {
          file: "школы/bad.xlsx",
          issues: [
            {
              sheet: "Контекстные данные",
              cell: "D4",
              field: "Тип местности",
              value: "деревня",
              severity: "error",
              code: "enum",
              message: "Значение «деревня» не из списка: ожидается одно из значений: город, село",
            },
            {
              sheet: "Контекстные данные",
              cell: "H4",
              field: "Из неполных семей",
              value: 500,
              severity: "error",
              code: "part-exceeds-total",
              message: "«Из неполных семей» = 500 больше, чем «Численность обучающихся» = 400: ожидается число не больше «Численность обучающихся»",
            },
          ],
        },
        { file: "школы/good.xlsx", issues: [] },
      ],
    });
  });

  test("the CSV report: UTF-8 BOM, a header row, «;» between fields, Russian severities", async () => {
    await runCli(["validate", "context", "школы/bad.xlsx", "школы/warn.xlsx", "--report", "r.csv"], dir);
    const bytes = fs.readFileSync(path.join(dir, "r.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe("Файл;Лист;Ячейка;Столбец;Значение;Важность;Код;Сообщение");
    expect(lines[1]).toBe("школы/bad.xlsx;Контекстные данные;D4;Тип местности;деревня;ошибка;enum;Значение «деревня» не из списка: ожидается одно из значений: город, село");
    expect(lines[3]).toMatch(/^школы\/warn\.xlsx;Контекстные данные;G4;Из малообеспеченных семей;390;предупреждение;outlier;"?/);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe("");
  });

  test("the Excel report: findings and files sheets with a frozen header and a filter", async () => {
    await runCli(["validate", "context", "школы", "--report", "r.xlsx"], dir);
    const wb = await openWorkbook(path.join(dir, "r.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Замечания", "Файлы"]);
    const ws = wb.worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.autoFilter).toBe("A3:H3");
    expect(sheetRows(ws, 3)[0]).toEqual(["Файл", "Лист", "Ячейка", "Столбец", "Значение", "Важность", "Код", "Сообщение"]);
    expect(sheetRows(ws, 4).map((r) => r[6])).toEqual(["enum", "part-exceeds-total", "unreadable", "unique", "outlier"]);
    expect(ws.getColumn(8).width).toBe(100);
    expect(sheetRows(wb.worksheets[1], 4).map((r) => r.slice(0, 2))).toEqual([
      ["школы/bad.xlsx", "есть ошибки"],
      ["школы/good.xlsx", "без замечаний"],
      ["школы/text.xlsx", "не прочитан"],
      ["школы/twin.xlsx", "есть ошибки"],
      ["школы/warn.xlsx", "есть предупреждения"],
    ]);
  });

  test("a municipalities list (CSV in Windows-1251, as a Russian Excel saves it) and a wildcard", async () => {
    // «Муниципальное образование;Код» / «Заречный район;2» in Windows-1251.
    const cp1251 = (s: string): Buffer => Buffer.from([...s].map((ch) => (ch.charCodeAt(0) >= 0x410 && ch.charCodeAt(0) <= 0x44f ? ch.charCodeAt(0) - 0x350 : ch.charCodeAt(0))));
    fs.writeFileSync(path.join(dir, "мо.csv"), cp1251("Муниципальное образование;Код\r\nЗаречный район;2\r\n"));
    const r = await runCli(["validate", "context", "школы/g*.xlsx", "--municipalities", "мо.csv", "--report", "m.json"], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(fs.readFileSync(path.join(dir, "m.json"), "utf8"));
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(["школы/good.xlsx"]);
    expect(report.files[0].issues.map((i: { code: string; value: string }) => [i.code, i.value])).toEqual([["enum", "Северный район"]]);
  });

  test("the files read are never changed", async () => {
    const files = ["good.xlsx", "bad.xlsx", "text.xlsx", "twin.xlsx", "warn.xlsx"].map(at);
    const before = files.map(fingerprint);
    await runCli(["validate", "context", "школы", "--report", "x.xlsx"], dir);
    await runCli(["consolidate", "context", "школы", "-o", "свод.xlsx"], dir);
    expect(files.map(fingerprint)).toEqual(before);
  });
});
