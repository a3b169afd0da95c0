/**
 * Names as Google Sheets users see them. Sheets has no namespaces, so every function is `EDU_<id>`
 * (functions.md), and it writes its error values the same way in every interface language (`#N/A`, `#DIV/0!`).
 * The catalogue's help and the core's messages are written for Russian Excel (`ОБР.ПРОГРЕСС`, `#ДЕЛ/0!`), which a
 * Sheets user can neither type nor see, so such names are rewritten before they are shown.
 */
import { CATALOG } from "../src/core/catalog";

/** The prefix of every custom function in Sheets. */
export const SHEETS_PREFIX = "EDU_";

/**
 * The name a function has in Sheets. O(1).
 * @param id a catalogue id such as "SWI"
 * @returns the worksheet name
 * @example sheetsName("SWI_GROUP") // => "EDU_SWI_GROUP"
 */
export const sheetsName = (id: string): string => SHEETS_PREFIX + id;

const BY_RUSSIAN_NAME = new Map(CATALOG.map((f) => [f.ru.name, f.id]));
const RUSSIAN_CALL = /ОБР\.([А-ЯЁ0-9_]+)/g;

/** Russian Excel's error values and the codes Sheets shows for the same errors. */
const RUSSIAN_ERRORS: Record<string, string> = {
  "#Н/Д": "#N/A",
  "#ДЕЛ/0!": "#DIV/0!",
  "#ЗНАЧ!": "#VALUE!",
  "#ЧИСЛО!": "#NUM!",
};
const RUSSIAN_ERROR = /#Н\/Д|#ДЕЛ\/0!|#ЗНАЧ!|#ЧИСЛО!/g;

/**
 * Rewrites every `ОБР.<русское имя>` of a catalogue function into its Sheets name and every Russian Excel error
 * value into the code Sheets shows. O(length of the text). A Russian name not in the catalogue stays as written.
 * @param text help or an error message
 * @returns the same text for a Sheets user
 * @example toSheetsText("иначе #ДЕЛ/0! — используйте ОБР.ПРОГРЕСС") // => "иначе #DIV/0! — используйте EDU_PROGRESS"
 */
export function toSheetsText(text: string): string {
  return text
    .replace(RUSSIAN_CALL, (whole, ru: string) => {
      const id = BY_RUSSIAN_NAME.get(ru);
      return id === undefined ? whole : sheetsName(id);
    })
    .replace(RUSSIAN_ERROR, (code) => RUSSIAN_ERRORS[code]);
}
