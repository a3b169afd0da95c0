/**
 * Applies a sheet plan through the Excel JavaScript API: the same sheet the exceljs writer makes (values and
 * formulas, number formats, column widths, styles, merges, data validation, conditional formats, frozen
 * header, protected title and header with unlocked data cells, the hidden marker column, row heights and
 * print settings). No form knowledge here; everything comes from the plan.
 *
 * Batched: every command of a sheet is queued and sent in one `context.sync()`; only a sheet whose commands
 * pass the payload budget (4 MB, under the 5 MB request limit of Excel on the web) is sent in as many requests
 * as its data needs. Range writes are sized exactly to their values: one write per contiguous block of
 * explicit cells, one per block of formula columns — or, where ExcelApi 1.9 is there, one row written and
 * copied down with `Range.copyFrom`, so the request stays small whatever the number of rows.
 *
 * Requirement sets: ExcelApi 1.1 (sheets, values, formats), 1.2 (merge, hidden columns, locked cells, sheet
 * protection); optional and skipped when missing: 1.6 (conditional formats, calculation pause), 1.7 (freeze
 * panes), 1.8 (data validation), 1.9 (copyFrom, auto filter, page layout).
 */
import { rangeA1 } from "../../src/plan/a1";
import type { PlanCell, PlanColumn, PlanOperator, PlanStyleName, PlanValidation, SheetPlan } from "../../src/plan/types";
import { cellInput } from "./cell_input";
import { isFillDownSafe } from "./fill_down";
import { COMMAND_BYTES, DEFAULT_PAYLOAD_BUDGET, PayloadBudget, payloadBytes } from "./payload_budget";
import { FONT, LOOKS, applyStyle, charsToPoints } from "./plan_style";
import { rectangles } from "./rectangles";
import { featureSupport, type OptionalFeature } from "./requirements";

export interface WritePlanOptions {
  /** bytes queued before an early sync (default 4 MB) */
  payloadBudget?: number;
  /** make the new sheet the active one */
  activate?: boolean;
  /** supported optional features (default: asked from Office) */
  features?: Record<OptionalFeature, boolean>;
  /**
   * more for the new sheet, queued after the plan and before the sheet is protected (the coordinator's index next
   * to the table): `bytes` it adds to the request, `write` queues it
   */
  extra?: SheetExtra;
}

/** Commands queued on a new sheet after its plan, in the same request. */
export interface SheetExtra {
  /** rough size of the commands in the request */
  bytes: number;
  write(sheet: Excel.Worksheet): void;
}

export interface WrittenSheet {
  formId: string;
  /** the name the sheet got */
  name: string;
  /** the name the plan wanted */
  requested: string;
  /** `context.sync()` calls made for this sheet */
  syncs: number;
  /** range writes of values, formulas and number formats */
  rangeWrites: number;
  /** optional features the plan has and the host does not support (not written) */
  skipped: OptionalFeature[];
}

/** Styles of cells that carry the column's number format and wrapping (as in the exceljs writer). */
const DATA_STYLES: ReadonlySet<PlanStyleName> = new Set(["input", "summary", "derived"]);

const OPERATORS: Record<PlanOperator, Excel.DataValidationOperator> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
} as Record<PlanOperator, Excel.DataValidationOperator>;

/** A validation operand as Office.js takes it: a number, or a formula with `=`. */
function operand(v: string | number | undefined): string | number | undefined {
  if (v === undefined) return undefined;
  if (typeof v === "number") return v;
  const t = v.trim();
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : `=${t}`;
}

/**
 * The Office.js rule of a plan validation, or `undefined` for "any value" (only its input message is set).
 * @param v the plan validation
 * @returns the rule
 * @example validationRule({ range: "D4:D9", type: "list", formulae: ['"город,село"'], allowBlank: true }) // => { list: { inCellDropDown: true, source: "город,село" } }
 */
