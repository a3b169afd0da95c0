/**
 * Reads worksheets through the Excel JavaScript API into the validator's host-neutral tables (`SheetTable`):
 * values as Excel shows them (empty cells as `null`, formula cells as their results), formulas on request,
 * the hidden template marker, hidden sheets marked. No form knowledge here.
 *
 * Bounded syncs: one for the sheets' used ranges, then one per block of rows. A block holds at most 5,000 rows
 * and at most `maxCells` cells, so that a response stays under the 5 MB payload limit of Excel on the web
 * ("Resource limits and performance optimization for Office Add-ins", section "Excel add-ins"); a block that
 * is still refused as too large is read again in halves.
 *
 * Requirement sets: ExcelApi 1.1 (values, formulas, visibility), 1.4 (getUsedRangeOrNullObject).
 */
import { rangeA1 } from "../../src/plan/a1";
import type { CellValue, SheetTable } from "../../src/validate/types";
import { findMarker } from "../../src/plan/marker";

export interface ReadOptions {
  /** rows per request at most (default 5,000) */
  blockRows?: number;
  /** cells per request at most (default 100,000 values; half when formulas are read too) */
  maxCells?: number;
  /** read formulas too (default false: the validator needs values only, and formulas make a response large) */
  formulas?: boolean;
  /** called after each block with the rows read so far */
  onProgress?: (p: { sheet: string; rows: number; totalRows: number }) => void;
}

export interface ReadResult {
  tables: SheetTable[];
  /** `context.sync()` calls made */
  syncs: number;
}

const DEFAULT_BLOCK_ROWS = 5000;
const DEFAULT_MAX_CELLS = 100000;
const PAYLOAD_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

/** A value as the validator takes it: Office.js gives `""` for an empty cell. */
function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** A row without its trailing empty cells (as the exceljs reader gives it). */
function trimRow<T>(row: T[], empty: (v: T) => boolean): T[] {
  let n = row.length;
  while (n > 0 && empty(row[n - 1])) n--;
  return n === row.length ? row : row.slice(0, n);
}

interface Pending {
  name: string;
  hidden: boolean;
  /** sheet rows and columns to read, from A1 */
  rows: number;
  cols: number;
  values: CellValue[][];
  formulas: (string | null)[][];
  anyFormula: boolean;
}

/**
 * Reads sheets into tables. Syncs: 1 (+1 when `names` is not given) + one per block.
 * @param context the request context of `Excel.run`
 * @param names sheet names to read (default every sheet, in workbook order)
 * @param options block size, formulas, progress
 * @throws the Office.js error of a failed request (`ItemNotFound` for an unknown sheet)
 * @returns the tables in the order of `names`
 */
