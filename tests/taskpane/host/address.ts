/**
 * A1 addresses as Excel reads them in `getRange`: cells, rectangles, whole columns (`F:F`) and whole rows
 * (`3:3`), with or without `$`. Rows and columns here are 0-based and inclusive.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** Column number (0-based) of letters. */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Letters of a 0-based column. */
export function colLetters(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The A1 text of a rectangle (`A1` for one cell). */
export function rectAddress(r: Rect): string {
  const a = `${colLetters(r.c0)}${r.r0 + 1}`;
  const b = `${colLetters(r.c1)}${r.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function part(text: string): { r?: number; c?: number } | undefined {
  let m = CELL.exec(text);
  if (m) return { c: colIndex(m[1]), r: Number(m[2]) - 1 };
  m = COL.exec(text);
  if (m) return { c: colIndex(m[1]) };
  m = ROW.exec(text);
  if (m) return { r: Number(m[1]) - 1 };
  return undefined;
}

/**
 * The rectangle of an address, or `undefined` when Excel would refuse it.
 * @example parseAddress("F:F") // => { r0: 0, c0: 5, r1: 1048575, c1: 5 }
 */
export function parseAddress(address: string): Rect | undefined {
  const text = address.trim();
  if (text.includes("!")) return undefined;
  const [a, b, extra] = text.split(":");
  if (extra !== undefined || !a) return undefined;
  const p = part(a);
  const q = b === undefined ? p : part(b);
  if (!p || !q) return undefined;
  const kindP = p.r !== undefined && p.c !== undefined ? "cell" : p.c !== undefined ? "col" : "row";
  const kindQ = q.r !== undefined && q.c !== undefined ? "cell" : q.c !== undefined ? "col" : "row";
  if (kindP !== kindQ) return undefined;
  if (b === undefined && kindP !== "cell") return undefined;
  const rect: Rect =
    kindP === "cell"
      ? { r0: p.r!, c0: p.c!, r1: q.r!, c1: q.c! }
      : kindP === "col"
        ? { r0: 0, c0: p.c!, r1: MAX_ROWS - 1, c1: q.c! }
        : { r0: p.r!, c0: 0, r1: q.r!, c1: MAX_COLS - 1 };
  const norm: Rect = {
    r0: Math.min(rect.r0, rect.r1),
    r1: Math.max(rect.r0, rect.r1),
    c0: Math.min(rect.c0, rect.c1),
    c1: Math.max(rect.c0, rect.c1),
  };
  if (norm.r0 < 0 || norm.c0 < 0 || norm.r1 >= MAX_ROWS || norm.c1 >= MAX_COLS) return undefined;
  return norm;
}

export const rows = (r: Rect): number => r.r1 - r.r0 + 1;
export const cols = (r: Rect): number => r.c1 - r.c0 + 1;

export function overlaps(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(outer: Rect, r: number, c: number): boolean {
  return r >= outer.r0 && r <= outer.r1 && c >= outer.c0 && c <= outer.c1;
}
