/**
 * A table of values laid out for people as a sheet plan, so that every writer (exceljs, Office.js in the task
 * pane, Apps Script) produces the same sheet: a title, a note, one header row with a filter, frozen header, column
 * widths and number formats, computed columns shaded. The layout of a form's template (title row 1, note row 2,
 * header row 3, data from row 4), so that a consolidated table is read back like any file of the form. The one
 * builder of the report, consolidation and index sheets.
 */
import { columnLetter, rangeA1, toA1 } from "./a1";
import { isValidSheetName, safeSheetName } from "./sheet_name";
import { PLAN_STYLES } from "./styles";
import type { PlanCell, PlanCellValue, PlanColumn, PlanConditionalFormat, SheetPlan } from "./types";

/** A value of a table cell: `null` (or "") for an empty cell. */
type TableValue = PlanCellValue;

/** One column of a table sheet. */
export interface TableColumn {
  header: string;
  /** width in characters */
  width: number;
  numFmt?: string;
  /** long text wraps */
  wrap?: boolean;
  /** a computed column: shaded, its header grey */
  computed?: boolean;
  /**
   * a formula in every data row (English names, comma separators, `{row}` for the row): the row's value is written
   * with it as its cached result, so the file shows it before any recalculation
   */
  formula?: string;
}

/** A table to lay out. */
export interface TableSheet {
  sheetName: string;
  title: string;
  /** one line under the title: what the table is and how it was made */
  note?: string;
  columns: readonly TableColumn[];
  rows: readonly (readonly TableValue[])[];
  /** the hidden marker of a form (`edu-roadmap:context:v1`) in a hidden column right of the table */
  marker?: string;
  /** leading columns kept visible when scrolling right */
  frozenColumns?: number;
  /**
   * rows highlighted by the text of a status column (0-based index): red where it reads `error`, yellow where it
   * reads `warning`; a formula, so that sorting and filtering keep the highlight with its row
   */
  highlight?: { column: number; error: string | readonly string[]; warning?: string };
  /** no filter on the header (key–value sheets) */
  noFilter?: boolean;
}

const TITLE_ROW = 1;
const NOTE_ROW = 2;
const HEADER_ROW = 3;
const FIRST_DATA_ROW = 4;
/** Excel's limit on the length of a cell's text. */
const MAX_TEXT = 32767;

/** Rough height in points of wrapped text in a cell of the given width (characters). */
function textHeight(text: string, width: number, lineHeight: number): number {
  const perLine = Math.max(8, Math.floor(width * 0.95));
  const lines = text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return Math.ceil(lines * lineHeight + 6);
}