export async function readSheets(context: Excel.RequestContext, names?: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  let syncs = 0;
  const wantFormulas = options.formulas ?? false;
  const blockRows = Math.max(1, options.blockRows ?? DEFAULT_BLOCK_ROWS);
  const maxCells = Math.max(1, options.maxCells ?? (wantFormulas ? DEFAULT_MAX_CELLS / 2 : DEFAULT_MAX_CELLS));

  let sheetNames = names ? [...names] : undefined;
  if (!sheetNames) {
    const all = context.workbook.worksheets;
    all.load("items/name");
    await context.sync();
    syncs++;
    sheetNames = all.items.map((w) => w.name);
  }

  const probes = sheetNames.map((name) => {
    const ws = context.workbook.worksheets.getItem(name);
    ws.load("name,visibility");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { ws, used };
  });
  await context.sync();
  syncs++;

  const pending: Pending[] = probes.map(({ ws, used }) => {
    const empty = used.isNullObject;
    return {
      name: ws.name,
      hidden: ws.visibility !== "Visible",
      rows: empty ? 0 : used.rowIndex + used.rowCount,
      cols: empty ? 0 : used.columnIndex + used.columnCount,
      values: [],
      formulas: [],
      anyFormula: false,
    };
  });

  for (const p of pending) {
    const ws = context.workbook.worksheets.getItem(p.name);
    let step = Math.max(1, Math.min(blockRows, Math.floor(maxCells / Math.max(1, p.cols))));
    let r = 0;
    while (r < p.rows) {
      const n = Math.min(step, p.rows - r);
      const range = ws.getRange(rangeA1(r + 1, 1, r + n, p.cols));
      range.load(wantFormulas ? "values,formulas" : "values");
      try {
        await context.sync();
        syncs++;
      } catch (e) {
        syncs++;
        if ((e as { code?: string }).code === PAYLOAD_TOO_LARGE && n > 1) {
          step = Math.max(1, Math.floor(n / 2));
          continue;
        }
        throw e;
      }
      const values = range.values;
      const formulas = wantFormulas ? range.formulas : undefined;
      for (let i = 0; i < n; i++) {
        const v = values[i].map(cellValue);
        if (!formulas) {
          p.values.push(trimRow(v, (x) => x === null));
          continue;
        }
        // With formulas, a row ends at its last value or formula (a formula whose result is empty still counts).
        const f = formulas[i].map((x) => (typeof x === "string" && x.startsWith("=") ? x.slice(1) : null));
        let end = v.length;
        while (end > 0 && v[end - 1] === null && f[end - 1] === null) end--;
        if (f.some((x) => x !== null)) p.anyFormula = true;
        p.values.push(v.slice(0, end));
        p.formulas.push(f.slice(0, end));
      }
      r += n;
      options.onProgress?.({ sheet: p.name, rows: r, totalRows: p.rows });
    }
  }

  const tables = pending.map((p) => {
    // Trailing empty rows are not part of the table.
    let n = p.values.length;
    while (n > 0 && p.values[n - 1].length === 0) n--;
    const rows = p.values.slice(0, n);
    const table: SheetTable = { name: p.name, rows };
    if (p.anyFormula) table.formulas = p.formulas.slice(0, n);
    if (p.hidden) table.hidden = true;
    const marker = findMarker(rows);
    if (marker) table.marker = marker;
    return table;
  });
  return { tables, syncs };
}

/**
 * Reads one sheet. Syncs: 1 + one per block (2 for a sheet of up to 5,000 rows and 100,000 cells).
 * @param context the request context
 * @param name the sheet's name
 * @param options see {@link ReadOptions}
 * @returns the table and the syncs made
 */
export async function readSheet(context: Excel.RequestContext, name: string, options: ReadOptions = {}): Promise<{ table: SheetTable; syncs: number }> {
  const { tables, syncs } = await readSheets(context, [name], options);
  return { table: tables[0], syncs };
}

/** Rows of a sheet's head that are read to recognise a template (the marker sits in the title row). */
export const HEAD_ROWS = 5;

/**
 * The first rows of every sheet (enough to find a template's marker and title), for every sheet at once.
 * Syncs: 2, whatever the number of sheets.
 * @param context the request context
 * @returns one table per sheet, in workbook order, with at most 5 rows each
 */
export async function readSheetHeads(context: Excel.RequestContext): Promise<ReadResult> {
  const all = context.workbook.worksheets;
  all.load("items/name,items/visibility");
  await context.sync();
  const heads = all.items.map((ws) => {
    const used = ws.getRange(`1:${HEAD_ROWS}`).getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    return { ws, used };
  });
  await context.sync();
  const tables = heads.map(({ ws, used }) => {
    const rows: CellValue[][] = [];
    if (!used.isNullObject) {
      used.values.forEach((row, i) => {
        rows[used.rowIndex + i] = trimRow([...Array.from({ length: used.columnIndex }, () => null), ...row.map(cellValue)], (v) => v === null);
      });
    }
    for (let i = 0; i < rows.length; i++) rows[i] = rows[i] ?? [];
    const table: SheetTable = { name: ws.name, rows };
    if (ws.visibility !== "Visible") table.hidden = true;
    const marker = findMarker(rows);
    if (marker) table.marker = marker;
    return table;
  });
  return { tables, syncs: 2 };
}
