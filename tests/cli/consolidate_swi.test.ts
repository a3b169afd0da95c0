/**
 * `consolidate` and `swi` on files written as schools send them: the table with the source of each row, the
 * findings sheet, rows with errors marked or excluded, expected schools; then the index written as values next to
 * the table, with notes, and the same numbers as the core functions.
 */
import fs from "fs";
import path from "path";
import { swi, swiGroup } from "../../src/core";
import { contextRow, ensureBuilt, fingerprint, formFile, openWorkbook, runCli, sheetRows, tempDir, type Row } from "./helpers";

/** Five schools of the worked example of functions.md (three indicators vary, the others are the same everywhere). */
const EXAMPLE: [string, number, number, number][] = [
  ["000001", 10, 20, 60],
  ["000002", 30, 35, 25],
  ["000003", 20, 25, 40],
  ["000004", 50, 40, 15],
  ["000005", 15, 22, 55],
];
const schoolRow = ([code, low, single, higher]: [string, number, number, number], over: Row = {}): Row =>
  contextRow(code, {
    "Численность обучающихся": 100,
    "Из малообеспеченных семей": low,
    "Из неполных семей": single,
    "Хотя бы один родитель с высшим образованием": higher,
    "Из многодетных семей": 10,
    "Русский язык не родной": 1,
    "С ОВЗ": 2,
    "Дети-сироты и оставшиеся без попечения": 1,
    "На учёте (ВШУ, ПДН, КДН)": 1,
    "Безработные родители (один или оба)": 5,
    ...over,
  });

