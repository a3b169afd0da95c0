/**
 * Outputs are written whole or not at all: when the write fails nothing half-written is left (no temporary file,
 * the old output untouched) and a person reads one Russian line saying what to do.
 */
import fs from "fs";
import path from "path";
import { contextRow, ensureBuilt, formFile, listFiles, openWorkbook, runCli, tempDir } from "./helpers";

describe("atomic outputs", () => {
  let dir: string;
  beforeAll(async () => {
    ensureBuilt();
    dir = tempDir();
    fs.writeFileSync(path.join(dir, "школа.xlsx"), await formFile("context", [contextRow("000101")]));
  }, 180_000);
  afterAll(() => {
    for (const d of ["закрыто"]) {
      try {
        fs.chmodSync(path.join(dir, d), 0o755);
      } catch {
        // not created
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("the rename onto the output fails (a folder of that name): exit 1, Russian message, no temporary file left", async () => {
    fs.mkdirSync(path.join(dir, "свод.xlsx"));
    fs.writeFileSync(path.join(dir, "свод.xlsx", "внутри.txt"), "не трогать");
    const before = listFiles(dir);
    const r = await runCli(["consolidate", "context", "школа.xlsx", "-o", "свод.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^Не удалось записать «свод\.xlsx»: .+\. Файл не создан и не изменён\.$/);
    expect(listFiles(dir)).toEqual(before);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("the output's folder cannot be created (a file in the way): exit 1, a clear reason", async () => {
    fs.writeFileSync(path.join(dir, "файл"), "x");
    const before = listFiles(dir);
    const r = await runCli(["validate", "context", "школа.xlsx", "--report", "файл/отчёт.json"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Не удалось записать «файл/отчёт.json»:");
    expect(listFiles(dir)).toEqual(before);
  });

  test("a folder without write permission: exit 1, «нет прав на запись», nothing left", async () => {
    const locked = path.join(dir, "закрыто");
    fs.mkdirSync(locked);
    fs.chmodSync(locked, 0o555);
    // The superuser writes anywhere: run the command as an ordinary user (nobody) then.
    const root = process.getuid?.() === 0;
    if (root) fs.chmodSync(dir, 0o755);
    const r = await runCli(["scaffold", "context", "-o", "закрыто/шаблон.xlsx"], dir, {}, root ? { uid: 65534, gid: 65534 } : undefined);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("нет прав на запись в папку «закрыто»");
    expect(fs.readdirSync(locked)).toEqual([]);
  });

  test("an existing output is replaced whole", async () => {
    const target = path.join(dir, "шаблон.xlsx");
    fs.writeFileSync(target, "старое содержимое");
    const r = await runCli(["scaffold", "context", "-o", "шаблон.xlsx"], dir);
    expect(r.code).toBe(0);
    expect((await openWorkbook(target)).worksheets[0].name).toBe("Контекстные данные");
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
