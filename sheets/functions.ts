/**
 * The Google Sheets custom functions: one `EDU_<id>` per catalogue entry, each a call of the same core
 * implementation as in Excel through {@link callForSheets}. Apps Script only sees top-level function
 * declarations, so the build puts a declaration with Russian JSDoc for each of these in front of the bundle
 * (render_top_level.ts); this map is what those declarations call.
 */
import { CATALOG } from "../src/core/catalog";
import { callForSheets, type SheetsResult } from "./call_for_sheets";
import { sheetsName } from "./to_sheets_text";

export type CustomFunction = (...args: unknown[]) => SheetsResult;

/** `EDU_<id>` → the function, in the order of the catalogue. */
export const functions: Readonly<Record<string, CustomFunction>> = Object.freeze(
  Object.fromEntries(CATALOG.map((spec) => [sheetsName(spec.id), (...args: unknown[]) => callForSheets(spec, args)])),
);
