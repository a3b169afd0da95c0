/**
 * `edu-roadmap demo`, end to end: every planted mistake found, every output written and readable, the index
 * computed; the same findings on a second run; a folder of someone else's files refused.
 */
import fs from "fs";
import path from "path";
import { demoSet } from "../../src/demo";
import { ensureBuilt, listFiles, openWorkbook, runCli, sheetRows, tempDir } from "./helpers";

describe("demo", () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = tempDir();
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test(
    "the whole job on the synthetic region; all planted mistakes found; the outputs open; a second run gives the same reports",
    async () => {
      const r = await runCli(["demo"], dir);
      expect(r.stderr).toMatch(/^Готово за \d+,\d с\.\n$/);
      expect(r.code).toBe(0);
      const set = demoSet();
      expect(r.stdout).toContain(`Заложенные ошибки: найдено ${set.mistakes.length} из ${set.mistakes.length}.`);
      for (const m of set.mistakes) expect(r.stdout).toContain(`✓ ${m.title} — ${m.file}`);
      expect(r.stdout).not.toContain("✗");
      expect(r.stdout).toContain("Папка: edu-roadmap-demo");

      const demo = path.join(dir, "edu-roadmap-demo");
      const files = listFiles(demo);
      for (const f of [
        ".edu-roadmap-demo",
        "итоги.txt",
        "шаблоны/context.xlsx",
        "шаблоны/results.xlsx",
        "перечни/школы.csv",
        "перечни/муниципалитеты.txt",
        "проверка/контекст.json",
        "проверка/контекст.xlsx",
        "проверка/результаты.json",
        "проверка/результаты.xlsx",
        "свод/контекст.xlsx",
        "свод/результаты.xlsx",
        "индекс/исб.xlsx",
      ]) {
        expect(files).toContain(f);
      }
      expect(files.filter((f) => f.startsWith("школы/"))).toHaveLength(60);
      expect(files.filter((f) => f.startsWith("результаты/"))).toHaveLength(4);
      expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
      expect(fs.readFileSync(path.join(demo, "итоги.txt"), "utf8")).toContain("Заложенные ошибки: найдено 9 из 9.");

      // Every workbook written opens with exceljs.
      for (const f of files.filter((x) => x.endsWith(".xlsx") && x !== "школы/040009.xlsx")) {
        expect((await openWorkbook(path.join(demo, f))).worksheets.length).toBeGreaterThan(0);
      }
      const report = JSON.parse(fs.readFileSync(path.join(demo, "проверка", "контекст.json"), "utf8"));
      const codes = report.files.flatMap((f: { issues: { code: string }[] }) => f.issues.map((i) => i.code)).sort();
      expect(codes).toEqual(["enum", "header", "part-exceeds-total", "pattern", "required", "unique", "unreadable"]);
      const results = JSON.parse(fs.readFileSync(path.join(demo, "проверка", "результаты.json"), "utf8"));
      expect(results.files.every((f: { issues: unknown[] }) => f.issues.length === 0)).toBe(true);

      // The index: a value for every school with a social passport that allows it, groups 1–4, a type.
      const index = await openWorkbook(path.join(demo, "индекс", "исб.xlsx"));
      const rows = sheetRows(index.getWorksheet("ИСБ")!, 3);
      const header = rows[0] as string[];
      const data = rows.slice(1);
      expect(data.length).toBeGreaterThanOrEqual(55);
      const swi = data.map((x) => x[header.indexOf("ИСБ")]).filter((v) => typeof v === "number");
      expect(swi.length).toBeGreaterThanOrEqual(data.length - 3);
      expect(new Set(data.map((x) => x[header.indexOf("Группа по ИСБ")]).filter((g) => g !== null))).toEqual(new Set([1, 2, 3, 4]));
      expect(data.some((x) => x[header.indexOf("Тип школы")] === "НОР и НСУ")).toBe(true);
      expect(sheetRows(index.getWorksheet("Пояснения")!, 4).length).toBeGreaterThan(10);

      // Deterministic: a second run in another folder writes the same reports, tables and summary.
      const second = await runCli(["demo", "второй", "-q"], dir);
      expect(second.code).toBe(0);
      expect(second.stderr).toBe("");
      for (const f of ["проверка/контекст.json", "проверка/результаты.json", "перечни/школы.csv"]) {
        expect(fs.readFileSync(path.join(dir, "второй", f), "utf8")).toBe(fs.readFileSync(path.join(demo, f), "utf8"));
      }
      const summary = (d: string): string => fs.readFileSync(path.join(dir, d, "итоги.txt"), "utf8").replace(/^Папка: .*$/m, "").replace(/ (edu-roadmap-demo|второй)\//g, " ");
      expect(summary("второй")).toBe(summary("edu-roadmap-demo"));
      const table = async (d: string) => sheetRows((await openWorkbook(path.join(dir, d, "индекс", "исб.xlsx"))).getWorksheet("ИСБ")!, 3);
      expect(await table("второй")).toEqual(rows);

      // Running again over its own folder is allowed; someone else's folder is not touched.
      expect((await runCli(["demo", "-q"], dir)).code).toBe(0);
      fs.mkdirSync(path.join(dir, "чужая"));
      fs.writeFileSync(path.join(dir, "чужая", "важное.xlsx"), "x");
      const refused = await runCli(["demo", "чужая"], dir);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("Папка «чужая» не пуста и не похожа на папку демонстрации");
      expect(fs.readdirSync(path.join(dir, "чужая"))).toEqual(["важное.xlsx"]);
    },
    240_000,
  );
});
