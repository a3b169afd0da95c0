/**
 * The command line's words and exit codes: Russian help, `forms`, `scaffold`, and a one-line Russian explanation
 * with exit code 2 for every wrong call — nothing written then.
 */
import fs from "fs";
import path from "path";
import { ensureBuilt, listFiles, openWorkbook, runCli, tempDir } from "./helpers";

describe("usage", () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = tempDir();
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("help is Russian, commander's English is replaced; no command is wrong usage", async () => {
    const help = await runCli(["--help"], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Использование: edu-roadmap <команда> \[параметры\]/);
    for (const word of ["Команды:", "Параметры:", "forms", "scaffold <формы...>", "validate <форма> <файлы...>", "consolidate", "swi", "demo [папка]", "показать справку"]) {
      expect(help.stdout).toContain(word);
    }
    expect(help.stdout).not.toMatch(/Usage|Options|Commands|display help|\[options\]/);
    const sub = await runCli(["help", "validate"], dir);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain("Аргументы:");
    expect(sub.stdout).toContain("--report <файл>");
    expect(sub.stdout).toContain("Коды выхода: 0 — ошибок нет");
    expect(sub.stdout).not.toMatch(/default:|choices:/);
    const none = await runCli([], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Использование:");
    const version = await runCli(["--version"], dir);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test("forms: ids, titles and presets", async () => {
    const r = await runCli(["forms"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/context\s+Контекстные данные ОО \(социальный паспорт школы\)/);
    expect(r.stdout).toMatch(/risk-profile\s+Рисковый профиль/);
    expect(r.stdout).toContain("--preset plan-tambov:");
  });

  test.each([
    [["frobnicate"], "Неизвестная команда «frobnicate»"],
    [["validate"], "Не хватает аргумента «форма»"],
    [["validate", "context", "a.xlsx", "--bogus"], "Неизвестный параметр «--bogus»"],
    [["validate", "nope", "a.xlsx"], "Неизвестная форма «nope». Формы: context, results"],
    [["validate", "context", "a.xlsx", "--report", "r.txt"], "неизвестный формат «.txt»"],
    [["validate", "context", "a.xlsx", "--as-of", "2025-02-30"], "Дата «2025-02-30» не распознана"],
    [["validate", "context", "a.xlsx", "--jobs", "0"], "--jobs «0»"],
    [["validate", "context", "пусто/*.xlsx"], "По шаблону «пусто/*.xlsx» не найдено ни одного файла — нечего проверять"],
    [["scaffold", "context"], "Не указан файл результата: добавьте -o <файл.xlsx>"],
    [["scaffold", "context", "-o", "a.csv"], "должен иметь расширение .xlsx"],
    [["scaffold", "nope", "-o", "a.xlsx"], "Неизвестная форма «nope»"],
    [["scaffold", "plan", "-o", "a.xlsx", "--preset", "nope"], "Неизвестный набор строк «nope»"],
    [["scaffold", "context", "-o", "a.xlsx", "--preset", "plan-tambov"], "относится к форме «plan»"],
    [["scaffold", "targets", "-o", "a.xlsx", "--years", "2026-2024"], "первый год позже последнего"],
    [["scaffold", "targets", "-o", "a.xlsx", "--years", "двадцать"], "не распознаны"],
    [["scaffold", "targets", "-o", "a.xlsx", "--years", "2020-2035"], "не больше 10 лет"],
    [["scaffold", "context", "context", "-o", "a.xlsx"], "указана дважды"],
    [["consolidate", "context", "a.xlsx"], "добавьте -o"],
    [["consolidate", "context", "a.xlsx", "-o", "a.xlsx"], "совпадает с входным файлом"],
    [["swi", "a.xlsx", "-o", "b.xlsx", "--method", "median"], "--method «median»: ожидается одно из: z, minmax, rank"],
    [["swi", "a.xlsx", "-o", "a.xlsx"], "совпадает с входным файлом"],
  ])("%j → exit 2 and one Russian line", async (args, message) => {
    const before = listFiles(dir);
    const r = await runCli(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
    expect(listFiles(dir)).toEqual(before);
  });

  test("scaffold: one sheet per form with its marker, presets and years; the file opens", async () => {
    const r = await runCli(["scaffold", "context", "results", "targets", "--preset", "targets-yartsevo", "-o", "шаблоны/формы.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Записано: шаблоны/формы.xlsx");
    const wb = await openWorkbook(path.join(dir, "шаблоны", "формы.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Контекстные данные", "Результаты", "Целевые показатели"]);
    const markers = wb.worksheets.map((w) => (w.getRow(1).values as unknown[]).find((v) => typeof v === "string" && v.startsWith("edu-roadmap:")));
    expect(markers).toEqual(["edu-roadmap:context:v1", "edu-roadmap:results:v1", "edu-roadmap:targets:v1"]);
    const targetHeaders = (wb.worksheets[2].getRow(3).values as unknown[]).filter((v) => typeof v === "string" && v.startsWith("План "));
    // The preset's own years win: the Yartsevo programme plans for 2021.
    expect(targetHeaders).toEqual(["План 2021"]);

    const years = await runCli(["scaffold", "finance", "--years", "2024-2026", "--rows", "5", "-o", "финансы.xlsx"], dir);
    expect(years.code).toBe(0);
    const fin = (await openWorkbook(path.join(dir, "финансы.xlsx"))).worksheets[0];
    expect((fin.getRow(3).values as unknown[]).filter((v) => typeof v === "string" && v.startsWith("Объём"))).toEqual([
      "Объём средств 2024, руб.",
      "Объём средств 2025, руб.",
      "Объём средств 2026, руб.",
    ]);
  });

  test("scaffold with a municipalities list: the template's drop-down", async () => {
    fs.writeFileSync(path.join(dir, "мо.txt"), "Северный район\nЗаречный район\n");
    const r = await runCli(["scaffold", "context", "--municipalities", "мо.txt", "-o", "контекст.xlsx"], dir);
    expect(r.code).toBe(0);
    const ws = (await openWorkbook(path.join(dir, "контекст.xlsx"))).worksheets[0];
    const values: unknown[] = [];
    ws.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toEqual(expect.arrayContaining(["Северный район", "Заречный район"]));
    const missing = await runCli(["scaffold", "context", "--municipalities", "нет.txt", "-o", "к2.xlsx"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Не удалось прочитать перечень муниципалитетов «нет.txt»: файл не найден");
  });
});
