/**
 * The list of schools a consolidation expects (to report the ones without data): from a sheet of the open workbook
 * or from a file — a workbook, a CSV or a text file with one code a line. The column is found as the command line
 * finds it (src/consolidate/reference_list: «Код ОО» and its synonyms, else the first filled column).
 */
import { parseDelimited } from "../../src/consolidate/parse_delimited";
import { referenceList, SCHOOL_LIST_HEADERS, SCHOOL_NAME_HEADERS, type ReferenceList } from "../../src/consolidate/reference_list";
import type { ExpectedSchool } from "../../src/consolidate/types";
import type { CellValue } from "../../src/validate/types";
import { PaneError } from "../office/pane_error";
import { readSheet } from "../office/read_sheet";
import type { PickedFile } from "../files/picked_file";
import { readWorkbookFile } from "../files/read_workbook_file";
import { decodeText } from "../../src/consolidate/decode_text";

/** The schools of a list. */
function schoolsOf(list: ReferenceList): ExpectedSchool[] {
  return list.values.map((code, i) => ({ code, ...(list.names?.[i] ? { name: list.names[i] } : {}) }));
}

const EMPTY_ACTION = `Ожидается столбец «${SCHOOL_LIST_HEADERS[0]}» с кодами школ или по одному коду в строке.`;

/**
 * The expected schools of a table (a sheet, a parsed CSV). O(rows).
 * @param rows the table
 * @param what the list in words, for the message («лист «Перечень»»)
 * @throws {PaneError} when the table holds no code
 * @returns the schools, with names where the table has a name column
 * @example schoolsFromRows([["Код ОО"], ["000101"]], "лист").map((s) => s.code) // => ["000101"]
 */
export function schoolsFromRows(rows: readonly CellValue[][], what: string): ExpectedSchool[] {
  const schools = schoolsOf(referenceList(rows, SCHOOL_LIST_HEADERS, SCHOOL_NAME_HEADERS));
  if (schools.length === 0) throw new PaneError(`В перечне школ (${what}) нет ни одного кода.`, EMPTY_ACTION, "schools");
  return schools;
}

/**
 * The expected schools on a sheet of the open workbook. Syncs: 2 for a list of up to 5,000 rows.
 * @param context the request context
 * @param sheet the sheet's name
 * @throws {PaneError} when the sheet holds no code; the Office.js error when the sheet is gone
 * @returns the schools
 */
export async function schoolsFromSheet(context: Excel.RequestContext, sheet: string): Promise<ExpectedSchool[]> {
  const { table } = await readSheet(context, sheet);
  return schoolsFromRows(table.rows, `лист «${sheet}»`);
}

/**
 * The expected schools in a chosen file: a workbook (`.xlsx`, `.xlsm`: the first visible sheet with a known header,
 * else the first with any value), or a text list (`.csv`, `.txt`).
 * @param file the chosen file
 * @throws {PaneError} when the file cannot be read or holds no code
 * @returns the schools
 */
export async function schoolsFromFile(file: PickedFile): Promise<ExpectedSchool[]> {
  const what = `файл «${file.name}»`;
  if (/\.(xlsx|xlsm)$/i.test(file.name)) {
    const loaded = await readWorkbookFile(file);
    if (!loaded.ok) throw new PaneError(`Перечень школ не прочитан: ${loaded.reason}.`, "Выберите другой файл: книгу .xlsx, CSV или текст с кодами школ.", "schools");
    const lists = loaded.tables.sheets.filter((s) => !s.hidden).map((s) => referenceList(s.rows, SCHOOL_LIST_HEADERS, SCHOOL_NAME_HEADERS));
    const list = lists.find((l) => l.header !== undefined && l.values.length) ?? lists.find((l) => l.values.length) ?? { values: [] };
    const schools = schoolsOf(list);
    if (schools.length === 0) throw new PaneError(`В перечне школ (${what}) нет ни одного кода.`, EMPTY_ACTION, "schools");
    return schools;
  }
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch (e) {
    throw new PaneError(`Перечень школ не прочитан: ${e instanceof Error ? e.message : String(e)}.`, "Выберите файл ещё раз.", "schools");
  }
  return schoolsFromRows(parseDelimited(decodeText(bytes)), what);
}
