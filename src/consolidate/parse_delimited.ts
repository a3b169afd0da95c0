/**
 * Text lists and CSV as tables: a coordinator keeps the list of schools or municipalities as a text file, a CSV
 * exported from Excel (`;` in a Russian Excel, `,` elsewhere) or a tab-separated paste.
 */
import type { CellValue } from "../validate/types";

/** The separator of a CSV line: the one of `;`, tab and `,` that occurs most outside quotes (none → one column). */
function separatorOf(line: string): string | undefined {
  const counts = new Map<string, number>([[";", 0], ["\t", 0], [",", 0]]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string | undefined;
  let most = 0;
  for (const [sep, n] of counts) {
    if (n > most) {
      best = sep;
      most = n;
    }
  }
  return best;
}

/**
 * Rows of a delimited text: the separator is guessed from the first non-empty line; quotes as in RFC 4180
 * (`""` inside quotes is one quote, quoted fields may hold the separator and line breaks); a leading BOM is
 * dropped; empty lines are kept as empty rows. O(length).
 * @param text the file's text
 * @returns rows of trimmed cells (`null` for an empty cell)
 * @example parseDelimited("Код ОО;Наименование ОО\n000101;\"МБОУ \"\"СОШ № 1\"\"\"") // => [["Код ОО", "Наименование ОО"], ["000101", "МБОУ \"СОШ № 1\""]]
 */
export function parseDelimited(text: string): CellValue[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  const sep = separatorOf(firstLine);
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = "";
  let quoted = false;
  const endField = (): void => {
    const t = field.trim();
    row.push(t === "" ? null : t);
    field = "";
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (sep !== undefined && ch === sep) endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      endField();
      rows.push(row.length === 1 && row[0] === null ? [] : row);
      row = [];
    } else field += ch;
  }
  if (field !== "" || row.length) {
    endField();
    rows.push(row.length === 1 && row[0] === null ? [] : row);
  }
  return rows;
}
