/// <reference types="google-apps-script" />
/**
 * Applies a sheet plan through SpreadsheetApp: the same sheet the exceljs writer makes — values and formulas,
 * number formats, column widths, styles, merges, data validation with Russian help, conditional highlighting,
 * frozen header, protected title and header (warning only, data cells left out), the hidden marker column.
 * No form knowledge here; everything comes from the plan.
 *
 * Every Apps Script call is a round trip the user waits for, so the writer works on blocks, never cell by cell:
 * one `setValues` for all written values; one `setFormulas` per group of neighbouring formula columns (section
 * rows get `""`, which leaves them empty); one 2-D setter per style property (`setBackgrounds`,
 * `setFontWeights`, …) over the plan's block; one `RangeList` call per number format and one for all borders;
 * one `setConditionalFormatRules`. Per column only: data validation, and widths / hidden columns for runs of
 * equal columns. Merges and row heights: per merged row. The count stays O(columns + section rows).
 *
 * Where Sheets differs from Excel:
 * - a string written with `setValues` is read like typed input (`1.10` would become a date), so every cell the
 *   plan writes as text gets the plain-text format `@` first;
 * - Sheets has no "automatic" number-format value to put in a 2-D array, so formats go through range lists;
 * - Sheets refuses to freeze columns that cut a merged cell: when a merge (the title) crosses the plan's frozen
 *   columns, only the rows are frozen;
 * - data rows get no fixed height: Sheets fits a row to its wrapped text (merged rows do not fit and get one);
 * - `whole` validations are written as a custom formula (Sheets' number criteria accept fractions);
 * - print settings have no SpreadsheetApp API and are left to the user.
 */
import { rangeA1 } from "../src/plan/a1";
import type { PlanColumn, PlanConditionalFormat, PlanStyle, PlanStyleName, PlanValidation, SheetPlan } from "../src/plan/types";
import { toSheetsFormula } from "./sheets_formula";

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface SheetsWriteOptions {
  /** the name of the new sheet (default the plan's; the caller makes sure it is free) */
  name?: string;
  /** 0-based position of the new sheet (default: after the last sheet) */
  index?: number;
}

export interface SheetsWrittenSheet {
  formId: string;
  /** the name the sheet got */
  name: string;
  /** the name the plan wanted */
  requested: string;
  sheet: Sheet;
  /** what the plan has and this writer left out: frozen columns under a merged title, print settings */
  skipped: ("frozenColumns" | "print")[];
}

/** Excel column width (characters of Calibri 11) → pixels, as Excel draws it. */
export const widthToPixels = (chars: number): number => Math.max(8, Math.round(chars * 7 + 5));
/** Points → pixels (96 dpi). */
export const pointsToPixels = (pt: number): number => Math.max(8, Math.round((pt * 4) / 3));

/** The conditional looks of the exceljs writer, as Sheets colours. */
export const SHEETS_LOOKS: Readonly<Record<PlanConditionalFormat["look"], { background?: string; fontColor?: string; bold?: boolean }>> = {
  error: { background: "#FFC7CE", fontColor: "#9C0006" },
  warning: { background: "#FFEB9C", fontColor: "#9C5700" },
  ok: { fontColor: "#006100", bold: true },
  "check-error": { fontColor: "#9C0006" },
};

const BORDER_COLOR = "#BFBFBF";
const SHEETS_DEFAULT_FONT_SIZE = 10;
const DATA_STYLES: ReadonlySet<PlanStyleName> = new Set(["input", "summary", "derived"]);

interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}
const a1 = (r: Rect): string => rangeA1(r.r1, r.c1, r.r2, r.c2);

/**
 * Rectangles covering the marked cells of a grid: runs of columns per row, joined down while the next row has the
 * same run. O(cells).
 */
