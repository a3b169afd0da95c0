/**
 * 2,000 files in one run on every core: every file is reported, in the order given, with the findings of its own
 * (and of uniqueness across files) — the same as a run on one thread. How long it takes is measured by the
 * benchmark, not here.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { formSpec } from "../../src/forms";
import { ensureBuilt, fingerprint, runCli, tempDir } from "./helpers";
import { patchStored, storedEntry } from "./zip_patch";

const FILES = 2000;
const PLACEHOLDER = "XXXXXX";

/** One small `context` workbook with a placeholder code, written uncompressed so copies can be patched. */
async function template(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Контекстные данные");
  const headers = formSpec("context").columns.map((c) => c.header);
  ws.getCell(1, 1).value = "Контекстные данные ОО (социальный паспорт школы)";
  ws.getCell(1, headers.length + 1).value = "edu-roadmap:context:v1";
  ws.getRow(3).values = headers;
  ws.getRow(4).values = [PLACEHOLDER, `Школа ${PLACEHOLDER}`, "Северный район", "город", "2024/2025", 400, 40, 60, 30, 5, 12, 3, 4, 200, 20];
  return Buffer.from((await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions)) as ArrayBuffer);
}

describe("a batch of 2,000 files", () => {
  beforeAll(() => ensureBuilt(), 180_000);

  test(
    "every file validated on the workers, in order; duplicates across files found; a broken file does not stop the batch; inputs unchanged",
    async () => {
      const dir = tempDir();
      const inputs = path.join(dir, "школы");
      fs.mkdirSync(inputs);
      const base = await template();
      const at = storedEntry(base, "xl/sharedStrings.xml");
      for (let i = 0; i < FILES; i++) {
        // Files 1000 and 1500 carry the code of file 7; file 42 is not a workbook.
        const code = i === 1000 || i === 1500 ? "000007" : String(i).padStart(6, "0");
        const data = i === 42 ? Buffer.from("не книга") : patchStored(base, at, PLACEHOLDER, code);
        fs.writeFileSync(path.join(inputs, `${String(i).padStart(4, "0")}.xlsx`), data);
      }
      const watched = ["0000.xlsx", "0042.xlsx", "1000.xlsx", "1999.xlsx"].map((f) => path.join(inputs, f));
      const before = watched.map(fingerprint);

      const run = await runCli(["validate", "context", "школы", "--report", "отчёт.json", "--jobs", "2"], dir);
      expect(run.code).toBe(1);
      const report = JSON.parse(fs.readFileSync(path.join(dir, "отчёт.json"), "utf8")) as { files: { file: string; issues: { code: string; cell: string; message: string }[] }[] };
      expect(report.files).toHaveLength(FILES);
      expect(report.files.map((f) => f.file)).toEqual(Array.from({ length: FILES }, (_, i) => path.join("школы", `${String(i).padStart(4, "0")}.xlsx`)));
      const withIssues = report.files.filter((f) => f.issues.length);
      expect(withIssues.map((f) => [path.basename(f.file), f.issues.map((x) => `${x.cell} ${x.code}`).join()])).toEqual([
        ["0042.xlsx", " unreadable"],
        ["1000.xlsx", "A4 unique"],
        ["1500.xlsx", "A4 unique"],
      ]);
      expect(withIssues[1].issues[0].message).toContain("уже есть в файле «школы/0007.xlsx»".replace(/\//g, path.sep));
      expect(run.stdout).toContain("Итого: 2\u00a0000 файлов; без ошибок — 1\u00a0997, с ошибками — 2, не прочитано — 1");
      // Not a terminal: plain progress lines on stderr, a tenth at a time.
      expect(run.stderr).toContain("Проверка: 200 из 2\u00a0000 файлов (10 %)");
      expect(watched.map(fingerprint)).toEqual(before);

      // One thread gives the same report.
      const single = await runCli(["validate", "context", "школы", "--report", "один.json", "--jobs", "1", "--quiet"], dir);
      expect(single.code).toBe(1);
      expect(single.stderr).toBe("");
      expect(fs.readFileSync(path.join(dir, "один.json"), "utf8")).toBe(fs.readFileSync(path.join(dir, "отчёт.json"), "utf8"));
      fs.rmSync(dir, { recursive: true, force: true });
    },
    180_000,
  );
});
