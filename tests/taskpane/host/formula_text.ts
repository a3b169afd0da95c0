/**
 * What the test host needs to know about formula text: whether Excel would accept it (balanced quotes and
 * brackets, something after the sign) and how its relative references move when it is copied.
 */

/** Splits a formula into string literals and the rest, so that references are only looked for outside strings. */
function segments(formula: string): { text: string; literal: boolean }[] {
  const out: { text: string; literal: boolean }[] = [];
  let i = 0;
  let start = 0;
  while (i < formula.length) {
    if (formula[i] === '"') {
      if (i > start) out.push({ text: formula.slice(start, i), literal: false });
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) throw new Error("unterminated string");
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      out.push({ text: formula.slice(i, j + 1), literal: true });
      i = j + 1;
      start = i;
      continue;
    }
    i++;
  }
  if (start < formula.length) out.push({ text: formula.slice(start), literal: false });
  return out;
}

/**
 * Whether Excel would take this text as a formula: it starts with `=` (or `+`/`-`), has a body, balanced
 * parentheses and braces outside string literals, and no unterminated string.
 */
export function isWellFormedFormula(text: string): boolean {
  if (!/^[=+-]/.test(text)) return false;
  const body = text.slice(1);
  if (body.trim() === "") return false;
  let parts: { text: string; literal: boolean }[];
  try {
    parts = segments(body);
  } catch {
    return false;
  }
  let paren = 0;
  let brace = 0;
  for (const p of parts) {
    if (p.literal) continue;
    for (const ch of p.text) {
      if (ch === "(") paren++;
      else if (ch === ")") paren--;
      else if (ch === "{") brace++;
      else if (ch === "}") brace--;
      if (paren < 0 || brace < 0) return false;
    }
  }
  return paren === 0 && brace === 0;
}

const REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

function letters(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colNum(text: string): number {
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The formula as it reads after a copy by `dr` rows and `dc` columns: references without `$` move,
 * anchored parts stay (what Excel does on copy and paste or fill).
 * @example shiftFormula("=$A4+B$3", 2, 0) // => "=$A6+B$3"
 */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return segments(formula)
    .map((p) =>
      p.literal
        ? p.text
        : p.text.replace(REF, (_m, pre: string, ca: string, col: string, ra: string, row: string) => {
            const c = ca ? colNum(col) : colNum(col) + dc;
            const r = ra ? Number(row) : Number(row) + dr;
            if (c < 0 || r < 1) return `${pre}#REF!`;
            return `${pre}${ca}${letters(c)}${ra}${r}`;
          }),
    )
    .join("");
}
