/**
 * A chosen file as tables, through the one safe loader of submitted files (src/xlsx/load_safely.ts, the command
 * line's too). The loader and exceljs come in their own chunk, fetched the first time a file is read: the pane
 * starts without them.
 */
import type { SafeWorkbookTables } from "../../src/xlsx/load_safely";
import type { PickedFile } from "./picked_file";
import { MAX_SUBMITTED_FILE_BYTES } from "../../src/xlsx/safety_limits";

/** Larger files are refused before they are read, as on the command line. */
export const MAX_FILE_BYTES = MAX_SUBMITTED_FILE_BYTES;

export type WorkbookFileResult = { ok: true; tables: SafeWorkbookTables } | { ok: false; reason: string };

/** The loader's module, loaded once. */
export function loadSafeReader(): Promise<typeof import("../../src/xlsx/load_safely")> {
  return import(/* webpackChunkName: "xlsx" */ "../../src/xlsx/load_safely");
}

/**
 * Reads a chosen workbook. Never throws for a bad file: the reason comes back in Russian, as the loader words it.
 * @param file the chosen file
 * @returns the tables with the loader's notes (macros not run, rows not read), or why the file was not read
 */
export async function readWorkbookFile(file: PickedFile): Promise<WorkbookFileResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, reason: `файл слишком большой (${Math.round(file.size / 1048576)} МБ; форма школы — меньше ${Math.round(MAX_FILE_BYTES / 1048576)} МБ)` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch (e) {
    return { ok: false, reason: `файл не удалось открыть: ${e instanceof Error ? e.message : String(e)}` };
  }
  const { loadWorkbookSafely } = await loadSafeReader();
  try {
    return { ok: true, tables: await loadWorkbookSafely(bytes, { name: file.name }) };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
