/**
 * Russian words for counts: «1 файл», «2 файла», «5 файлов».
 */

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
  const m10 = n % 10;
  const m100 = n % 100;
  const word = m10 === 1 && m100 !== 11 ? one : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? few : many;
  return `${n.toLocaleString("ru-RU")} ${word}`;
}
