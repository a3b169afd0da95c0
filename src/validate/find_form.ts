/**
 * Recognising the sheet of a form in a workbook: by the hidden marker of the template first (it survives a
 * renamed sheet, a sheet copied into another workbook and a re-save by LibreOffice or Google Sheets), else by
 * the headers (a file built by hand with the right columns).
 */
import type { FormSpec } from "../forms/types";
import { materializeForm } from "../forms/materialize";
import { inferRepeats, inputColumns, locateHeaders } from "./match_headers";
import type { SheetTable, WorkbookTables } from "./types";

/** Share of a form's input columns a sheet must show to be taken for the form without a marker. */
const MIN_HEADER_SHARE = 0.5;

export interface FoundForm {
  sheet: SheetTable;
  by: "marker" | "headers";
}

/**
 * The sheet of a form. O(sheets × searched rows × row length).
 * @param tables the workbook as read
 * @param spec the form spec
 * @returns the sheet and how it was recognised, or `undefined` when no sheet is the form's
 * @example findForm({ sheets: [{ name: "Лист1", rows: [], marker: { formId: "context", version: 1 } }] }, formSpec("context"))?.by // => "marker"
 */
export function findForm(tables: WorkbookTables, spec: FormSpec): FoundForm | undefined {
  const visibleFirst = [...tables.sheets].sort((a, b) => Number(a.hidden ?? false) - Number(b.hidden ?? false));
  const marked = visibleFirst.find((s) => s.marker?.formId === spec.id);
  if (marked) return { sheet: marked, by: "marker" };
  let best: { sheet: SheetTable; share: number } | undefined;
  for (const sheet of visibleFirst) {
    if (sheet.marker) continue;
    const form = materializeForm(spec, { ...inferRepeats(spec, sheet), dataRows: 1 });
    const inputs = inputColumns(form).length;
    const binding = locateHeaders(form, sheet);
    if (!binding || inputs === 0) continue;
    const share = binding.found / inputs;
    if (share >= MIN_HEADER_SHARE && (!best || share > best.share)) best = { sheet, share };
  }
  return best ? { sheet: best.sheet, by: "headers" } : undefined;
}
