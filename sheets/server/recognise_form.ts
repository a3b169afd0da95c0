/**
 * Which form a sheet is: its hidden template marker, else the form whose input headers the sheet shows best (at
 * least half of them, the validator's rule for a file). Used for the active sheet, where the form is not chosen
 * in advance as it is for a file in the command line.
 */
import { FORMS, FORM_IDS, formSpec } from "../../src/forms/specs";
import type { FormSpec } from "../../src/forms/types";
import { materializeForm } from "../../src/forms/materialize";
import { inferRepeats, inputColumns, locateHeaders } from "../../src/validate/match_headers";
import type { SheetTable } from "../../src/validate/types";

/** Share of a form's input headers a sheet must show (as in find_form.ts). */
const MIN_HEADER_SHARE = 0.5;

export interface RecognisedForm {
  spec: FormSpec;
  by: "marker" | "headers";
  /** share of the form's input headers found (1 for a marker) */
  share: number;
}

/**
 * The form of a sheet. O(forms × searched rows × row length).
 * @param table the sheet as read
 * @returns the form and how it was recognised, or `undefined`
 * @example recogniseForm({ name: "Лист1", rows: [], marker: { formId: "plan", version: 1 } })?.spec.id // => "plan"
 */
export function recogniseForm(table: SheetTable): RecognisedForm | undefined {
  if (table.marker && FORM_IDS.includes(table.marker.formId)) return { spec: formSpec(table.marker.formId), by: "marker", share: 1 };
  let best: RecognisedForm | undefined;
  for (const spec of FORMS) {
    const form = materializeForm(spec, { ...inferRepeats(spec, table), dataRows: 1 });
    const inputs = inputColumns(form).length;
    const binding = locateHeaders(form, table);
    if (!binding || inputs === 0) continue;
    const share = binding.found / inputs;
    if (share >= MIN_HEADER_SHARE && (!best || share > best.share)) best = { spec, by: "headers", share };
  }
  return best;
}
