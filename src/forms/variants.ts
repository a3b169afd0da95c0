/**
 * Variants of a sheet: the school template (native formulas only: filled in plain Excel, LibreOffice or Google
 * Sheets) and the coordinator's sheet made where the add-in is installed, whose derived cells call `EDU.*`.
 */
import type { FormSpec } from "./types";

export type FormVariant = "school" | "coordinator";

/**
 * Whether a form computes anything differently for a coordinator. O(columns).
 * @param spec the form spec
 * @returns true when a derived column or a summary cell has an `EDU.*` variant
 * @example hasCoordinatorVariant(formSpec("targets")) // => true
 */
export function hasCoordinatorVariant(spec: FormSpec): boolean {
  return (
    spec.columns.some((c) => c.derived?.coordinator !== undefined) ||
    (spec.summary ?? []).some((s) => Object.values(s.cells).some((cell) => cell.coordinator !== undefined))
  );
}
