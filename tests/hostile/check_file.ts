/**
 * What the command line does with one submitted file: load it safely, validate it against a form, and turn
 * a refusal into the `unreadable` finding. Used by the corpus tests and by the child process that measures
 * memory.
 */
import * as fs from "fs";
import * as path from "path";
import { unreadableFinding, validateWorkbook, type Finding } from "../../src/validate";
import { loadWorkbookSafely, RefusedWorkbookError, UnreadableWorkbookError } from "../../src/xlsx";

export interface FileCheck {
  findings: Finding[];
  /** the refusal kind when the file was not read */
  refusal?: string;
  /** rows read of each sheet */
  rows: number[];
}

export async function checkFile(file: string, form: string): Promise<FileCheck> {
  const data = fs.readFileSync(file);
  try {
    const tables = await loadWorkbookSafely(data, { name: path.basename(file) });
    return { findings: [...tables.notes, ...validateWorkbook(tables, form)], rows: tables.sheets.map((s) => s.rows.length) };
  } catch (e) {
    if (!(e instanceof UnreadableWorkbookError)) throw e;
    return { findings: [unreadableFinding(e.message)], refusal: e instanceof RefusedWorkbookError ? e.kind : "unreadable", rows: [] };
  }
}
