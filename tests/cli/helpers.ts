/**
 * Running the compiled command line as a person does: `node lib/cli/index.js …` in a temporary folder. The build is
 * refreshed first when a source is newer than it (under a lock, as test files may run in parallel).
 */
import { spawn, execFileSync } from "child_process";
import { createHash } from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { buildSheetPlan } from "../../src/plan";
import { formSpec } from "../../src/forms";
import { workbookFromPlans } from "../../src/xlsx";
import { CONTEXT_SAMPLE } from "../support/context_sample";

export const ROOT = path.join(__dirname, "..", "..");
export const CLI = path.join(ROOT, "lib", "cli", "index.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

const sleep = (ms: number): void => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms) as unknown as void;

/** Compiles `cli/` and `src/` into `lib/` when the build is missing or older than a source. */
export function ensureBuilt(): void {
  const stale = (): boolean => {
    if (!fs.existsSync(CLI) || !fs.existsSync(path.join(ROOT, "lib", "cli", "worker.js"))) return true;
    const built = fs.statSync(CLI).mtimeMs;
    return Math.max(newestSource(path.join(ROOT, "cli")), newestSource(path.join(ROOT, "src"))) > built;
  };
  if (!stale()) return;
  const lock = path.join(os.tmpdir(), "edu-roadmap-cli-build.lock");
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > 180_000) fs.rmSync(lock, { recursive: true, force: true });
      sleep(250);
    }
  }
  try {
    if (stale()) {
      execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(ROOT, "tsconfig.cli.json")], { cwd: ROOT, stdio: "pipe" });
      // tsc keeps the mtime of unchanged outputs; mark the build as fresh.
      const now = new Date();
      fs.utimesSync(CLI, now, now);
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `edu-roadmap <args>` in `cwd` (as another user when `as` is given and the tests run as the superuser). */
export function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}, as?: { uid: number; gid: number }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], ...(as ?? {}) });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A fresh temporary folder. */
export const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "edu-cli-"));

/** sha256 and modification time of a file: what must not change when a command reads it. */
export function fingerprint(file: string): string {
  return `${createHash("sha256").update(fs.readFileSync(file)).digest("hex")}:${fs.statSync(file).mtimeMs}`;
}

/** Every file under a folder, relative, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

export type Row = Record<string, string | number | null>;

/** A school's `context` row, keyed by header. */
export function contextRow(code: string, over: Row = {}): Row {
  return { ...CONTEXT_SAMPLE, "Код ОО": code, "Наименование ОО": `МБОУ «СОШ ${code}»`, ...over };
}

/** A workbook of a form's template (few rows) filled with the rows. */
export async function formFile(formId: string, rows: Row[]): Promise<Buffer> {
  const plan = buildSheetPlan(formSpec(formId), { dataRows: rows.length + 1, years: [2025] });
  const wb = workbookFromPlans([plan]);
  const ws = wb.worksheets[0];
  const col = new Map(plan.columns.filter((c) => c.role === "input").map((c) => [c.header, c.index]));
  rows.forEach((r, i) => {
    for (const [h, v] of Object.entries(r)) if (v !== null) ws.getCell(plan.firstDataRow + i, col.get(h)!).value = v;
  });
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Reads a workbook written by the command line. */
export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The values of a sheet's rows from `from` on, as plain arrays (column A first). */
export function sheetRows(ws: ExcelJS.Worksheet, from = 1): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r < from) return;
    const values = (row.values as unknown[]).slice(1);
    // Array.from fills the holes of exceljs's sparse rows (map would skip them).
    out.push(Array.from(values, (v) => (v && typeof v === "object" && "result" in (v as object) ? (v as { result: unknown }).result : v ?? null)));
  });
  return out;
}