/** A value a sheet can hold: text cut to Excel's limit, non-finite numbers empty. */
function cellValue(v: TableValue): TableValue {
  if (typeof v === "string" && v.length > MAX_TEXT) return `${v.slice(0, MAX_TEXT - 1)}…`;
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * The sheet plan of a table. O(rows × columns).
 * @param t the table
 * @throws {Error} when the table has no columns
 * @returns the plan (no protection, no validations: a coordinator's working table)
 * @example tablePlan({ sheetName: "Свод", title: "Свод", columns: [{ header: "Код ОО", width: 12 }], rows: [["000101"]] }).cells.length // => 3
 */
export function tablePlan(t: TableSheet): SheetPlan {
  if (t.columns.length === 0) throw new Error("tablePlan: у таблицы нет столбцов");
  const n = t.columns.length;
  const lastData = FIRST_DATA_ROW + Math.max(t.rows.length, 1) - 1;
  const markerCol = n + 1;
  const columns: PlanColumn[] = t.columns.map((c, i) => ({
    index: i + 1,
    letter: columnLetter(i + 1),
    role: c.computed ? "derived" : "input",
    header: c.header,
    width: c.width,
    ...(c.numFmt ? { numFmt: c.numFmt } : {}),
    hidden: false,
    style: c.computed ? "derived" : "input",
    wrap: c.wrap === true,
  }));
  if (t.marker) columns.push({ index: markerCol, letter: columnLetter(markerCol), role: "marker", header: "", width: 4, hidden: true, style: "marker", wrap: false });

  const cells: PlanCell[] = [];
  const put = (row: number, col: number, value: TableValue, style: PlanCell["style"], formula?: string): void => {
    cells.push({ row, col, address: toA1(row, col), value: cellValue(value), style, ...(formula !== undefined ? { formula } : {}) });
  };
  put(TITLE_ROW, 1, t.title, "title");
  if (t.note) put(NOTE_ROW, 1, t.note, "instruction");
  if (t.marker) put(TITLE_ROW, markerCol, t.marker, "marker");
  t.columns.forEach((c, i) => put(HEADER_ROW, i + 1, c.header, c.computed ? "header-derived" : "header"));
  t.rows.forEach((r, ri) => {
    for (let ci = 0; ci < n; ci++) {
      const v = r[ci] ?? null;
      const formula = t.columns[ci].formula?.split("{row}").join(String(FIRST_DATA_ROW + ri));
      if (formula === undefined && (v === null || v === "")) continue;
      put(FIRST_DATA_ROW + ri, ci + 1, v, t.columns[ci].computed ? "derived" : "input", formula);
    }
  });

  const totalWidth = t.columns.reduce((s, c) => s + c.width, 0);
  const headerHeight = Math.max(20, ...t.columns.map((c) => textHeight(c.header, c.width, 13)));
  const rowHeights = [
    { row: TITLE_ROW, height: 24 },
    ...(t.note ? [{ row: NOTE_ROW, height: Math.min(textHeight(t.note, Math.max(totalWidth, 60), 13), 200) }] : []),
    { row: HEADER_ROW, height: Math.min(headerHeight, 120) },
  ];
  // Rows with long wrapped text get their height: hosts do not fit row heights when opening a file.
  const wrapped = t.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.wrap);
  if (wrapped.length) {
    t.rows.forEach((r, ri) => {
      let height = 0;
      for (const { c, i } of wrapped) {
        const v = r[i];
        if (typeof v === "string") height = Math.max(height, textHeight(v, c.width, 15));
      }
      if (height > 21) rowHeights.push({ row: FIRST_DATA_ROW + ri, height: Math.min(height, 409) });
    });
  }

  const conditionalFormats: PlanConditionalFormat[] = [];
  const h = t.highlight;
  if (h && h.column >= 0 && h.column < n && t.rows.length) {
    const range = rangeA1(FIRST_DATA_ROW, 1, lastData, n);
    const status = `$${columnLetter(h.column + 1)}${FIRST_DATA_ROW}`;
    const errorTexts = typeof h.error === "string" ? [h.error] : h.error;
    const isError = errorTexts.map((e) => `${status}=${quote(e)}`);
    conditionalFormats.push({ range, formula: isError.length === 1 ? isError[0] : `OR(${isError.join(",")})`, look: "error" });
    if (h.warning) conditionalFormats.push({ range, formula: `${status}=${quote(h.warning)}`, look: "warning" });
  }

  const sheetName = isValidSheetName(t.sheetName) ? t.sheetName : safeSheetName(t.sheetName, "Таблица");
  return {
    formId: "",
    version: 0,
    sheetName,
    title: t.title,
    instruction: t.note ?? "",
    marker: t.marker ?? "",
    markerCell: t.marker ? toA1(TITLE_ROW, markerCol) : "",
    titleRow: TITLE_ROW,
    instructionRow: NOTE_ROW,
    headerRow: HEADER_ROW,
    firstDataRow: FIRST_DATA_ROW,
    lastDataRow: lastData,
    columns,
    cells,
    formulas: [],
    merges: n > 1 ? [`${toA1(NOTE_ROW, 1)}:${toA1(NOTE_ROW, Math.min(n, 12))}`] : [],
    rowHeights,
    frozen: { rows: HEADER_ROW, columns: Math.min(t.frozenColumns ?? 0, n) },
    validations: [],
    conditionalFormats,
    styles: { ...PLAN_STYLES },
    ...(t.noFilter ? {} : { autoFilter: `${toA1(HEADER_ROW, 1)}:${toA1(HEADER_ROW, n)}` }),
    sectionRows: [],
    summaryRows: [],
    checkItems: [],
    lists: [],
    print: { orientation: totalWidth > 110 ? "landscape" : "portrait", fitToWidth: 1, area: `${toA1(TITLE_ROW, 1)}:${toA1(lastData, n)}` },
  };
}
