/**
 * Loads a submitted file for validation without trusting it: the one entry point the command line and the
 * task pane use for files from outside. (First version: delegates to loadWorkbook; the checks for hostile files —
 * not a zip, encrypted, macro-enabled, zip bombs, huge sheets — are added here.)
 */
import type { WorkbookTables } from "../validate/types";
import { loadWorkbook } from "./read_workbook";

export interface SafeLoadOptions {
  /** file name, for messages and for the extension check */
  name?: string;
}

/**
 * @throws {UnreadableWorkbookError} with a Russian reason when the file is not a workbook that can be read safely
 */
export async function loadWorkbookSafely(data: Uint8Array, _options: SafeLoadOptions = {}): Promise<WorkbookTables> {
  return loadWorkbook(data);
}
