/**
 * A1 addresses: column letters ↔ numbers, cells and ranges, absolute or relative.
 */

/**
 * Column letters of a 1-based column number. O(log n).
 * @param col column number, 1 = A
 * @throws {RangeError} when the number is not a whole number from 1 to 16384 (the last Excel column, XFD)
 * @returns the letters
 * @example columnLetter(28) // => "AB"
 */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > 16384) throw new RangeError(`columnLetter: номер столбца ${col} вне 1–16384`);
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * 1-based column number of column letters (case-insensitive). O(length).
 * @param letters e.g. "AB"
 * @throws {RangeError} when the text is not column letters
 * @returns the number
 * @example columnNumber("AB") // => 28
 */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`columnNumber: «${letters}» — не буквы столбца`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > 16384) throw new RangeError(`columnNumber: столбец «${letters}» за пределами листа`);
  return n;
}

/**
 * A1 address of a cell.
 * @param row 1-based row
 * @param col 1-based column
 * @param abs `"col"` for `$A1`, `"both"` for `$A$1`, none for `A1`
 * @returns the address
 * @example toA1(4, 6, "col") // => "$F4"
 */
export function toA1(row: number, col: number, abs?: "col" | "both"): string {
  const c = columnLetter(col);
  if (abs === "both") return `$${c}$${row}`;
  if (abs === "col") return `$${c}${row}`;
  return `${c}${row}`;
}

/**
 * A1 range between two cells.
 * @returns e.g. "F4:F203"
 * @example rangeA1(4, 6, 203, 6) // => "F4:F203"
 */
export function rangeA1(row1: number, col1: number, row2: number, col2: number): string {
  return `${toA1(row1, col1)}:${toA1(row2, col2)}`;
}

/**
 * Row and column of an A1 address (`$` signs ignored).
 * @param address e.g. "$F$4"
 * @throws {RangeError} when the text is not an A1 cell address
 * @returns 1-based row and column
 * @example parseA1("F4") // => { row: 4, col: 6 }
 */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new RangeError(`parseA1: «${address}» — не адрес ячейки`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}
