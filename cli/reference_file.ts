/**
 * Reference lists given on the command line (`--municipalities`, `--schools`): a text file with one value a line,
 * a CSV, or a workbook (the first sheet with a known header — a `context` file's own `Код ОО` column works —
 * else the first sheet's first filled column).
 */
import path from "path";
import { loadWorkbookSafely } from "../src/xlsx/load_safely";
import { parseDelimited } from "../src/consolidate/parse_delimited";
import { decodeText } from "../src/consolidate/decode_text";
import { referenceList, type ReferenceList } from "../src/consolidate/reference_list";
import type { CellValue } from "../src/validate/types";
import { UsageError } from "./errors";
import { readInput, InputError } from "./read_input";

/**
 * Reads a list file.
 * @param file the path
 * @param headers accepted headers of the list's column
 * @param nameHeaders accepted headers of a companion column (names)
 * @param what the list in words, for messages («перечень муниципалитетов»)
 * @throws {UsageError} when the file cannot be read or holds no values
 * @returns the list
 * @example (await readReferenceFile("мо.txt", MUNICIPALITY_LIST_HEADERS, undefined, "перечень муниципалитетов")).values // => ["Северный район", …]
 */
export async function readReferenceFile(file: string, headers: readonly string[], nameHeaders: readonly string[] | undefined, what: string): Promise<ReferenceList> {
  let data: Buffer;
  try {
    data = readInput(file);
  } catch (e) {
    throw new UsageError(`Не удалось прочитать ${what} «${file}»: ${e instanceof InputError ? e.message : String(e)}.`);
  }
  let list: ReferenceList;
  if (/\.(xlsx|xlsm)$/i.test(file)) {
    let sheets: CellValue[][][];
    try {
      sheets = (await loadWorkbookSafely(data, { name: path.basename(file) })).sheets.filter((s) => !s.hidden).map((s) => s.rows);
    } catch (e) {
      throw new UsageError(`Не удалось прочитать ${what} «${file}» как книгу Excel: ${e instanceof Error ? e.message : String(e)}.`);
    }
    const lists = sheets.map((rows) => referenceList(rows, headers, nameHeaders));
    list = lists.find((l) => l.header !== undefined && l.values.length) ?? lists.find((l) => l.values.length) ?? { values: [] };
  } else {
    list = referenceList(parseDelimited(decodeText(data)), headers, nameHeaders);
  }
  if (list.values.length === 0) throw new UsageError(`${what[0].toUpperCase()}${what.slice(1)} «${file}» пуст: ожидается по одному значению в строке или столбец «${headers[0]}».`);
  return list;
}
