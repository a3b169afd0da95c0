/**
 * Variants of a sheet: the school template (native formulas only: filled in plain Excel, LibreOffice or Google
 * Sheets) and the coordinator's sheet made where the add-in is installed, whose derived cells call `EDU.*`, with
 * the columns only a coordinator's sheet has and, for the context table, the social wellbeing index next to it.
 */
import type { FormSpec } from "./types";

export type FormVariant = "school" | "coordinator";

/**
 * Whether a form computes anything differently for a coordinator. O(columns).
 * @param spec the form spec
 * @returns true when a derived column or a summary cell has an `EDU.*` variant, the form has coordinator-only
 *   columns, or its coordinator's sheet gets the index
 * @example hasCoordinatorVariant(formSpec("targets")) // => true
 */
export function hasCoordinatorVariant(spec: FormSpec): boolean {
  return (
    spec.coordinatorIndex === true ||
    (spec.coordinatorColumns?.length ?? 0) > 0 ||
    spec.columns.some((c) => c.derived?.coordinator !== undefined) ||
    (spec.summary ?? []).some((s) => Object.values(s.cells).some((cell) => cell.coordinator !== undefined))
  );
}

/**
 * The formula templates of a form's coordinator variant, in column order, then the summary cells. O(columns).
 * @param spec the form spec
 * @returns the `EDU.*` formulas of its derived columns, coordinator-only columns and summary cells
 * @example coordinatorTemplates(formSpec("results")) // => ['IF(OR({belowMin}="",{participants}=""),"",EDU.SHARE({belowMin},{participants}))']
 */
export function coordinatorTemplates(spec: FormSpec): string[] {
  const columns = [...spec.columns, ...(spec.coordinatorColumns ?? [])];
  return [
    ...columns.map((c) => c.derived?.coordinator),
    ...(spec.summary ?? []).flatMap((s) => Object.values(s.cells).map((cell) => cell.coordinator)),
  ].filter((t): t is string => t !== undefined);
}
