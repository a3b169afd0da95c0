/**
 * How one input cell is read for the checks of its column — the one reading shared by the validator, the
 * consolidation and the keys of uniqueness across files, so they all see the same number, text or enum value.
 */
import type { FormColumn } from "../forms/types";
import { NUMERIC_TYPES } from "../forms/effective_rules";
import { canonicalEnum } from "../forms/normalize";
import { cellNumber, cellText, isBlank } from "../core/shared/coerce";
import type { Cell } from "./checks/check_types";
import { isDateValue } from "./checks/values";
import type { CellValue } from "./types";

/**
 * One cell as the checks see it. O(length of the text).
 * @param raw the value as read
 * @param col the form column
 * @param numeric whether the column is read as numbers (default from its type; the validator passes it, read once per column)
 * @returns the cell: blank (empty, spaces, a "not applicable" mark), its trimmed text, the number a numeric column reads
 *   (numbers typed as text in the Russian way included; a date is no number), the canonical value of an enum
 * @example readCell("1 234", studentsColumn).num // => 1234
 */
export function readCell(raw: CellValue | undefined, col: FormColumn, numeric = NUMERIC_TYPES.has(col.spec.type)): Cell {
  if (raw === undefined || raw === null) return { raw: null, blank: true };
  if (typeof raw === "number" && numeric) return { raw, blank: false, num: Number.isFinite(raw) ? raw : undefined };
  // A date is no number and no text, whatever serial number the spreadsheet keeps under it.
  const text = isDateValue(raw) ? undefined : cellText(raw);
  if (isBlank(raw) || (text !== undefined && col.spec.naMarks !== undefined && col.spec.naMarks.includes(text))) return { raw, blank: true };
  const cell: Cell = { raw, blank: false, text };
  if (numeric) cell.num = cellNumber(raw);
  else if (col.spec.enum && text !== undefined) cell.canon = canonicalEnum(col.spec.enum, text);
  return cell;
}
