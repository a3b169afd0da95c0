/**
 * `--history`: tables of the same form from earlier years (last year's consolidation or schools' files), read once
 * through the safe loader, for the warnings that compare a school with its previous year (a share that changed by
 * more than 20 percentage points).
 */
import path from "path";
import { findForm } from "../src/validate/find_form";
import type { SheetTable } from "../src/validate/types";
import type { FormSpec } from "../src/forms/types";
import { loadWorkbookSafely } from "../src/xlsx/load_safely";
import { CliError, UsageError } from "./errors";
import { expandInputs } from "./expand_inputs";
import type { Output } from "./output";
import { readInput, InputError } from "./read_input";

/**
 * The form's sheet of every history file.
 * @param args files, folders or name patterns as given to `--history`
 * @param spec the form
 * @param output where notes go
 * @throws {UsageError} when the arguments name no file
 * @throws {CliError} when a file cannot be read or has no table of the form
 * @returns the tables, in the order given
 * @example (await readHistory(["свод-2023.xlsx"], CONTEXT, consoleOutput())).length // => 1
 */
export async function readHistory(args: readonly string[], spec: FormSpec, output: Output): Promise<SheetTable[]> {
  const { files, notes } = expandInputs(args);
  if (files.length === 0) throw new UsageError(`--history: ${notes.length ? notes.join("; ") : "не указан ни один файл"} — укажите файлы прошлых лет .xlsx или папку с ними.`);
  for (const n of notes) output.err(n);
  if (!spec.columns.some((c) => c.rules?.some((r) => r.kind === "change-outlier"))) {
    output.err(`--history: у формы «${spec.title}» нет предупреждений об изменении за год — файлы прошлых лет не используются.`);
  }
  const tables: SheetTable[] = [];
  for (const file of files) {
    let data: Buffer;
    try {
      data = readInput(file);
    } catch (e) {
      throw new CliError(`Файл прошлых лет «${file}» не прочитан: ${e instanceof InputError ? e.message : String(e)}.`);
    }
    let found;
    try {
      found = findForm(await loadWorkbookSafely(data, { name: path.basename(file) }), spec);
    } catch (e) {
      throw new CliError(`Файл прошлых лет «${file}» не читается как книга Excel: ${e instanceof Error ? e.message : String(e)}.`);
    }
    if (!found) throw new CliError(`В файле прошлых лет «${file}» нет таблицы формы «${spec.title}»: не найдены ни скрытая метка формы, ни её заголовки.`);
    tables.push(found.sheet);
  }
  return tables;
}
