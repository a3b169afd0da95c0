/**
 * How the sources of a consolidation are named in its messages and sheets: files (the command line, the task pane)
 * or sheets of one spreadsheet (Google Sheets), with Russian declension, so that a sheet is never called a file.
 */
import type { SourceNoun } from "../validate/unique_finding";
import { plural } from "../text/plural";

/** Forms of the noun and the phrases built on it. */
export interface SourceWords {
  noun: SourceNoun;
  /** singular: nominative (файл / лист), genitive (файла / листа) */
  one: { nom: string; gen: string };
  /** a count with the noun in the nominative case: «1 файл», «3 файла», «5 листов» */
  count(n: number): string;
  /** a count after «из»: «из 1 файла», «из 3 файлов» */
  ofCount(n: number): string;
  /** «в 2 файлах» / «на 2 листах» */
  inMany(n: number): string;
  /** «ни в одном прочитанном файле» / «ни на одном листе» */
  inNone: string;
  /** what to do about a school without data: «запросите файл у школы» / «добавьте лист школы» */
  askForIt: string;
  /** «в каком файле» / «на каком листе» */
  whichOne: string;
  /** a Russian count with the right form of the word: plural(3, "строка", "строки", "строк") → «3 строки» */
  plural(n: number, one: string, few: string, many: string): string;
}

const FILE: SourceWords = {
  noun: "файл",
  one: { nom: "файл", gen: "файла" },
  count: (n) => plural(n, "файл", "файла", "файлов"),
  ofCount: (n) => plural(n, "файла", "файлов", "файлов"),
  inMany: (n) => `в ${plural(n, "файле", "файлах", "файлах")}`,
  inNone: "ни в одном прочитанном файле",
  askForIt: "запросите файл у школы",
  whichOne: "в каком файле",
  plural,
};

const SHEET: SourceWords = {
  noun: "лист",
  one: { nom: "лист", gen: "листа" },
  count: (n) => plural(n, "лист", "листа", "листов"),
  ofCount: (n) => plural(n, "листа", "листов", "листов"),
  inMany: (n) => `на ${plural(n, "листе", "листах", "листах")}`,
  inNone: "ни на одном сведённом листе",
  askForIt: "добавьте лист школы",
  whichOne: "на каком листе",
  plural,
};

/**
 * The words for a kind of source. O(1).
 * @param noun `файл` (default) or `лист`
 * @returns the forms and phrases
 * @example sourceWords("лист").count(5) // => "5 листов"
 * @example sourceWords("файл").inMany(2) // => "в 2 файлах"
 */
export function sourceWords(noun: SourceNoun = "файл"): SourceWords {
  return noun === "лист" ? SHEET : FILE;
}