export function rectangles(rows: number, cols: number, marked: (r: number, c: number) => boolean, firstRow = 1): Rect[] {
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (let r = firstRow; r < firstRow + rows; r++) {
    const runs: [number, number][] = [];
    for (let c = 1; c <= cols; c++) {
      if (!marked(r, c)) continue;
      const start = c;
      while (c + 1 <= cols && marked(r, c + 1)) c++;
      runs.push([start, c]);
    }
    const next = new Map<string, Rect>();
    for (const [c1, c2] of runs) {
      const key = `${c1}:${c2}`;
      const rect = open.get(key);
      if (rect && rect.r2 === r - 1) {
        rect.r2 = r;
        next.set(key, rect);
        open.delete(key);
      } else next.set(key, { r1: r, c1, r2: r, c2 });
    }
    for (const rect of open.values()) done.push(rect);
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  for (const rect of open.values()) done.push(rect);
  return done.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
}

/** Runs of consecutive numbers with the same key: `[start, count, key]`. */
function runs<K>(from: number, to: number, key: (i: number) => K): [number, number, K][] {
  const out: [number, number, K][] = [];
  for (let i = from; i <= to; i++) {
    const k = key(i);
    const last = out[out.length - 1];
    if (last && last[2] === k && last[0] + last[1] === i) last[1]++;
    else out.push([i, 1, k]);
  }
  return out;
}

/** A validation operand: a number, or the cell/formula text of the plan. */
function numberOperand(v: string | number | undefined): number | undefined {
  if (typeof v === "number") return v;
  if (v === undefined) return undefined;
  const t = v.trim();
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : undefined;
}

/** The condition of a number validation as a formula about the cell `x` (for `whole`, and operands that are formulas). */
function numberCondition(v: PlanValidation, x: string): string {
  const [f1, f2] = v.formulae.map((f) => String(f));
  switch (v.operator ?? "between") {
    case "between":
      return `AND(${x}>=${f1},${x}<=${f2})`;
    case "notBetween":
      return `OR(${x}<${f1},${x}>${f2})`;
    case "equal":
      return `${x}=${f1}`;
    case "notEqual":
      return `${x}<>${f1}`;
    case "greaterThan":
      return `${x}>${f1}`;
    case "lessThan":
      return `${x}<${f1}`;
    case "greaterThanOrEqual":
      return `${x}>=${f1}`;
    case "lessThanOrEqual":
      return `${x}<=${f1}`;
  }
}

/**
 * The Sheets validation rule of a plan validation. O(1) builder calls.
 * @param app SpreadsheetApp
 * @param sheet the sheet (list ranges are on it)
 * @param v the plan validation
 * @returns the rule
 */
export function validationRule(app: App, sheet: Sheet, v: PlanValidation): GoogleAppsScript.Spreadsheet.DataValidation {
  const b = app.newDataValidation();
  const top = v.range.split(":")[0].replace(/\$/g, "");
  const x = top;
  const [f1, f2] = v.formulae;
  switch (v.type) {
    case "list": {
      const src = String(f1 ?? "").trim();
      if (/^".*"$/.test(src)) b.requireValueInList(src.slice(1, -1).split(","), true);
      else b.requireValueInRange(sheet.getRange(src.replace(/\$/g, "")), true);
      break;
    }
    case "decimal": {
      const n1 = numberOperand(f1);
      const n2 = numberOperand(f2);
      const numeric = n1 !== undefined && (f2 === undefined || n2 !== undefined);
      if (!numeric) {
        b.requireFormulaSatisfied(`=AND(ISNUMBER(${x}),${numberCondition(v, x)})`);
        break;
      }
      switch (v.operator ?? "between") {
        case "between":
          b.requireNumberBetween(n1, n2 as number);
          break;
        case "notBetween":
          b.requireNumberNotBetween(n1, n2 as number);
          break;
        case "equal":
          b.requireNumberEqualTo(n1);
          break;
        case "notEqual":
          b.requireNumberNotEqualTo(n1);
          break;
        case "greaterThan":
          b.requireNumberGreaterThan(n1);
          break;
        case "lessThan":
          b.requireNumberLessThan(n1);
          break;
        case "greaterThanOrEqual":
          b.requireNumberGreaterThanOrEqualTo(n1);
          break;
        case "lessThanOrEqual":
          b.requireNumberLessThanOrEqualTo(n1);
          break;
      }
      break;
    }
    case "whole":
      // Sheets' number criteria accept fractions: a whole number is a formula, relative to the range's first cell.
      b.requireFormulaSatisfied(`=AND(ISNUMBER(${x}),MOD(${x},1)=0,${numberCondition(v, x)})`);
      break;
    case "textLength":
      b.requireFormulaSatisfied(`=${numberCondition(v, `LEN(${x})`)}`);
      break;
    case "custom":
      b.requireFormulaSatisfied(toSheetsFormula(String(f1)));
      break;
    case "any":
      // Only the help: a criterion every value meets, shown as a warning at most.
      b.requireFormulaSatisfied("=TRUE");
      break;
  }
  const help = [v.prompt?.text, v.error?.text].filter((t): t is string => Boolean(t)).join(" ");
  if (help) b.setHelpText(help);
  b.setAllowInvalid(v.type === "any" || !v.error || v.error.style !== "stop");
  return b.build();
}

interface CellLook {
  style: PlanStyleName;
  wrap?: boolean;
}

/** The look of every cell of the plan's block (rows 1..rows, columns 1..cols), as the exceljs writer styles them. */
function looks(plan: SheetPlan, rows: number, cols: number): (CellLook | undefined)[][] {
  const grid: (CellLook | undefined)[][] = Array.from({ length: rows }, () => new Array<CellLook | undefined>(cols).fill(undefined));
  const colInfo = new Map<number, PlanColumn>(plan.columns.map((c) => [c.index, c]));
  for (let r = plan.firstDataRow; r <= plan.lastDataRow; r++) {
    for (const c of plan.columns) {
      if (c.role !== "input" && c.role !== "derived") continue;
      grid[r - 1][c.index - 1] = { style: c.style, wrap: c.wrap };
    }
  }
  for (const cell of plan.cells) {
    const col = colInfo.get(cell.col);
    grid[cell.row - 1][cell.col - 1] = { style: cell.style, wrap: DATA_STYLES.has(cell.style) ? col?.wrap : undefined };
  }
  for (const run of plan.formulas) {
    const col = colInfo.get(run.col);
    for (const [from, to] of run.rows) for (let r = from; r <= to; r++) grid[r - 1][run.col - 1] = { style: run.style, wrap: col?.wrap };
  }
  return grid;
}

const hex = (rrggbb: string | undefined): string | null => (rrggbb ? `#${rrggbb.toUpperCase()}` : null);

/** One 2-D setter call, skipped when every cell would get the neutral value. */
function setGrid<T>(range: Range, grid: (CellLook | undefined)[][], styles: Record<PlanStyleName, PlanStyle>, pick: (s: PlanStyle, l: CellLook) => T, neutral: T, apply: (r: Range, v: T[][]) => void): void {
  let any = false;
  const values = grid.map((row) =>
    row.map((l) => {
      if (!l) return neutral;
      const v = pick(styles[l.style], l);
      if (v !== neutral) any = true;
      return v;
    }),
  );
  if (any) apply(range, values);
}

/**
 * Writes a plan into a new sheet of the spreadsheet. Calls: O(columns + merged rows), see the module comment.
 * @param app SpreadsheetApp (builders and enums)
 * @param spreadsheet the spreadsheet
 * @param plan the sheet plan
 * @param options the sheet's name and position
 * @throws the Apps Script exception of a refused call (a taken name, a sheet too large for the spreadsheet)
 * @returns the new sheet and what was left out
 * @example writePlan(SpreadsheetApp, SpreadsheetApp.getActive(), buildSheetPlan(formSpec("context"))).name // => "Контекстные данные"
 */
export function writePlan(app: App, spreadsheet: Spreadsheet, plan: SheetPlan, options: SheetsWriteOptions = {}): SheetsWrittenSheet {
  const name = options.name ?? plan.sheetName;
  const sheet = spreadsheet.insertSheet(name, options.index ?? spreadsheet.getNumSheets());
  const styles = plan.styles as Record<PlanStyleName, PlanStyle>;
  const skipped: SheetsWrittenSheet["skipped"] = [];

  // The block the plan writes.
  let lastRow = plan.lastDataRow;
  let lastCol = 1;
  for (const c of plan.columns) lastCol = Math.max(lastCol, c.index);
  for (const c of plan.cells) {
    lastRow = Math.max(lastRow, c.row);
    lastCol = Math.max(lastCol, c.col);
  }
  const maxCols = sheet.getMaxColumns();
  if (lastCol > maxCols) sheet.insertColumnsAfter(maxCols, lastCol - maxCols);
  let maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) {
    sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    maxRows = lastRow;
  }

  // Number formats first: text written later must land in plain-text cells to stay text.
  const formats = new Map<string, string[]>();
  const addFormat = (fmt: string, range: string): void => {
    const list = formats.get(fmt);
    if (list) list.push(range);
    else formats.set(fmt, [range]);
  };
  const textColumn = new Set<number>();
  for (const c of plan.columns) {
    if ((c.role !== "input" && c.role !== "derived") || !c.numFmt) continue;
    addFormat(c.numFmt, rangeA1(plan.firstDataRow, c.index, maxRows, c.index));
    if (c.numFmt === "@") textColumn.add(c.index);
  }
  const textCells = new Set(
    plan.cells.filter((c) => c.formula === undefined && typeof c.value === "string" && !(textColumn.has(c.col) && c.row >= plan.firstDataRow)).map((c) => c.row * 100_000 + c.col),
  );
  for (const r of rectangles(lastRow, lastCol, (row, col) => textCells.has(row * 100_000 + col))) addFormat("@", a1(r));
  const order = [...formats.keys()].sort((x, y) => Number(x === "@") - Number(y === "@"));
  for (const fmt of order) sheet.getRangeList(formats.get(fmt) as string[]).setNumberFormat(fmt);

  // Values: one block from A1 to the last written value.
  const valueCells = plan.cells.filter((c) => c.formula === undefined && c.value !== null && c.value !== undefined && c.value !== "");
  if (valueCells.length) {
    // Loops, not Math.max(...cells): a consolidated table has more cells than a call can take arguments.
    let vr = 1;
    let vc = 1;
    for (const c of valueCells) {
      if (c.row > vr) vr = c.row;
      if (c.col > vc) vc = c.col;
    }
    const values: (string | number | boolean)[][] = Array.from({ length: vr }, () => new Array<string | number | boolean>(vc).fill(""));
    for (const c of valueCells) values[c.row - 1][c.col - 1] = c.value as string | number | boolean;
    sheet.getRange(1, 1, vr, vc).setValues(values);
  }

  // Formula runs: neighbouring columns with the same rows go in one call; rows outside the spans stay empty.
  const spanKey = (rows: [number, number][]): string => rows.map(([a, b]) => `${a}-${b}`).join(",");
  const runsByCol = [...plan.formulas].sort((a, b) => a.col - b.col);
  const groups: (typeof runsByCol)[] = [];
  for (const run of runsByCol) {
    const g = groups[groups.length - 1];
    if (g && g[g.length - 1].col === run.col - 1 && spanKey(g[0].rows) === spanKey(run.rows)) g.push(run);
    else groups.push([run]);
  }
  for (const g of groups) {
    const spans = g[0].rows;
    if (!spans.length) continue;
    const r1 = Math.min(...spans.map((s) => s[0]));
    const r2 = Math.max(...spans.map((s) => s[1]));
    const inSpan = (r: number): boolean => spans.some(([a, b]) => r >= a && r <= b);
    const templates = g.map((run) => run.template.split("{row}"));
    const formulas = Array.from({ length: r2 - r1 + 1 }, (_, i) => {
      const r = r1 + i;
      return templates.map((parts) => (inSpan(r) ? toSheetsFormula(parts.join(String(r))) : ""));
    });
    sheet.getRange(r1, g[0].col, r2 - r1 + 1, g.length).setFormulas(formulas);
  }
  // Explicit formula cells (summary rows): one call per run of neighbouring cells of a row.
  const formulaCells = plan.cells.filter((c) => c.formula !== undefined);
  const byCell = new Map(formulaCells.map((c) => [c.row * 100_000 + c.col, c.formula as string]));
  for (const r of rectangles(lastRow, lastCol, (row, col) => byCell.has(row * 100_000 + col))) {
    const grid = Array.from({ length: r.r2 - r.r1 + 1 }, (_, i) => Array.from({ length: r.c2 - r.c1 + 1 }, (_, j) => toSheetsFormula(byCell.get((r.r1 + i) * 100_000 + r.c1 + j) as string)));
    sheet.getRange(r.r1, r.c1, r.r2 - r.r1 + 1, r.c2 - r.c1 + 1).setFormulas(grid);
  }

  // Styles: one 2-D call per property over the block.
  const grid = looks(plan, lastRow, lastCol);
  const block = sheet.getRange(1, 1, lastRow, lastCol);
  setGrid<string | null>(block, grid, styles, (s) => hex(s.fill), null, (r, v) => r.setBackgrounds(v));
  setGrid<"bold" | "normal">(block, grid, styles, (s) => (s.bold ? "bold" : "normal"), "normal", (r, v) => r.setFontWeights(v));
  setGrid<"italic" | "normal">(block, grid, styles, (s) => (s.italic ? "italic" : "normal"), "normal", (r, v) => r.setFontStyles(v));
  setGrid<number>(block, grid, styles, (s) => s.size ?? SHEETS_DEFAULT_FONT_SIZE, SHEETS_DEFAULT_FONT_SIZE, (r, v) => r.setFontSizes(v));
  setGrid<string | null>(block, grid, styles, (s) => hex(s.color), null, (r, v) => r.setFontColors(v));
  setGrid<"left" | "center" | "right" | null>(block, grid, styles, (s) => s.horizontal ?? null, null, (r, v) => r.setHorizontalAlignments(v));
  setGrid<"top" | "middle" | "bottom" | null>(block, grid, styles, (s) => s.vertical ?? null, null, (r, v) => r.setVerticalAlignments(v));
  const WRAP = app.WrapStrategy.WRAP;
  const OVERFLOW = app.WrapStrategy.OVERFLOW;
  setGrid<GoogleAppsScript.Spreadsheet.WrapStrategy>(block, grid, styles, (s, l) => ((s.wrap ?? l.wrap ?? false) ? WRAP : OVERFLOW), OVERFLOW, (r, v) => r.setWrapStrategies(v));
  const bordered = rectangles(lastRow, lastCol, (r, c) => {
    const l = grid[r - 1][c - 1];
    return Boolean(l && styles[l.style].border);
  });
  if (bordered.length) sheet.getRangeList(bordered.map(a1)).setBorder(true, true, true, true, true, true, BORDER_COLOR, app.BorderStyle.SOLID);

  // Merges; freezing columns that cut a merge is refused by Sheets, so then only rows are frozen.
  const merges = plan.merges.map((m) => {
    const [from, to] = m.split(":");
    const [a, b] = [from, to].map((x) => /^([A-Z]+)(\d+)$/.exec(x.replace(/\$/g, "")) as RegExpExecArray);
    return { a1: m, r1: Number(a[2]), r2: Number(b[2]), c1: colNumber(a[1]), c2: colNumber(b[1]) };
  });
  for (const m of merges) sheet.getRange(m.a1).merge();
  if (plan.frozen.rows) sheet.setFrozenRows(plan.frozen.rows);
  const fc = plan.frozen.columns;
  if (fc) {
    if (merges.some((m) => m.c1 <= fc && m.c2 > fc)) skipped.push("frozenColumns");
    else sheet.setFrozenColumns(fc);
  }

  // Column widths (runs of equal widths) and hidden columns.
  const colInfo = new Map(plan.columns.map((c) => [c.index, c]));
  for (const [start, n, w] of runs(1, lastCol, (i) => (colInfo.has(i) ? widthToPixels((colInfo.get(i) as PlanColumn).width) : 0))) {
    if (w) sheet.setColumnWidths(start, n, w);
  }
  for (const [start, n, hidden] of runs(1, lastCol, (i) => Boolean(colInfo.get(i)?.hidden))) if (hidden) sheet.hideColumns(start, n);

  // Row heights: title, instruction, header and merged rows (Sheets fits other rows to their wrapped text).
  const merged = new Set(merges.map((m) => m.r1));
  const fixed = new Map<number, number>();
  for (const h of plan.rowHeights) if (h.row <= plan.headerRow || merged.has(h.row)) fixed.set(h.row, pointsToPixels(h.height));
  const heightRows = [...fixed.keys()].sort((x, y) => x - y);
  if (heightRows.length) {
    for (const [start, n, h] of runs(heightRows[0], heightRows[heightRows.length - 1], (r) => fixed.get(r) ?? 0)) if (h) sheet.setRowHeights(start, n, h);
  }

  // Data validation: one rule per input column.
  for (const v of plan.validations) sheet.getRange(v.range.replace(/\$/g, "")).setDataValidation(validationRule(app, sheet, v));

  // Conditional highlighting: all rules in one call, in the plan's priority order.
  if (plan.conditionalFormats.length) {
    const rules = plan.conditionalFormats.map((cf) => {
      const look = SHEETS_LOOKS[cf.look];
      const b = app.newConditionalFormatRule().whenFormulaSatisfied(toSheetsFormula(cf.formula)).setRanges([sheet.getRange(cf.range.replace(/\$/g, ""))]);
      if (look.background) b.setBackground(look.background);
      if (look.fontColor) b.setFontColor(look.fontColor);
      if (look.bold) b.setBold(true);
      return b.build();
    });
    sheet.setConditionalFormatRules(rules);
  }

  if (plan.autoFilter) {
    const [from, to] = plan.autoFilter.split(":");
    const a = /^([A-Z]+)(\d+)$/.exec(from) as RegExpExecArray;
    const b = /^([A-Z]+)(\d+)$/.exec(to ?? from) as RegExpExecArray;
    // A Sheets filter covers the rows it filters, not only the header as in Excel.
    sheet.getRange(`${a[1]}${a[2]}:${b[1]}${Math.max(plan.lastDataRow, Number(b[2]))}`).createFilter();
  }

  if (plan.protection) protect(sheet, plan, maxRows, lastCol, styles);
  skipped.push("print");
  return { formId: plan.formId, name, requested: plan.sheetName, sheet, skipped };
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Protects the sheet with a warning (no one is locked out, as with the passwordless Excel protection), leaving the
 * cells the plan unlocks — the input columns from the first data row down, section rows — free of it.
 */
function protect(sheet: Sheet, plan: SheetPlan, maxRows: number, lastCol: number, styles: Record<PlanStyleName, PlanStyle>): void {
  const explicit = new Map(plan.cells.map((c) => [c.row * 100_000 + c.col, c.style]));
  const inputCols = new Set(plan.columns.filter((c) => c.role === "input").map((c) => c.index));
  const unlocked = (r: number, c: number): boolean => {
    const style = explicit.get(r * 100_000 + c);
    if (style !== undefined) return !styles[style].locked;
    return inputCols.has(c) && r >= plan.firstDataRow;
  };
  // Rows below the block are like the block's empty rows: input columns stay free down to the end of the sheet.
  const lastExplicit = plan.cells.reduce((m, c) => Math.max(m, c.row), plan.lastDataRow);
  const rects = rectangles(lastExplicit, lastCol, unlocked);
  if (maxRows > lastExplicit) {
    for (const [c1, n, input] of runs(1, lastCol, (c) => inputCols.has(c))) {
      if (!input) continue;
      const c2 = c1 + n - 1;
      const above = rects.find((r) => r.r2 === lastExplicit && r.c1 === c1 && r.c2 === c2);
      if (above) above.r2 = maxRows;
      else rects.push({ r1: lastExplicit + 1, c1, r2: maxRows, c2 });
    }
  }
  const protection = sheet.protect().setDescription("Шаблон формы: заголовок и формулы. Заполняйте строки данных.").setWarningOnly(true);
  if (rects.length) protection.setUnprotectedRanges(sheet.getRangeList(rects.map(a1)).getRanges());
}