export function validationRule(v: PlanValidation): Excel.DataValidationRule | undefined {
  const [f1, f2] = v.formulae;
  switch (v.type) {
    case "list": {
      const src = String(f1 ?? "").trim();
      const inline = /^".*"$/.test(src);
      return { list: { inCellDropDown: true, source: inline ? src.slice(1, -1) : `=${src}` } };
    }
    case "custom":
      return { custom: { formula: `=${String(f1)}` } };
    case "whole":
    case "decimal":
    case "textLength": {
      const body = {
        operator: OPERATORS[v.operator ?? "between"],
        formula1: operand(f1) as string | number,
        ...(f2 !== undefined ? { formula2: operand(f2) as string | number } : {}),
      };
      return v.type === "whole" ? { wholeNumber: body } : v.type === "decimal" ? { decimal: body } : { textLength: body };
    }
    default:
      return undefined;
  }
}

/** Input of one explicit cell: a formula with `=`, or the value (text that Excel would convert gets the quote prefix). */
function explicitInput(cell: PlanCell): string | number | boolean | null {
  return cell.formula !== undefined ? `=${cell.formula}` : cellInput(cell.value ?? null);
}

/**
 * Writes one plan into a new sheet. Syncs: 1 for a usual plan (more only when its data passes the budget).
 * @param context the request context of `Excel.run`
 * @param plan the sheet plan
 * @param name the sheet's name: a free name (see freeSheetName); the writer never writes into an existing sheet
 * @param options payload budget, activation, supported features, more commands for the sheet
 * @throws the Office.js error of the failed request (`ItemAlreadyExists` when the name is taken, `AccessDenied`
 *   when the workbook structure is protected…); see explainExcelError
 * @returns what was written
 */
