/**
 * The present numbers of a list of cells: what statistics are computed over
 * (empty cells, text and error values are missing, never 0).
 */
import { cellNumber } from "./coerce";

/** Each cell read as a number, `undefined` where missing (keeps row alignment). */
export const readNumbers = (cells: readonly unknown[]): (number | undefined)[] => cells.map(cellNumber);

/** Only the present numbers, in order. */
export function presentNumbers(cells: readonly unknown[]): number[] {
  const out: number[] = [];
  for (const c of cells) {
    const n = cellNumber(c);
    if (n !== undefined) out.push(n);
  }
  return out;
}
