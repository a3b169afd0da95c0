/**
 * Which form a sheet or a workbook holds, when the user has not said: the hidden marker of a template decides
 * first (a renamed or copied sheet keeps it); without one, the form whose headers a sheet shows best — by the share
 * of the form's input columns found, with the validator's threshold (find_form.ts). Used by the task pane's
 * «Определить автоматически» and by the Google Sheets sidebar for the active sheet.
 */
import { FORMS } from "../forms/specs";
import type { FormSpec } from "../forms/types";
import { materializeForm } from "../forms/materialize";
import { inferRepeats, inputColumns, locateHeaders } from "./match_headers";
import type { Finding, SheetTable, WorkbookTables } from "./types";

/** Share of a form's input columns a sheet must show (the validator's threshold for a sheet without a marker). */
const MIN_HEADER_SHARE = 0.5;

export interface RecognisedSheet {
  spec: FormSpec;
  by: "marker" | "headers";
  /** share of the form's input columns found (1 for a marker) */
  share: number;
}

export interface RecognisedForm extends RecognisedSheet {
  sheet: SheetTable;
}

/** The share of a form's input columns a sheet has under its headers; 0 when none. */
function headerShare(spec: FormSpec, sheet: SheetTable): number {
  const form = materializeForm(spec, { ...inferRepeats(spec, sheet), dataRows: 1 });
  const inputs = inputColumns(form).length;
  const binding = locateHeaders(form, sheet);
  return binding && inputs ? binding.found / inputs : 0;
}

/**
 * The form of one sheet. O(forms × searched rows × row length).
 * @param sheet the sheet as read
 * @param forms the forms to consider (default every form)
 * @returns the form and how it was recognised, or `undefined`
 * @example recogniseSheet({ name: "Лист1", rows: [], marker: { formId: "plan", version: 1 } })?.spec.id // => "plan"
 */
export function recogniseSheet(sheet: SheetTable, forms: readonly FormSpec[] = FORMS): RecognisedSheet | undefined {
  const marked = sheet.marker && forms.find((f) => f.id === sheet.marker?.formId);
  if (marked) return { spec: marked, by: "marker", share: 1 };
  let best: RecognisedSheet | undefined;
  for (const spec of forms) {
    const share = headerShare(spec, sheet);
    if (share >= MIN_HEADER_SHARE && (!best || share > best.share)) best = { spec, by: "headers", share };
  }
  return best;
}

/**
 * The form of a workbook: a marked sheet first (visible sheets before hidden ones), else the sheet and form with
 * the best header share. O(sheets × forms × searched rows).
 * @param tables the workbook (or one sheet) as read
 * @param forms the forms to consider (default every form)
 * @returns the form, the sheet and how it was recognised; `undefined` when no sheet is any form's
 * @example recogniseForm({ sheets: [{ name: "Лист1", rows: [], marker: { formId: "staff", version: 1 } }] })?.spec.id // => "staff"
 */
export function recogniseForm(tables: WorkbookTables, forms: readonly FormSpec[] = FORMS): RecognisedForm | undefined {
  const visibleFirst = [...tables.sheets].sort((a, b) => Number(a.hidden ?? false) - Number(b.hidden ?? false));
  for (const sheet of visibleFirst) {
    const found = sheet.marker ? recogniseSheet(sheet, forms) : undefined;
    if (found?.by === "marker") return { ...found, sheet };
  }
  let best: RecognisedForm | undefined;
  for (const sheet of visibleFirst) {
    if (sheet.marker) continue;
    const found = recogniseSheet(sheet, forms);
    if (found && (!best || found.share > best.share)) best = { ...found, sheet };
  }
  return best;
}

/**
 * The finding for a workbook whose form could not be recognised (file level, like `form-not-found`).
 * @param where «В книге» or «На листе «…»»
 * @returns the finding
 */
export function unrecognisedFinding(where: string): Finding {
  return {
    sheet: "",
    cell: "",
    field: "",
    value: null,
    severity: "error",
    code: "form-not-found",
    message: `${where} не найдена ни одна из форм: нет скрытого маркера шаблона и нет строки заголовков известной формы. Выберите форму в списке «Форма» или проверьте, тот ли это файл`,
  };
}
