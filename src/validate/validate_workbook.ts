/**
 * Validation of a workbook against one form: find the form's sheet (marker first, then headers), then
 * validate it. A workbook without the form's sheet is one `form-not-found` finding.
 */
import { formSpec } from "../forms/specs";
import type { FormSpec } from "../forms/types";
import { codeInfo, renderMessage } from "./codes";
import { findForm } from "./find_form";
import { inputColumns } from "./match_headers";
import { materializeForm } from "../forms/materialize";
import type { Finding, ValidateOptions, WorkbookTables } from "./types";
import { validateTable } from "./validate_table";

/**
 * Findings for a workbook and a form. O(cells of the form's sheet) after the search for the sheet.
 * @param tables the workbook as read
 * @param form a form id (`context`) or spec
 * @param options see {@link ValidateOptions}
 * @throws {Error} when the form id is unknown or `options.asOf` is not a date
 * @returns findings (empty when the sheet is valid)
 * @example validateWorkbook({ sheets: [] }, "context")[0].code // => "form-not-found"
 */
export function validateWorkbook(tables: WorkbookTables, form: string | FormSpec, options: ValidateOptions = {}): Finding[] {
  const spec = typeof form === "string" ? formSpec(form) : form;
  const found = findForm(tables, spec);
  if (!found) {
    const headers = inputColumns(materializeForm(spec, { dataRows: 1, years: options.years, actors: options.actors }))
      .slice(0, 3)
      .map((c) => `«${c.header}»`)
      .join(", ");
    const info = codeInfo("form-not-found");
    return [
      {
        sheet: "",
        cell: "",
        field: "",
        value: null,
        severity: info.severity,
        code: info.code,
        message: renderMessage("form-not-found", { form: spec.title, headers }),
      },
    ];
  }
  return validateTable(found.sheet, spec, options);
}
