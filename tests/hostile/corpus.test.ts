/**
 * The corpus of hostile and broken files (built at test time, see build_corpus.ts) through the same steps
 * as the command line: every file gives findings with a Russian message that says what to do, nothing
 * crashes, no file is changed, and memory stays bounded on the largest one.
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadWorkbookSafely, RefusedWorkbookError } from "../../src/xlsx";
import { buildCorpus, type CorpusCase } from "./build_corpus";
import { checkFile, type FileCheck } from "./check_file";

const sha256 = (data: Uint8Array): string => createHash("sha256").update(data).digest("hex");

describe("hostile corpus", () => {
  let dir: string;
  let cases: CorpusCase[];
  const before = new Map<string, string>();
  const checks = new Map<string, FileCheck>();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-hostile-"));
    cases = await buildCorpus(dir);
    for (const c of cases) before.set(c.file, sha256(fs.readFileSync(path.join(dir, c.file))));
    for (const c of cases) if (!c.large) checks.set(c.file, await checkFile(path.join(dir, c.file), c.form));
  }, 300000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("has more than 20 hostile files, each under its own name", () => {
    expect(cases.length).toBeGreaterThan(20);
    expect(new Set(cases.map((c) => c.file)).size).toBe(cases.length);
    expect(cases.filter((c) => c.refusal).length).toBeGreaterThan(20);
  });

  test("a refused file is one `unreadable` error whose Russian reason says what it is and what to do", () => {
    for (const c of cases.filter((x) => x.refusal)) {
      const r = checks.get(c.file) as FileCheck;
      const f = r.findings;
      expect({ file: c.file, refusal: r.refusal, n: f.length, code: f[0]?.code, severity: f[0]?.severity }).toEqual({
        file: c.file,
        refusal: c.refusal?.kind,
        n: 1,
        code: "unreadable",
        severity: "error",
      });
      expect({ file: c.file, message: f[0].message }).toEqual({ file: c.file, message: expect.stringMatching(c.refusal?.says as RegExp) });
      // the reason fits the finding whole (it is cut at 120 characters) and ends with advice
      const reason = /^Файл не удалось прочитать как книгу Excel \((.*)\): ожидается/.exec(f[0].message)?.[1] ?? "";
      expect({ file: c.file, cut: reason.endsWith("…"), advice: / — \S/.test(reason) }).toEqual({ file: c.file, cut: false, advice: true });
    }
  });

  test("a file that is read gives the expected findings and notes, never a crash", () => {
    for (const c of cases.filter((x) => !x.refusal && !x.large)) {
      const r = checks.get(c.file) as FileCheck;
      const codes = new Set(r.findings.map((f) => f.code));
      expect({ file: c.file, refusal: r.refusal }).toEqual({ file: c.file, refusal: undefined });
      for (const code of c.codes ?? []) expect({ file: c.file, has: code, codes: [...codes] }).toEqual({ file: c.file, has: code, codes: expect.arrayContaining([code]) });
      for (const code of c.notCodes ?? []) expect({ file: c.file, hasNot: code, present: codes.has(code) }).toEqual({ file: c.file, hasNot: code, present: false });
      if (c.says) expect({ file: c.file, says: r.findings.some((f) => (c.says as RegExp).test(f.message)) }).toEqual({ file: c.file, says: true });
      // notes about the file are warnings, never errors
      for (const f of r.findings.filter((x) => x.code === "unreadable")) expect(f.severity).toBe("warning");
      if (c.codes?.length === 0) expect({ file: c.file, errors: r.findings.filter((f) => f.severity === "error") }).toEqual({ file: c.file, errors: [] });
    }
  });

  test("specific readings: macros are reported, the long cell is cut to Excel's limit, rich shared strings read as plain text", async () => {
    const macros = checks.get("macros.xlsm") as FileCheck;
    expect(macros.findings.filter((f) => f.severity === "error")).toEqual([]);
    const huge = await loadWorkbookSafely(fs.readFileSync(path.join(dir, "huge-cell.xlsx")));
    expect((huge.sheets[0].rows[3][1] as string).length).toBe(32767);
    expect(huge.notes).toEqual([expect.objectContaining({ cell: "B4", severity: "warning", code: "unreadable" })]);
    const rich = await loadWorkbookSafely(fs.readFileSync(path.join(dir, "shared-strings.xlsx")));
    expect(rich.sheets[0].rows[3][1]).toBe("МБОУ СОШ № 1");
  });

  test("no file is changed by validating it, nor the buffer given to the loader", async () => {
    for (const c of cases) {
      const file = path.join(dir, c.file);
      expect({ file: c.file, sha: sha256(fs.readFileSync(file)) }).toEqual({ file: c.file, sha: before.get(c.file) });
    }
    for (const name of ["good.xlsx", "macros.xlsm", "bad-crc.xlsx", "typed-as-text.xlsx"]) {
      const data = fs.readFileSync(path.join(dir, name));
      const hash = sha256(data);
      await loadWorkbookSafely(data, { name }).catch(() => undefined);
      expect(sha256(data)).toBe(hash);
    }
  });

  test("limits hold while inflating even when the declared sizes are let through", async () => {
    const bomb = fs.readFileSync(path.join(dir, "bomb-zeros.xlsx"));
    // A ratio limit lifted: the 200 MiB of zeros goes to the streaming reader, which finds no sheet in it.
    await expect(loadWorkbookSafely(bomb, { limits: { maxRatio: 10 ** 6 } })).rejects.toMatchObject({ kind: "malformed" });
    // A part limit lower than the part: refused before inflating.
    await expect(loadWorkbookSafely(bomb, { limits: { maxRatio: 10 ** 6, streamAboveBytes: 2 ** 30 } })).rejects.toMatchObject({ kind: "part-too-large" });
    const lying = fs.readFileSync(path.join(dir, "bomb-lying.xlsx"));
    await expect(loadWorkbookSafely(lying)).rejects.toBeInstanceOf(RefusedWorkbookError);
  });

  test("a million rows: the first 100 000 are read and validated, the rest reported, peak memory under 1 GiB", () => {
    const c = cases.find((x) => x.large) as CorpusCase;
    const r = spawnSync(process.execPath, [path.join(__dirname, "child_check.js"), path.join(dir, c.file), c.form], { encoding: "utf8", timeout: 240000 });
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { codes: string[]; notes: string[]; errors: number; rows: number[]; maxRssKiB: number };
    expect(out.rows).toEqual([100000]);
    expect(out.errors).toBe(0);
    expect(out.codes).toEqual(["unreadable:warning"]);
    expect(out.notes[0]).toMatch(c.says as RegExp);
    // a resource bound, not a timing: exceljs alone needs several GiB for this sheet
    expect(out.maxRssKiB).toBeLessThan(1024 * 1024);
  }, 300000);
});
