/**
 * The in-memory workbook of the test host: what the fake Office.js reads and writes, and what tests inspect.
 * Cells are sparse; formats are kept as layers (a range and the properties set on it, in order), so that a
 * format set on a whole column costs one entry, as it does in Excel.
 */
import { type Rect, contains, overlaps, rectAddress, parseAddress } from "./address";

export type HostValue = string | number | boolean;

export interface HostCell {
  /** the value as Excel would show it; formula cells hold their cached result (`""`: not calculated here) */
  value: HostValue;
  formula?: string;
  /** set when the text was entered with a leading apostrophe */
  quotePrefix?: boolean;
  numberFormat?: string;
}

export interface BorderLook {
  style: string;
  color?: string;
  weight?: string;
}

/** Format properties a layer may set. */
export interface FormatProps {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  locked?: boolean;
  borders?: Record<string, BorderLook>;
}

export interface FormatLayer {
  rect: Rect;
  props: FormatProps;
}

export interface HostValidation {
  rect: Rect;
  rule?: Record<string, unknown>;
  prompt?: { title: string; message: string; showPrompt: boolean };
  errorAlert?: { title: string; message: string; style: string; showAlert: boolean };
  ignoreBlanks?: boolean;
}

export interface HostConditionalFormat {
  rect: Rect;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface HostSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<number, Map<number, HostCell>>;
  layers: FormatLayer[];
  /** points */
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  /** points */
  rowHeights: Map<number, number>;
  merges: Rect[];
  validations: HostValidation[];
  /** in priority order: index 0 is the top priority */
  conditionalFormats: HostConditionalFormat[];
  frozen: { rows: number; columns: number };
  protection: { protected: boolean; options: Record<string, unknown> };
  autoFilter?: Rect;
  pageLayout: { orientation?: string; zoom?: Record<string, number>; printArea?: string; printTitleRows?: string };
  /** charts on the sheet, in the order added */
  charts: HostChart[];
}

/** Where a chart's data comes from: a range of a sheet. */
export interface ChartSource {
  sheet: string;
  range: string;
}

export interface HostChartSeries {
  name: string;
  /** the series' own chart type (a combination chart), when set */
  chartType?: string;
  markerStyle?: string;
  values?: ChartSource;
  xValues?: ChartSource;
}

export interface HostChart {
  name: string;
  type: string;
  source: ChartSource;
  seriesBy: string;
  title?: string;
  /** titles of the category (X) and value (Y) axes */
  xTitle?: string;
  yTitle?: string;
  legend?: string;
  /** cells the chart covers */
  position?: { from: string; to?: string };
  series: HostChartSeries[];
}

export function newSheet(name: string): HostSheet {
  return {
    name,
    visibility: "Visible",
    cells: new Map(),
    layers: [],
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    rowHeights: new Map(),
    merges: [],
    validations: [],
    conditionalFormats: [],
    frozen: { rows: 0, columns: 0 },
    protection: { protected: false, options: {} },
    pageLayout: {},
    charts: [],
  };
}

export function getCell(sheet: HostSheet, r: number, c: number): HostCell | undefined {
  return sheet.cells.get(r)?.get(c);
}

export function cellFor(sheet: HostSheet, r: number, c: number): HostCell {
  let row = sheet.cells.get(r);
  if (!row) {
    row = new Map();
    sheet.cells.set(r, row);
  }
  let cell = row.get(c);
  if (!cell) {
    cell = { value: "" };
    row.set(c, cell);
  }
  return cell;
}

/** The effective format of one cell: the last layer that sets each property wins. */
export function cellFormat(sheet: HostSheet, r: number, c: number): Omit<FormatProps, "borders"> & { bordered: boolean } {
  const out: Omit<FormatProps, "borders"> & { bordered: boolean } = { bordered: false };
  for (const layer of sheet.layers) {
    if (!contains(layer.rect, r, c)) continue;
    const { borders, ...rest } = layer.props;
    Object.assign(out, rest);
    if (borders && Object.keys(borders).length) out.bordered = true;
  }
  return out;
}

/** Whether a cell is locked (Excel's default for every cell is locked). */
export function isLocked(sheet: HostSheet, r: number, c: number): boolean {
  return cellFormat(sheet, r, c).locked ?? true;
}

/** The bounding rectangle of the cells that hold a value or formula; `undefined` for an empty sheet. */
export function usedRect(sheet: HostSheet, valuesOnly: boolean): Rect | undefined {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const [r, row] of sheet.cells) {
    for (const [c, cell] of row) {
      if (cell.value === "" && cell.formula === undefined && (valuesOnly || cell.numberFormat === undefined)) continue;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
  }
  if (!valuesOnly) {
    for (const l of sheet.layers) {
      // Whole-column and whole-row formats do not extend the used range in Excel; cell blocks do.
      if (l.rect.r1 - l.rect.r0 > 100000 || l.rect.c1 - l.rect.c0 > 10000) continue;
      r0 = Math.min(r0, l.rect.r0);
      r1 = Math.max(r1, l.rect.r1);
      c0 = Math.min(c0, l.rect.c0);
      c1 = Math.max(c1, l.rect.c1);
    }
  }
  return r1 < 0 ? undefined : { r0, c0, r1, c1 };
}

/** A readable snapshot of a sheet for tests and screenshots of the host. */
export interface SheetView {
  name: string;
  /** values of the used range from A1: `""` for an empty cell */
  values: HostValue[][];
  formulas: (string | null)[][];
  merges: string[];
  frozen: { rows: number; columns: number };
  protected: boolean;
  validations: { range: string; rule?: Record<string, unknown>; prompt?: HostValidation["prompt"]; errorAlert?: HostValidation["errorAlert"] }[];
  conditionalFormats: { range: string; formula?: string; fill?: string; fontColor?: string; bold?: boolean }[];
  hiddenColumns: string[];
}

export function sheetView(sheet: HostSheet): SheetView {
  const used = usedRect(sheet, true);
  const values: HostValue[][] = [];
  const formulas: (string | null)[][] = [];
  if (used) {
    for (let r = 0; r <= used.r1; r++) {
      const v: HostValue[] = [];
      const f: (string | null)[] = [];
      for (let c = 0; c <= used.c1; c++) {
        const cell = getCell(sheet, r, c);
        v.push(cell?.value ?? "");
        f.push(cell?.formula ?? null);
      }
      values.push(v);
      formulas.push(f);
    }
  }
  const letters = (c: number): string => rectAddress({ r0: 0, c0: c, r1: 0, c1: c }).replace(/\d+/g, "");
  return {
    name: sheet.name,
    values,
    formulas,
    merges: sheet.merges.map(rectAddress),
    frozen: { ...sheet.frozen },
    protected: sheet.protection.protected,
    validations: sheet.validations.map((v) => ({ range: rectAddress(v.rect), rule: v.rule, prompt: v.prompt, errorAlert: v.errorAlert })),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({
      range: rectAddress(cf.rect),
      formula: cf.formula,
      fill: cf.fill,
      fontColor: cf.fontColor,
      bold: cf.bold,
    })),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b).map(letters),
  };
}

export { overlaps, parseAddress, rectAddress };
