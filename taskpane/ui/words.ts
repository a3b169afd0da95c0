/**
 * Russian words for counts: «1 файл», «2 файла», «5 файлов»; the pane writes the number the Russian way («2 000»).
 */
import { pluralForm } from "../../src/text/plural";

/**
 * A count with the word in its form. O(1).
 * @param n the count
 * @param one the form for 1, 21, 31… (`ошибка`)
 * @param few for 2–4, 22–24… (`ошибки`)
 * @param many for 0, 5–20, 25–30… (`ошибок`)
 * @returns e.g. «3 ошибки»
 * @example plural(21, "файл", "файла", "файлов") // => "21 файл"
 */
export function plural(n: number, one: string, few: string, many: string): string {
  return `${n.toLocaleString("ru-RU")} ${pluralForm(n, one, few, many)}`;
}
