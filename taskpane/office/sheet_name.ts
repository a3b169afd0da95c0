/**
 * A free sheet name for a new sheet: the wanted name if no sheet has it (ignoring case, as Excel compares),
 * else `Имя (2)`, `Имя (3)`… cut so that the whole name stays within Excel's 31 characters.
 */
import { MAX_SHEET_NAME, isValidSheetName, safeSheetName } from "../../src/plan/sheet_name";

/**
 * The first free name. O(taken × tries).
 * @param wanted the plan's sheet name (made valid if it is not)
 * @param taken names of the workbook's sheets (and of sheets about to be added)
 * @returns a valid name no sheet has
 * @example freeSheetName("Паспорт", ["паспорт", "Паспорт (2)"]) // => "Паспорт (3)"
 */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = isValidSheetName(wanted) ? wanted : safeSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const stem = safeSheetName(base.slice(0, MAX_SHEET_NAME - suffix.length)).trimEnd();
    const name = `${stem}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
