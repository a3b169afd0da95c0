/**
 * `consolidate results`: the share below the threshold of every row, the sheet «По школам» (RISK_30 and the stably
 * low subjects of each school) and its notes; `--formulas` adds `EDU.SHARE`. `--history` of `validate` and
 * `consolidate`: last year's table for the warning about a share that changed by more than 20 percentage points.
 */
import fs from "fs";
import path from "path";
import { contextRow, ensureBuilt, formFile, openWorkbook, runCli, sheetRows, tempDir, type Row } from "./helpers";

const YEARS = ["2022/2023", "2023/2024", "2024/2025"];
const result = (code: string, year: string, procedure: string, subject: string, participants: number, below: number, average: number, grade: number | null = null): Row => ({
  "Код ОО": code,
  "Учебный год": year,
  "Процедура": procedure,
  "Предмет": subject,
  "Класс": grade,
  "Число участников": participants,
  "Не преодолели минимальный порог": below,
  "Средний балл": average,
});

describe("consolidate results; --history", () => {
  let dir: string;
  const file = (...p: string[]): string => path.join(dir, ...p);

  beforeAll(async () => {
    ensureBuilt();
    dir = tempDir();
    fs.mkdirSync(file("результаты"));
    // Municipality 1: school 000001 below 27 in profile mathematics three years running (and half of them «2»).
    fs.writeFileSync(
      file("результаты", "м1.xlsx"),
      await formFile("results", [
        ...YEARS.map((y, i) => result("000001", y, "ЕГЭ", "Математика профильная", 10, 5, [25, 24, 26][i])),
        ...YEARS.map((y) => result("000001", y, "ЕГЭ", "Русский язык", 20, 0, 64)),
      ]),
    );
    // Municipality 2: school 000002 with 40 % of «2» in ВПР mathematics two years running; 000003 fine.
    fs.writeFileSync(
      file("результаты", "м2.xlsx"),
      await formFile("results", [
        result("000002", YEARS[1], "ВПР", "Математика", 25, 10, 3.1, 5),
        result("000002", YEARS[2], "ВПР", "Математика", 25, 10, 3.0, 5),
        result("000003", YEARS[2], "ОГЭ", "Русский язык", 30, 3, 3.9),
      ]),
    );
    fs.writeFileSync(file("школы.csv"), "Код ОО;Наименование ОО\r\n000001;Школа № 1\r\n000002;Школа № 2\r\n000003;Школа № 3\r\n");
    // Context: last year's consolidation-like file and this year's school file (low-income share 10 % → 40 %).
    fs.writeFileSync(file("прошлый.xlsx"), await formFile("context", [contextRow("000001", { "Учебный год": "2023/2024", "Численность обучающихся": 100, "Из малообеспеченных семей": 10, "Из неполных семей": 15, "Из многодетных семей": 10, "Хотя бы один родитель с высшим образованием": 50 })]));
    fs.writeFileSync(file("школа.xlsx"), await formFile("context", [contextRow("000001", { "Численность обучающихся": 100, "Из малообеспеченных семей": 40, "Из неполных семей": 15, "Из многодетных семей": 10, "Хотя бы один родитель с высшим образованием": 50 })]));
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("results: the share column, «По школам» with RISK_30 and stably low results, notes; --formulas adds EDU.SHARE", async () => {
    const r = await runCli(["consolidate", "results", "результаты", "--schools", "школы.csv", "--formulas", "-o", "свод.xlsx", "-q"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("По школам (годы 2022/2023, 2023/2024, 2024/2025): риск 30 % — 2, стабильно низкие результаты — 1 из 3 школ.");
    expect(r.stdout).toContain("Записано: свод.xlsx (листы «Свод», «Замечания», «Сводка», «По школам», «Пояснения»)");
    const wb = await openWorkbook(file("свод.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Свод", "Замечания", "Сводка", "По школам", "Пояснения"]);
    const table = wb.getWorksheet("Свод")!;
    const rows = sheetRows(table, 3);
    expect(rows[0].slice(8, 11)).toEqual(["Доля не преодолевших порог", "Доля не преодолевших порог (формула EDU.SHARE)", "Источник (файл)"]);
    expect(rows.slice(1).map((x) => x[8])).toEqual([0.5, 0.5, 0.5, 0, 0, 0, 0.4, 0.4, 0.1]);
    // The formula reads «Не преодолели минимальный порог» (G) of «Число участников» (F), its result cached.
    expect(table.getCell("J4").value).toMatchObject({ formula: "_xldudf_EDU_SHARE(G4,F4)", result: 0.5 });
    expect(table.getColumn(9).numFmt).toBe("0.0%");

    const schools = sheetRows(wb.getWorksheet("По школам")!, 3);
    expect(schools[0]).toEqual(["Код ОО", "Наименование ОО", "Риск 30 %", "Условие риска", "Стабильно низкие результаты", "Примечание"]);
    expect(schools[1]).toEqual(["000001", "Школа № 1", "да", expect.stringMatching(/^Б: два года подряд не ниже 30 % — ЕГЭ, Математика профильная/), "ЕГЭ, Математика профильная: 25; 24; 26 (порог 27)"]);
    expect(schools[2].slice(0, 4)).toEqual(["000002", "Школа № 2", "да", "Б: два года подряд не ниже 30 % — ВПР, Математика, 5 класс (2023/2024: 40 %, 2024/2025: 40 %)"]);
    expect(schools[3].slice(0, 3)).toEqual(["000003", "Школа № 3", "нет"]);
    const notes = sheetRows(wb.getWorksheet("Пояснения")!, 4).map((x) => `${x[0]}: ${x[1]}`).join("\n");
    expect(notes).toContain("Риск 30 %: Индикатор риска Рособрнадзора");
    expect(notes).toContain("Формулой в своде дан только столбец доли");
  });

  test("another form: --formulas has nothing to add and says so", async () => {
    const r = await runCli(["consolidate", "context", "школа.xlsx", "--formulas", "-o", "к.xlsx", "-q"], dir);
    expect(r.stderr).toContain("--formulas: у свода формы «Контекстные данные ОО (социальный паспорт школы)» нет столбцов с формулами надстройки");
    expect((await openWorkbook(file("к.xlsx"))).worksheets.map((w) => w.name)).toEqual(["Свод", "Замечания", "Сводка"]);
  });

  test("--history: last year's table gives the year-on-year warning in validate and consolidate; without it there is none", async () => {
    const plain = await runCli(["validate", "context", "школа.xlsx", "--report", "без.json", "-q"], dir);
    expect(plain.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(file("без.json"), "utf8")).files[0].issues).toEqual([]);

    const r = await runCli(["validate", "context", "школа.xlsx", "--history", "прошлый.xlsx", "--report", "с.json", "-q"], dir);
    expect(r.code).toBe(0);
    const issues = JSON.parse(fs.readFileSync(file("с.json"), "utf8")).files[0].issues;
    expect(issues).toEqual([
      expect.objectContaining({
        cell: "G4",
        code: "outlier",
        severity: "warning",
        message: "Доля «Из малообеспеченных семей» изменилась на 30 п. п. против 2023/2024 (10 % → 40 %), больше 20 п. п.: проверьте, верно ли введены числа",
      }),
    ]);

    const c = await runCli(["consolidate", "context", "школа.xlsx", "--history", "прошлый.xlsx", "-o", "с-историей.xlsx", "-q"], dir);
    expect(c.code).toBe(0);
    const findings = sheetRows((await openWorkbook(file("с-историей.xlsx"))).getWorksheet("Замечания")!, 4);
    expect(findings.map((x) => x[2])).toEqual(["предупреждение"]);
    expect(String(findings[0][7])).toContain("изменилась на 30 п. п. против 2023/2024");
  });

  test("--history: a file that is not a workbook or has no table of the form stops the command (exit 1); a form without such warnings says so", async () => {
    fs.writeFileSync(file("не-книга.xlsx"), "не книга");
    const bad = await runCli(["validate", "context", "школа.xlsx", "--history", "не-книга.xlsx"], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toMatch(/^Файл прошлых лет «не-книга\.xlsx» не читается как книга Excel/);
    const other = await runCli(["validate", "context", "школа.xlsx", "--history", path.join("результаты", "м1.xlsx")], dir);
    expect(other.code).toBe(1);
    expect(other.stderr.trim()).toMatch(/^В файле прошлых лет «результаты.м1\.xlsx» нет таблицы формы «Контекстные данные ОО/);
    const results = await runCli(["validate", "results", "результаты", "--history", path.join("результаты", "м1.xlsx"), "-q"], dir);
    expect(results.code).toBe(0);
    expect(results.stderr).toContain("--history: у формы «Образовательные результаты (мониторинг)» нет предупреждений об изменении за год");
  });
});
