/**
 * Sheet names as every host accepts them: at most 31 characters, none of `[]:*?/\`, not empty,
 * not starting or ending with an apostrophe.
 */

const FORBIDDEN = /[[\]:*?/\\]/g;
export const MAX_SHEET_NAME = 31;

/**
 * A valid sheet name made from any text: forbidden characters replaced by a space, spaces collapsed,
 * apostrophes trimmed from the ends, cut to 31 characters. O(length).
 * @param text wanted name
 * @param fallback used when nothing is left
 * @returns the name
 * @example safeSheetName("План: 2024/2025") // => "План 2024 2025"
 */
export function safeSheetName(text: string, fallback = "Лист1"): string {
  const s = text
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return s === "" ? fallback : s;
}

/**
 * Whether a text is a valid sheet name as it is. O(length).
 * @returns true when the text needs no change
 * @example isValidSheetName("Контекстные данные") // => true
 */
export function isValidSheetName(text: string): boolean {
  return text === safeSheetName(text, "") && text !== "";
}

/**
 * A free name for a new sheet, so that nothing the add-in creates takes an existing sheet's name: the wanted name
 * if free, else `Имя (2)`, `Имя (3)`… cut to fit 31 characters. Names compare ignoring case, as Excel and Google
 * Sheets compare them (Sheets allows 100 characters; 31 keeps a spreadsheet downloaded as .xlsx valid). O(taken × tries).
 * @param wanted the wanted name (made valid if it is not)
 * @param taken names of the workbook's sheets and of sheets about to be added
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
