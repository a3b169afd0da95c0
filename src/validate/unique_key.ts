/**
 * The key a `unique` rule compares rows by — a value, or a combination of columns (school × year × procedure ×
 * subject × grade) — read the same way in one file (the validator) and across files (consolidation, the command
 * line's batches), so a repeat is a repeat wherever it is found.
 */
import { normalizeText } from "../forms/normalize";
import type { Cell } from "./checks/check_types";

/** Separates the parts of a composite key; cannot occur in typed text. */
export const UNIQUE_KEY_SEPARATOR = "\u0001";

/**
 * The comparable text of a cell: the canonical enum value, else the number, else normalised text; "" when blank. O(length).
 * @param c the cell as read (readCell)
 * @returns the part of the key
 * @example uniqueKeyPart({ raw: " ВПР ", blank: false, text: "ВПР", canon: "ВПР" }) // => "впр"
 */
export function uniqueKeyPart(c: Cell | undefined): string {
  if (!c || c.blank) return "";
  if (c.canon !== undefined) return normalizeText(c.canon);
  if (c.num !== undefined) return String(c.num);
  return c.text === undefined ? "" : normalizeText(c.text);
}

/**
 * The key of a row for a unique rule: the parts of its columns joined. O(columns).
 * @param cells the cells of the key's columns, in rule order (the unique column first)
 * @returns the key
 * @example uniqueKey([code, year]) // => "670101\u00012024/2025"
 */
export function uniqueKey(cells: readonly (Cell | undefined)[]): string {
  return cells.map(uniqueKeyPart).join(UNIQUE_KEY_SEPARATOR);
}
