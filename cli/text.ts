/**
 * Russian wording of counts: `1 файл`, `2 файла`, `5 файлов`, thousands separated by a space.
 */
import { pluralForm } from "../src/text/plural";

/**
 * A whole number with a space between thousands: 2000 → «2 000».
 * @example formatCount(2000) // => "2 000"
 */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
}

/**
 * A number with the noun in the right form.
 * @example plural(2, "файл", "файла", "файлов") // => "2 файла"
 */
export function plural(n: number, one: string, few: string, many: string): string {
  return `${formatCount(n)} ${pluralForm(n, one, few, many)}`;
}

/**
 * Seconds with one decimal and a comma: 1234 ms → «1,2 с».
 * @example seconds(1234) // => "1,2 с"
 */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1).replace(".", ",")} с`;
}
