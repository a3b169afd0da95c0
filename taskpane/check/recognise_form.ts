/**
 * «Определить автоматически»: which form a workbook holds. The hidden marker of a template decides first (a
 * renamed or copied sheet keeps it); without one, the form whose headers a sheet shows best — by the share of the
 * form's columns found, as the validator recognises a form's sheet (findForm). Pure.
 */
import { FORMS } from "../../src/forms/specs";
import type { FormSpec } from "../../src/forms/types";
import { materializeForm } from "../../src/forms/materialize";
import { inferRepeats, inputColumns, locateHeaders } from "../../src/validate/match_headers";
import type { Finding, SheetTable, WorkbookTables } from "../../src/validate/types";

/** Share of a form's input columns a sheet must show (the validator's threshold for a sheet without a marker). */
const MIN_HEADER_SHARE = 0.5;

export interface RecognisedForm {
  spec: FormSpec;
  sheet: SheetTable;
  by: "marker" | "headers";
}

/** The share of a form's input columns a sheet has under its headers; 0 when none. */
function headerShare(spec: FormSpec, sheet: SheetTable): number {
  const form = materializeForm(spec, { ...inferRepeats(spec, sheet), dataRows: 1 });
  const inputs = inputColumns(form).length;
  const binding = locateHeaders(form, sheet);
  return binding && inputs ? binding.found / inputs : 0;
}

/**
 * The form of a workbook. O(sheets × forms × searched rows).
 * @param tables the workbook (or one sheet) as read
 * @param forms the forms to consider (default every form)
 * @returns the form, the sheet and how it was recognised; `undefined` when no sheet is any form's
 * @example recogniseForm({ sheets: [{ name: "Лист1", rows: [], marker: { formId: "staff", version: 1 } }] })?.spec.id // => "staff"
 */
export function recogniseForm(tables: WorkbookTables, forms: readonly FormSpec[] = FORMS): RecognisedForm | undefined {
  const visibleFirst = [...tables.sheets].sort((a, b) => Number(a.hidden ?? false) - Number(b.hidden ?? false));
  for (const sheet of visibleFirst) {
    const spec = sheet.marker && forms.find((f) => f.id === sheet.marker?.formId);
    if (spec) return { spec, sheet, by: "marker" };
  }
  let best: { spec: FormSpec; sheet: SheetTable; share: number } | undefined;
  for (const sheet of visibleFirst) {
    if (sheet.marker) continue;
    for (const spec of forms) {
      const share = headerShare(spec, sheet);
      if (share >= MIN_HEADER_SHARE && (!best || share > best.share)) best = { spec, sheet, share };
    }
  }
  return best ? { spec: best.spec, sheet: best.sheet, by: "headers" } : undefined;
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
