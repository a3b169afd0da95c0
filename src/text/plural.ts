/**
 * Russian counts: the noun takes one of three forms by the number — «1 файл», «2 файла», «5 файлов». One rule for
 * every text of the add-in, the command line and the Sheets add-on.
 */

/**
 * The noun's form for a count. O(1).
 * @param n the count (a whole number)
 * @param one the form for 1, 21, 31… (`ошибка`)
 * @param few for 2–4, 22–24… (`ошибки`)
 * @param many for 0, 5–20, 25–30, 11–14… (`ошибок`)
 * @returns the form
 * @example pluralForm(12, "файл", "файла", "файлов") // => "файлов"
 */
export function pluralForm(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  return m10 === 1 && m100 !== 11 ? one : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? few : many;
}

/**
 * The count and the noun in its form. O(1).
 * @example plural(3, "строка", "строки", "строк") // => "3 строки"
 */
export function plural(n: number, one: string, few: string, many: string): string {
  return `${n} ${pluralForm(n, one, few, many)}`;
}
