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
