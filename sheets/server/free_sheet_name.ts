/**
 * A free name for a new sheet: nothing the add-on creates may take the name of an existing sheet. Google Sheets
 * compares names ignoring case and allows 100 characters; the add-on keeps Excel's 31 so that a spreadsheet
 * downloaded as .xlsx keeps its names.
 */
import { MAX_SHEET_NAME, isValidSheetName, safeSheetName } from "../../src/plan/sheet_name";

/**
 * The wanted name if free, else `Имя (2)`, `Имя (3)`… cut to fit. O(taken × tries).
 * @param wanted the wanted name (made valid if it is not)
 * @param taken names of the spreadsheet's sheets and of sheets about to be added
 * @returns a valid name no sheet has
 * @example freeSheetName("Свод", ["свод", "Свод (2)"]) // => "Свод (3)"
 */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = isValidSheetName(wanted) ? wanted : safeSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${safeSheetName(base.slice(0, MAX_SHEET_NAME - suffix.length)).trimEnd()}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
