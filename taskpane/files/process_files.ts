/**
 * Files chosen from disk, one after another, the way the command line treats submitted files (cli/process_file.ts,
 * cli/validate_files.ts): read through the safe loader, validate against the form (chosen, or recognised per file),
 * take the form's table, then decide uniqueness across the files of each form in the order the files were chosen.
 * A file that cannot be read is a finding, never an exception. Progress after each file.
 */
import { formSpec } from "../../src/forms/specs";
import type { FormSpec } from "../../src/forms/types";
import { validateWorkbook } from "../../src/validate/validate_workbook";
import { unreadableFinding } from "../../src/validate/report";
import type { Finding } from "../../src/validate/types";
import { extractTable } from "../../src/consolidate/extract_table";
import { crossFileFindings, mergeFindings } from "../../src/consolidate/cross_file_findings";
import type { ExtractedTable } from "../../src/consolidate/types";
import { recogniseForm, unrecognisedFinding } from "../../src/validate/recognise_form";
import type { PickedFile } from "./picked_file";
import { readWorkbookFile } from "./read_workbook_file";

/** Recognise the form of each file instead of checking against one. */
export const AUTO_FORM = "auto";

export interface FileResult {
  /** the file's name */
  file: string;
  /** the form the file was checked against; absent when none was recognised or the file was not read */
  spec?: FormSpec;
  /** the form's sheet and how it was recognised */
  sheet?: string;
  by?: "marker" | "headers";
  findings: Finding[];
  /** the form's table (rows only when asked for) */
  table?: ExtractedTable;
  /** false when the file could not be read as a workbook */
  read: boolean;
}

export interface ProcessOptions {
  /** `YYYY-MM-DD` for overdue periods (default today) */
  asOf?: string;
  /** keep the tables' rows (consolidation); otherwise only their keys */
  rows?: boolean;
  /** before each file, and once at the end with `current` absent */
  onProgress?: (p: { done: number; total: number; current?: string }) => void;
}

/**
 * Reads and validates the files. O(total size).
 * @param files the chosen files, in order
 * @param form a form id, or {@link AUTO_FORM}
 * @param options date, rows, progress
 * @returns one result per file, in order, cross-file repeats of keys merged into the findings
 */
export async function processFiles(files: readonly PickedFile[], form: string, options: ProcessOptions = {}): Promise<FileResult[]> {
  const fixed = form === AUTO_FORM ? undefined : formSpec(form);
  const out: FileResult[] = [];
  for (const [i, file] of files.entries()) {
    options.onProgress?.({ done: i, total: files.length, current: file.name });
    const loaded = await readWorkbookFile(file);
    if (!loaded.ok) {
      out.push({ file: file.name, ...(fixed ? { spec: fixed } : {}), findings: [unreadableFinding(loaded.reason)], read: false });
      continue;
    }
    const tables = loaded.tables;
    const recognised = fixed ? undefined : recogniseForm(tables);
    const spec = fixed ?? recognised?.spec;
    if (!spec) {
      out.push({ file: file.name, findings: [...tables.notes, unrecognisedFinding("В книге")], read: true });
      continue;
    }
    try {
      const findings = [...tables.notes, ...validateWorkbook(tables, spec, options.asOf ? { asOf: options.asOf } : {})];
      const table = extractTable(tables, spec);
      if (table && !options.rows) table.rows = [];
      out.push({ file: file.name, spec, findings, read: true, ...(table ? { table, sheet: table.sheet, by: table.by } : {}) });
    } catch (e) {
      // A defect of the validator on this file: reported for the file, the others go on (as in the command line).
      out.push({ file: file.name, spec, findings: [unreadableFinding(`внутренняя ошибка при проверке: ${e instanceof Error ? e.message : String(e)}`)], read: true });
    }
  }
  options.onProgress?.({ done: files.length, total: files.length });

  // Uniqueness across files, per form, in the order the files were chosen.
  const byForm = new Map<string, number[]>();
  out.forEach((r, i) => {
    if (r.spec && r.table) byForm.set(r.spec.id, [...(byForm.get(r.spec.id) ?? []), i]);
  });
  for (const indexes of byForm.values()) {
    if (indexes.length < 2) continue;
    const extra = crossFileFindings(indexes.map((i) => ({ file: out[i].file, sheet: out[i].table?.sheet ?? "", keys: out[i].table?.keys ?? [] })));
    indexes.forEach((i, k) => {
      if (extra[k].length) out[i].findings = mergeFindings(out[i].findings, extra[k]);
    });
  }
  return out;
}