export async function writePlan(context: Excel.RequestContext, plan: SheetPlan, name: string, options: WritePlanOptions = {}): Promise<WrittenSheet> {
  const features = options.features ?? featureSupport();
  const budget = new PayloadBudget(context, options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET);
  const skipped = new Set<OptionalFeature>();
  let rangeWrites = 0;

  const sheet = context.workbook.worksheets.add(name);
  budget.add();
  if (features.calculationSuspend) {
    context.application.suspendApiCalculationUntilNextSync();
    budget.add();
  }
  const at = (address: string): Excel.Range => sheet.getRange(address);
  const styles = plan.styles;
  const colInfo = new Map<number, PlanColumn>(plan.columns.map((c) => [c.index, c]));
  const first = plan.firstDataRow;
  const last = plan.lastDataRow;

  /** One write of a block, or as few row chunks as fit the budget. */
  async function writeGrid(r0: number, c0: number, r1: number, c1: number, rowAt: (r: number) => unknown[], prop: "values" | "formulas" | "numberFormat"): Promise<void> {
    let start = r0;
    let chunk: unknown[][] = [];
    let bytes = 0;
    const emit = async (): Promise<void> => {
      if (!chunk.length) return;
      await budget.reserve(bytes + COMMAND_BYTES);
      const range = at(rangeA1(start, c0, start + chunk.length - 1, c1));
      if (prop === "values") range.values = chunk as Excel.Range["values"];
      else if (prop === "formulas") range.formulas = chunk as Excel.Range["formulas"];
      else range.numberFormat = chunk as Excel.Range["numberFormat"];
      rangeWrites++;
      start += chunk.length;
      chunk = [];
      bytes = 0;
    };
    for (let r = r0; r <= r1; r++) {
      const row = rowAt(r);
      const b = payloadBytes(row) + 1;
      if (chunk.length && bytes + b + COMMAND_BYTES > budget.limit) await emit();
      chunk.push(row);
      bytes += b;
    }
    await emit();
  }

  // Columns: width, hidden, and what the whole column keeps below the pre-formatted rows (editable, wrapping).
  for (const c of plan.columns) {
    const col = at(`${c.letter}:${c.letter}`);
    col.format.columnWidth = charsToPoints(c.width);
    col.format.font.name = FONT;
    col.format.wrapText = c.wrap;
    col.format.protection.locked = styles[c.style].locked;
    if (c.hidden) col.columnHidden = true;
    budget.add(5 * COMMAND_BYTES);
  }

  // Pre-formatted data rows: adjacent columns with the same look share one range.
  const dataCols = plan.columns.filter((c) => c.role === "input" || c.role === "derived").sort((a, b) => a.index - b.index);
  const groups: PlanColumn[][] = [];
  for (const c of dataCols) {
    const g = groups[groups.length - 1];
    const p = g?.[g.length - 1];
    if (p && p.index === c.index - 1 && p.style === c.style && p.numFmt === c.numFmt && p.wrap === c.wrap) g.push(c);
    else groups.push([c]);
  }
  for (const g of groups) {
    const c0 = g[0].index;
    const c1 = g[g.length - 1].index;
    budget.add(applyStyle(at(rangeA1(first, c0, last, c1)), styles[g[0].style], { wrap: g[0].wrap }, { rows: last - first + 1, cols: c1 - c0 + 1 }) * COMMAND_BYTES);
    const fmt = g[0].numFmt;
    if (fmt) await writeGrid(first, c0, last, c1, () => g.map(() => fmt), "numberFormat");
  }

  // Explicit cells: styles by blocks of one look, then values by blocks.
  const isData = (cell: PlanCell): boolean => DATA_STYLES.has(cell.style);
  const formatted = (col: number, row: number): PlanColumn | undefined => {
    const c = colInfo.get(col);
    return c && (c.role === "input" || c.role === "derived") && c.numFmt && row >= first && row <= last ? c : undefined;
  };
  const styleKey = (cell: PlanCell): string => {
    const col = colInfo.get(cell.col);
    return isData(cell) ? `${cell.style}|${col?.numFmt ?? ""}|${col?.wrap ? 1 : 0}` : `${cell.style}|${formatted(cell.col, cell.row) ? "general" : ""}`;
  };
  for (const rect of rectangles(plan.cells, styleKey)) {
    const cell = rect.cells[0][0];
    const col = colInfo.get(cell.col);
    const data = isData(cell);
    const range = at(rangeA1(rect.r0, rect.c0, rect.r1, rect.c1));
    budget.add(applyStyle(range, styles[cell.style], { wrap: data ? col?.wrap : undefined }, { rows: rect.r1 - rect.r0 + 1, cols: rect.c1 - rect.c0 + 1 }) * COMMAND_BYTES);
    // A data cell takes its column's number format; any other cell inside the pre-formatted rows goes back to General.
    const fmt = data ? col?.numFmt : rect.key.endsWith("|general") ? "General" : undefined;
    if (fmt) await writeGrid(rect.r0, rect.c0, rect.r1, rect.c1, () => Array.from({ length: rect.c1 - rect.c0 + 1 }, () => fmt), "numberFormat");
  }
  for (const rect of rectangles(plan.cells)) {
    const withFormula = rect.cells.some((row) => row.some((c) => c.formula !== undefined));
    await writeGrid(rect.r0, rect.c0, rect.r1, rect.c1, (r) => rect.cells[r - rect.r0].map(explicitInput), withFormula ? "formulas" : "values");
  }

  // Formula columns: runs over the same rows and adjacent columns make one block.
  const bySpans = new Map<string, typeof plan.formulas>();
  for (const run of plan.formulas) {
    const k = JSON.stringify(run.rows);
    bySpans.set(k, [...(bySpans.get(k) ?? []), run]);
  }
  for (const runs of bySpans.values()) {
    const sorted = [...runs].sort((a, b) => a.col - b.col);
    const blocks: (typeof plan.formulas)[] = [];
    for (const run of sorted) {
      const b = blocks[blocks.length - 1];
      if (b && b[b.length - 1].col === run.col - 1) b.push(run);
      else blocks.push([run]);
    }
    for (const block of blocks) {
      for (const run of block) {
        const col = colInfo.get(run.col);
        const preformatted = col && (col.role === "input" || col.role === "derived") && col.style === run.style;
        if (preformatted) continue;
        for (const [from, to] of run.rows) {
          budget.add(applyStyle(at(rangeA1(from, run.col, to, run.col)), styles[run.style], { wrap: col?.wrap }, { rows: to - from + 1, cols: 1 }) * COMMAND_BYTES);
          if (col?.numFmt) await writeGrid(from, run.col, to, run.col, () => [col.numFmt], "numberFormat");
        }
      }
      const c0 = block[0].col;
      const c1 = block[block.length - 1].col;
      const templates = block.map((r) => r.template);
      const rowOf = (r: number): string[] => templates.map((t) => `=${t.split("{row}").join(String(r))}`);
      const copyDown = features.fillDown && templates.every(isFillDownSafe);
      for (const [from, to] of block[0].rows) {
        if (copyDown && to > from) {
          await writeGrid(from, c0, from, c1, rowOf, "formulas");
          at(rangeA1(from + 1, c0, to, c1)).copyFrom(at(rangeA1(from, c0, from, c1)), "Formulas");
          budget.add();
        } else await writeGrid(from, c0, to, c1, rowOf, "formulas");
      }
    }
  }

  for (const m of plan.merges) {
    at(m).merge(false);
    budget.add();
  }
  for (const h of plan.rowHeights) {
    at(`${h.row}:${h.row}`).format.rowHeight = h.height;
    budget.add();
  }

  if (plan.validations.length && !features.dataValidation) skipped.add("dataValidation");
  if (features.dataValidation) {
    for (const v of plan.validations) {
      const dv = at(v.range).dataValidation;
      const rule = validationRule(v);
      if (rule) dv.rule = rule;
      dv.ignoreBlanks = v.allowBlank;
      if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.text };
      if (v.error) {
        const style = (v.error.style[0].toUpperCase() + v.error.style.slice(1)) as Excel.DataValidationAlertStyle;
        dv.errorAlert = { showAlert: true, style, title: v.error.title, message: v.error.text };
      }
      budget.add(payloadBytes(v) + 4 * COMMAND_BYTES);
    }
  }

  if (plan.conditionalFormats.length && !features.conditionalFormats) skipped.add("conditionalFormats");
  if (features.conditionalFormats) {
    // Excel puts a new conditional format at the top priority: adding the plan's list backwards keeps its order.
    for (const cf of [...plan.conditionalFormats].reverse()) {
      const format = at(cf.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      const look = LOOKS[cf.look];
      format.custom.rule.formula = `=${cf.formula}`;
      if (look.fill) format.custom.format.fill.color = look.fill;
      if (look.font) format.custom.format.font.color = look.font;
      if (look.bold) format.custom.format.font.bold = true;
      budget.add(payloadBytes(cf.formula) + 5 * COMMAND_BYTES);
    }
  }

  const { rows: fr, columns: fc } = plan.frozen;
  if ((fr || fc) && !features.freezePanes) skipped.add("freezePanes");
  if (features.freezePanes && (fr || fc)) {
    if (fr && fc) sheet.freezePanes.freezeAt(at(rangeA1(1, 1, fr, fc)));
    else if (fr) sheet.freezePanes.freezeRows(fr);
    else sheet.freezePanes.freezeColumns(fc);
    budget.add();
  }

  if (plan.autoFilter && !features.autoFilter) skipped.add("autoFilter");
  if (plan.autoFilter && features.autoFilter) {
    sheet.autoFilter.apply(at(plan.autoFilter));
    budget.add();
  }

  if (!features.pageLayout) skipped.add("pageLayout");
  else {
    const layout = sheet.pageLayout;
    layout.orientation = (plan.print.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
    // 0 pages tall: as many as the rows need (the file format's "automatic"), one page wide.
    layout.zoom = { horizontalFitToPages: plan.print.fitToWidth, verticalFitToPages: 0 };
    layout.setPrintArea(plan.print.area);
    layout.setPrintTitleRows(`$${plan.headerRow}:$${plan.headerRow}`);
    budget.add(4 * COMMAND_BYTES);
  }

  if (options.extra) {
    await budget.reserve(options.extra.bytes);
    options.extra.write(sheet);
  }

  // Protection last: a protected sheet refuses further formatting.
  if (plan.protection) {
    sheet.protection.protect({
      allowFormatColumns: plan.protection.allowFormatColumns,
      allowFormatRows: true,
      allowInsertRows: plan.protection.allowInsertRows,
      allowDeleteRows: plan.protection.allowDeleteRows,
      allowSort: plan.protection.allowSort,
      allowAutoFilter: plan.protection.allowAutoFilter,
    });
    budget.add();
  }
  if (options.activate) sheet.activate();

  await budget.flush();
  return { formId: plan.formId, name, requested: plan.sheetName, syncs: budget.syncs, rangeWrites, skipped: [...skipped] };
}
