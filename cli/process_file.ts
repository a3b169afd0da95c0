/**
 * One submitted file, start to end: read it once, load it through the one safe entry point, validate it against the
 * form, and take its table (the rows for consolidation, or only the keys for uniqueness across files). Runs in a
 * worker thread or in the main thread alike; never throws — a file that cannot be read is a finding.
 */
import path from "path";
import { formSpec } from "../src/forms/specs";
import { loadWorkbookSafely } from "../src/xlsx/load_safely";
import { validateWorkbook } from "../src/validate/validate_workbook";
import { unreadableFinding } from "../src/validate/report";
import type { Finding, SheetTable } from "../src/validate/types";
import { extractTable } from "../src/consolidate/extract_table";
import type { ExtractedTable } from "../src/consolidate/types";
import { readInput, InputError, MAX_INPUT_BYTES } from "./read_input";

/** What every file of a batch is checked with (plain data: it is sent to the workers). */
export interface BatchConfig {
  formId: string;
  /** `YYYY-MM-DD` for overdue periods */
  asOf?: string;
  municipalities?: string[];
  /** keep the rows of the table (consolidation); otherwise only its keys */
  rows: boolean;
  /** tables of the form from earlier years (`--history`), for the year-on-year warnings */
  history?: SheetTable[];
  maxBytes?: number;
}

export interface FileTask {
  index: number;
  /** the path to read */
  path: string;
  /** the name reports show */
  name: string;
}

export interface FileOutcome {
  index: number;
  name: string;
  findings: Finding[];
  /** the form's table; without rows unless the batch asked for them */
  table?: ExtractedTable;
}

/**
 * Reads, validates and extracts one file.
 * @param task the file
 * @param config the batch's form and options
 * @returns findings and the table; an unreadable file gives one `unreadable` finding
 * @example (await processFile({ index: 0, path: "нет.xlsx", name: "нет.xlsx" }, { formId: "context", rows: false })).findings[0].code // => "unreadable"
 */
export async function processFile(task: FileTask, config: BatchConfig): Promise<FileOutcome> {
  const spec = formSpec(config.formId);
  let data: Buffer;
  try {
    data = readInput(task.path, config.maxBytes ?? MAX_INPUT_BYTES);
  } catch (e) {
    return { index: task.index, name: task.name, findings: [unreadableFinding(e instanceof InputError ? e.message : String(e))] };
  }
  let tables;
  try {
    tables = await loadWorkbookSafely(data, { name: path.basename(task.path) });
  } catch (e) {
    return { index: task.index, name: task.name, findings: [unreadableFinding(e instanceof Error ? e.message : String(e))] };
  }
  try {
    // What the safe loader could not read (macros skipped, rows beyond the limit, cut text) comes first.
    const findings = [...tables.notes, ...validateWorkbook(tables, spec, {
      ...(config.asOf ? { asOf: config.asOf } : {}),
      ...(config.municipalities ? { references: { municipalities: config.municipalities } } : {}),
      ...(config.history?.length ? { history: config.history } : {}),
    })];
    const table = extractTable(tables, spec);
    if (table && !config.rows) table.rows = [];
    return { index: task.index, name: task.name, findings, ...(table ? { table } : {}) };
  } catch (e) {
    // A defect of the validator on this file: reported for the file, the batch goes on.
    return { index: task.index, name: task.name, findings: [unreadableFinding(`внутренняя ошибка при проверке: ${e instanceof Error ? e.message : String(e)}`)] };
  }
}