describe("consolidate and swi", () => {
  let dir: string;
  const file = (...p: string[]): string => path.join(dir, ...p);

  beforeAll(async () => {
    ensureBuilt();
    dir = tempDir();
    fs.mkdirSync(file("школы"));
    for (const [i, s] of EXAMPLE.entries()) fs.writeFileSync(file("школы", `${s[0]}.xlsx`), await formFile("context", [schoolRow(s, i === 2 ? { "Численность обучающихся": "100" } : {})]));
    // A sixth file with an error (a part above the total) and a seventh repeating school 000001.
    fs.writeFileSync(file("школы", "000006.xlsx"), await formFile("context", [schoolRow(["000006", 20, 120, 30])]));
    fs.writeFileSync(file("школы", "000007.xlsx"), await formFile("context", [schoolRow(EXAMPLE[0])]));
    fs.writeFileSync(file("школы.csv"), "\ufeffКод ОО;Наименование ОО\r\n000001;Школа 1\r\n000002;Школа 2\r\n000003;Школа 3\r\n000004;Школа 4\r\n000005;Школа 5\r\n000006;Школа 6\r\n000008;Школа 8\r\n");
    const results = EXAMPLE.map(([code], i) => ({
      "Код ОО": code,
      "Учебный год": "2024/2025",
      "Процедура": "ЕГЭ",
      "Предмет": "Русский язык",
      "Класс": null,
      "Число участников": 20,
      "Не преодолели минимальный порог": i,
      "Средний балл": [40, 80, 60, 30, 70][i],
    }));
    fs.writeFileSync(file("результаты.xlsx"), await formFile("results", results));
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("consolidate: one table with the source of every row; errors marked; duplicates and missing schools on «Замечания»; exit 1", async () => {
    const before = fs.readdirSync(file("школы")).map((f) => fingerprint(file("школы", f)));
    const r = await runCli(["consolidate", "context", "школы", "--schools", "школы.csv", "-o", "свод/контекст.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Свод формы «Контекстные данные ОО (социальный паспорт школы)» (context): 7 файлов, прочитано 7.");
    expect(r.stdout).toContain("В своде 7 строк; с ошибками — 2 (включены и отмечены).");
    expect(r.stdout).toContain("повтор школы: 2; ошибки в строке: 2; нет данных школы: 1");
    expect(r.stdout).toContain("Записано: свод/контекст.xlsx (листы «Свод», «Замечания», «Сводка»)");
    const wb = await openWorkbook(file("свод", "контекст.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Свод", "Замечания", "Сводка"]);
    const table = wb.getWorksheet("Свод")!;
    const rows = sheetRows(table, 3);
    expect(rows[0].slice(15)).toEqual(["Источник (файл)", "Лист", "Строка", "Статус строки", "Замечания по строке"]);
    expect(rows.slice(1).map((x) => [x[0], x[15], x[18] ?? ""])).toEqual([
      ["000001", "школы/000001.xlsx", ""],
      ["000002", "школы/000002.xlsx", ""],
      ["000003", "школы/000003.xlsx", ""],
      ["000004", "школы/000004.xlsx", ""],
      ["000005", "школы/000005.xlsx", ""],
      ["000006", "школы/000006.xlsx", "ошибка"],
      ["000001", "школы/000007.xlsx", "ошибка"],
    ]);
    // The number typed as text is a number in the table.
    expect(rows[3][5]).toBe(100);
    expect((table.getRow(1).values as unknown[]).includes("edu-roadmap:context:v1")).toBe(true);
    expect(table.views[0]).toMatchObject({ state: "frozen", ySplit: 3, xSplit: 2 });
    const findings = sheetRows(wb.getWorksheet("Замечания")!, 4).map((x) => [x[2], x[3] ?? "", x[6] ?? ""]);
    expect(findings).toEqual([
      ["повтор школы", "школы/000001.xlsx", "000001"],
      ["повтор школы", "школы/000007.xlsx", "000001"],
      ["ошибки в строке", "школы/000006.xlsx", "000006"],
      ["ошибки в строке", "школы/000007.xlsx", "000001"],
      ["нет данных школы", "", "000008"],
    ]);
    expect(fs.readdirSync(file("школы")).map((f) => fingerprint(file("школы", f)))).toEqual(before);
  });

  test("consolidate --exclude-invalid: the rows with errors are left out, and the sheets say so", async () => {
    const r = await runCli(["consolidate", "context", "школы", "--exclude-invalid", "-o", "без-ошибок.xlsx", "-q"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("с ошибками — 2 (исключены)");
    const wb = await openWorkbook(file("без-ошибок.xlsx"));
    expect(sheetRows(wb.getWorksheet("Свод")!, 4).map((x) => x[0])).toEqual(["000001", "000002", "000003", "000004", "000005"]);
    expect(String(wb.getWorksheet("Свод")!.getCell("A2").value)).toContain("Строки с ошибками исключены из свода");
    const summary = sheetRows(wb.getWorksheet("Сводка")!, 4);
    expect(summary).toContainEqual(["Строки с ошибками", "исключены (2)"]);
  });

  test("swi: index, group, result and type as values next to the table, computed by the core functions; notes in Russian", async () => {
    const r = await runCli(["swi", "без-ошибок.xlsx", "--results", "результаты.xlsx", "-o", "исб.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("ИСБ: школ — 5, рассчитан у 5; метод — z-оценка; показателей — 3.");
    expect(r.stdout).toContain("Группы по ИСБ (1 — наименее благополучные): 1 — 2, 2 — 1, 3 — 1, 4 — 1.");
    expect(r.stdout).toContain("Тип школы по результату «ЕГЭ, Русский язык, 2024/2025: средний балл»: НОР и НСУ — 1, резильентная — 1, НСУ — 0, НОР — 1, нет данных — 0.");
    const wb = await openWorkbook(file("исб.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["ИСБ", "Пояснения"]);
    const rows = sheetRows(wb.getWorksheet("ИСБ")!, 3);
    const h = rows[0] as string[];
    const col = (name: string): number => h.indexOf(name);
    const data = rows.slice(1);
    const swiValues = data.map((x) => x[col("ИСБ")] as number);
    expect(swiValues.map((v) => Math.round(v * 10000) / 10000)).toEqual([1.004, -0.6024, 0.2534, -1.39, 0.7349]);
    const shares = data.map((x) => h.map((name, i) => (name.startsWith("Доля: ") ? x[i] : undefined)).filter((v) => v !== undefined));
    expect(swi(shares, [["-", "-", "-", "-", "-", "-", "-", "+", "-"]]).map((x) => x[0])).toEqual(swiValues);
    expect(data.map((x) => x[col("Группа по ИСБ")])).toEqual(swiGroup(swiValues.map((v) => [v])).map((x) => x[0]));
    expect(data.map((x) => x[col("Тип школы")] ?? "")).toEqual(["НОР", "резильентная", "", "НОР и НСУ", ""]);
    expect(data.map((x) => x[col("Результат: средний балл (ЕГЭ, Русский язык, 2024/2025)")])).toEqual([40, 80, 60, 30, 70]);
    expect(h).toEqual(expect.arrayContaining(["Источник (файл)", "Примечание к расчёту"]));
    const notes = sheetRows(wb.getWorksheet("Пояснения")!, 4).map((x) => String(x[1])).join("\n");
    expect(notes).toContain("направление «+» (чем больше доля, тем благополучнее)");
    expect(notes).toContain("z-оценка: (доля − среднее по школам) / стандартное отклонение");
    expect(notes).toContain("Квартили ИСБ");
    expect(notes).toContain("«Средний балл» строк ЕГЭ, Русский язык, 2024/2025");
  });

  test("swi --formulas: EDU.* array formulas with their values, for coordinators who have the add-in", async () => {
    const r = await runCli(["swi", "без-ошибок.xlsx", "--results", "результаты.xlsx", "--method", "rank", "--measure", "pass", "--formulas", "-o", "исб-формулы.xlsx"], dir);
    expect(r.code).toBe(0);
    const ws = (await openWorkbook(file("исб-формулы.xlsx"))).getWorksheet("ИСБ")!;
    const header = sheetRows(ws, 3)[0] as string[];
    const swiCol = header.indexOf("ИСБ (формула EDU.SWI)") + 1;
    const master = ws.getCell(4, swiCol).value as { formula: string; shareType: string; ref: string; result: number };
    expect(master.formula).toMatch(/^_xldudf_EDU_SWI\([A-Z]+4:[A-Z]+8,\{"-","-","-","-","-","-","-","\+","-"\},\{1,1,1,1,1,1,1,1,1\},"rank"\)$/);
    expect(master.shareType).toBe("array");
    expect(master.result).toBe(1);
    expect(ws.getCell(5, swiCol).value).toBe(0.25);
    const typeCol = header.indexOf("Тип школы (формула EDU.QUADRANT)") + 1;
    expect((ws.getCell(4, typeCol).value as { formula: string }).formula).toMatch(/^_xldudf_EDU_QUADRANT\(/);
    expect(header).toContain("Результат: доля преодолевших минимальный порог (ЕГЭ, Русский язык, 2024/2025)");
  });

  test("swi: a workbook without the context table is exit 1 with a Russian line; a bad result choice is exit 2", async () => {
    const none = await runCli(["swi", "результаты.xlsx", "-o", "x.xlsx"], dir);
    expect(none.code).toBe(1);
    expect(none.stderr.trim()).toMatch(/^В книге «результаты\.xlsx» нет таблицы формы «Контекстные данные ОО \(социальный паспорт школы\)»/);
    expect(fs.existsSync(file("x.xlsx"))).toBe(false);
    const subject = await runCli(["swi", "без-ошибок.xlsx", "--results", "результаты.xlsx", "--subject", "астрология", "-o", "x.xlsx"], dir);
    expect(subject.code).toBe(2);
    expect(subject.stderr).toContain("предмет «астрология» не найден");
  });
});
