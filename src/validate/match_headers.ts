/**
 * Finding the header row of a form in a sheet and binding each form column to a sheet column. Headers match
 * after trimming and ignoring case, ё/е and spaces (line breaks typed into a header included), so a
 * re-typed header still counts while a renamed one does not.
 */
import type { Form, FormColumn, FormSpec } from "../forms/types";
import type { CellValue, SheetTable } from "./types";

/** How far down a sheet the header row is looked for. */
const HEADER_SEARCH_ROWS = 30;
const WHITESPACE = /\s+/g;
const YO = /ё/g;

/**
 * A header text normalised for matching. O(length).
 * @param text header as typed (any cell value)
 * @returns lower-case text without spaces, е for ё; "" for a non-text cell
 * @example normalizeHeader("  На учёте\n(ВШУ, ПДН, КДН) ") // => "научете(вшу,пдн,кдн)"
 */
export function normalizeHeader(text: CellValue | undefined): string {
  if (typeof text === "number") return String(text);
  if (typeof text !== "string") return "";
  return text.replace(WHITESPACE, "").toLowerCase().replace(YO, "е");
}

/**
 * A form's input columns: the ones a person fills (derived columns are computed and may be absent). O(columns).
 * @returns the columns
 * @example inputColumns(materializeForm(formSpec("equipment"))).length // => 7
 */
export function inputColumns(form: Form): FormColumn[] {
  return form.columns.filter((c) => !c.spec.derived);
}

/** Result of matching one row against a form. */
export interface HeaderBinding {
  /** 0-based index of the header row in the table */
  headerRow: number;
  /** sheet column (0-based) of each form column, by form column index; -1 when absent */
  columns: number[];
  /** number of input columns found */
  found: number;
}

/**
 * Binds the columns of a form to the cells of one row. O(row length + columns).
 * @param form the form
 * @param row the candidate header row
 * @param headerRow its index
 * @returns the binding
 * @example bindHeaders(resultsForm, ["Предмет", "Код ОО"], 2).columns.slice(0, 4) // => [1, -1, -1, 0]
 */
export function bindHeaders(form: Form, row: readonly CellValue[], headerRow: number): HeaderBinding {
  const at = new Map<string, number>();
  row.forEach((v, i) => {
    const h = normalizeHeader(v);
    if (h !== "" && !at.has(h)) at.set(h, i);
  });
  let found = 0;
  const columns = formHeaders(form).map((h, k) => {
    const i = at.get(h);
    if (i === undefined) return -1;
    if (!form.columns[k].spec.derived) found++;
    return i;
  });
  return { headerRow, columns, found };
}

const FORM_HEADERS = new WeakMap<Form, string[]>();

/** The normalised headers of a form's columns, computed once per form. */
function formHeaders(form: Form): string[] {
  let h = FORM_HEADERS.get(form);
  if (!h) {
    h = form.columns.map((c) => normalizeHeader(c.header));
    FORM_HEADERS.set(form, h);
  }
  return h;
}

/**
 * The row of a sheet that best matches the form's headers (most input columns found; the first such row).
 * O(rows searched × row length).
 * @param form the form
 * @param table the sheet
 * @returns the best binding, or `undefined` when no row has any of the form's headers
 * @example locateHeaders(contextForm, templateTable)?.headerRow // => 2
 */
export function locateHeaders(form: Form, table: SheetTable): HeaderBinding | undefined {
  let best: HeaderBinding | undefined;
  const inputs = form.columns.filter((c) => !c.spec.derived).length;
  const last = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = table.rows[r];
    if (!row || row.length === 0) continue;
    const b = bindHeaders(form, row, r);
    if (b.found > 0 && (!best || b.found > best.found)) best = b;
    if (b.found === inputs) break;
  }
  return best;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The years and actors of a spec's repeated columns as a sheet's headers show them (`План 2024`, `План 2025`
 * → 2024, 2025; actor columns → every header that no other column claims). O(rows searched × row length).
 * @param spec the form spec
 * @param table the sheet
 * @param ignore normalised headers that are not actors (the check column…)
 * @returns years (sorted) and actors (in sheet order), each `undefined` when the spec has no such columns or none was found
 * @example inferRepeats(formSpec("targets"), { name: "s", rows: [["План 2025", "План 2024"]] }) // => { years: [2024, 2025] }
 */
export function inferRepeats(
  spec: FormSpec,
  table: SheetTable,
  ignore: ReadonlySet<string> = new Set(),
): { years?: number[]; actors?: string[] } {
  const yearTemplates = spec.columns
    .filter((c) => c.repeat === "year")
    .map((c) => new RegExp(`^${escapeRegex(normalizeHeader(c.header)).replace("\\{year\\}", "(\\d{4})")}$`));
  const fixed = new Set(spec.columns.filter((c) => !c.repeat).map((c) => normalizeHeader(c.header)));
  const hasActors = spec.columns.some((c) => c.repeat === "actor");
  if (yearTemplates.length === 0 && !hasActors) return {};
  let bestRow: CellValue[] | undefined;
  let bestScore = 0;
  const last = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = table.rows[r] ?? [];
    let score = 0;
    for (const v of row) {
      const h = normalizeHeader(v);
      if (h !== "" && (fixed.has(h) || yearTemplates.some((t) => t.test(h)))) score++;
    }
    if (score > bestScore) {
      bestScore = score;
      bestRow = row;
    }
  }
  if (!bestRow) return {};
  const out: { years?: number[]; actors?: string[] } = {};
  if (yearTemplates.length) {
    const years = new Set<number>();
    for (const v of bestRow) {
      const h = normalizeHeader(v);
      for (const t of yearTemplates) {
        const m = t.exec(h);
        if (m) years.add(Number(m[1]));
      }
    }
    if (years.size) out.years = [...years].sort((a, b) => a - b);
  }
  if (hasActors) {
    const actors: string[] = [];
    for (const v of bestRow) {
      const h = normalizeHeader(v);
      if (h === "" || fixed.has(h) || ignore.has(h) || typeof v !== "string") continue;
      actors.push(v.trim().replace(WHITESPACE, " "));
    }
    if (actors.length) out.actors = actors;
  }
  return out;
}
