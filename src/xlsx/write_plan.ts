/**
 * Applies sheet plans to an exceljs workbook: one plan → one worksheet, several plans → several sheets of one
 * workbook. No form knowledge here; everything comes from the plan. exceljs cannot calculate, so formulas
 * are written without cached results and the workbook asks Excel and LibreOffice to recalculate on open.
 */
import ExcelJS from "exceljs";
import type { PlanConditionalFormat, PlanStyle, PlanStyleName, SheetPlan } from "../plan/types";
import { addinFormulaForFile } from "./addin_formula";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const LOOKS: Record<PlanConditionalFormat["look"], Partial<ExcelJS.Style>> = {
  error: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } }, font: { color: { argb: "FF9C0006" } } },
  warning: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFEB9C" } }, font: { color: { argb: "FF9C5700" } } },
  ok: { font: { color: { argb: "FF006100" }, bold: true } },
  "check-error": { font: { color: { argb: "FF9C0006" } } },
};

/** The exceljs style of a plan style, with the column's number format and wrapping. */
function excelStyle(s: PlanStyle, numFmt?: string, wrap?: boolean): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: { name: "Calibri", size: s.size ?? 11, bold: s.bold, italic: s.italic, ...(s.color ? { color: { argb: `FF${s.color}` } } : {}) },
    alignment: { wrapText: s.wrap ?? wrap ?? false, horizontal: s.horizontal, vertical: s.vertical },
    protection: { locked: s.locked },
  };
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill}` } };
  if (s.border) style.border = BORDER;
  if (numFmt) style.numFmt = numFmt;
  return style;
}

/**
 * A print area for exceljs, which only puts `$` before each corner (`A1:O203` → `$A1:$O203`): a print
 * area with relative rows is ignored by LibreOffice (it printed the check column and the lists), so the rows
 * are made absolute here (`A$1:O$203` → `$A$1:$O$203`).
 */
function absoluteRows(area: string): string {
  return area
    .split(":")
    .map((corner) => corner.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, "$1$$$2"))
    .join(":");
}

/**
 * Whether a formula template can be shared down a column: a spreadsheet shifts every relative row
 * reference of a shared formula, so the only relative rows must be the template's `{row}`. Conservative:
 * anything that looks like another relative row (`A5`, even inside a function name such as LOG10) is not shared.
 */
function sharesExactly(template: string): boolean {
  const code = template.replace(/"[^"]*"/g, '""').split("{row}").join("$");
  return !/[A-Za-z]\d/.test(code);
}

/**
 * Adds one worksheet laid out by a plan. O(cells of the plan + data rows × columns).
 * @param workbook the exceljs workbook
 * @param plan the sheet plan
 * @throws {Error} when the workbook already has a sheet of that name
 * @returns the new worksheet
 * @example writePlan(new ExcelJS.Workbook(), buildSheetPlan(formSpec("context"))).name // => "Контекстные данные"
 */
export function writePlan(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  if (workbook.getWorksheet(plan.sheetName)) throw new Error(`writePlan: лист «${plan.sheetName}» уже есть в книге`);
  const ws = workbook.addWorksheet(plan.sheetName, {
    views: [{ state: "frozen", xSplit: plan.frozen.columns, ySplit: plan.frozen.rows, activeCell: `A${plan.firstDataRow}` }],
    pageSetup: {
      // A4, the paper of Russian offices (without it LibreOffice prints on its locale's Letter)
      paperSize: 9,
      orientation: plan.print.orientation,
      fitToPage: true,
      fitToWidth: plan.print.fitToWidth,
      fitToHeight: 0,
      printTitlesRow: `${plan.headerRow}:${plan.headerRow}`,
      printArea: absoluteRows(plan.print.area),
    },
  });
  const styles = plan.styles as Record<PlanStyleName, PlanStyle>;
  const colInfo = new Map(plan.columns.map((c) => [c.index, c]));

  for (const c of plan.columns) {
    const col = ws.getColumn(c.index);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
    // Column style: cells below the pre-formatted rows stay editable and keep the number format.
    col.style = excelStyle({ locked: styles[c.style].locked }, c.numFmt, c.wrap);
  }

  // Pre-formatted data rows.
  for (let r = plan.firstDataRow; r <= plan.lastDataRow; r++) {
    const row = ws.getRow(r);
    for (const c of plan.columns) {
      if (c.role !== "input" && c.role !== "derived") continue;
      row.getCell(c.index).style = excelStyle(styles[c.style], c.numFmt, c.wrap);
    }
  }

  for (const cell of plan.cells) {
    const target = ws.getCell(cell.row, cell.col);
    const col = colInfo.get(cell.col);
    const dataCell = cell.style === "input" || cell.style === "summary" || cell.style === "derived";
    target.style = excelStyle(styles[cell.style], dataCell ? col?.numFmt : undefined, dataCell ? col?.wrap : undefined);
    // A formula with a known value keeps it as its cached result, shown before (or without) a recalculation.
    const result = cell.value ?? undefined;
    target.value =
      cell.formula !== undefined
        ? ({ formula: addinFormulaForFile(cell.formula), ...(result !== undefined ? { result } : {}), date1904: false } as ExcelJS.CellFormulaValue)
        : (cell.value ?? null);
  }

  for (const run of plan.formulas) {
    const col = colInfo.get(run.col);
    const style = excelStyle(styles[run.style], col?.numFmt, col?.wrap);
    const shareable = sharesExactly(run.template);
    for (const [from, to] of run.rows) {
      const formula = addinFormulaForFile(run.template.split("{row}").join(String(from)));
      if (shareable && to > from) {
        // One shared formula per span: written once, not once per row. A 200-row check column of
        // 10-KB formulas is otherwise 2 MB of XML that every reader of a school's file must parse.
        ws.fillFormula(`${ws.getCell(from, run.col).address}:${ws.getCell(to, run.col).address}`, formula);
        for (let r = from; r <= to; r++) ws.getCell(r, run.col).style = style;
      } else {
        for (let r = from; r <= to; r++) {
          const target = ws.getCell(r, run.col);
          target.style = style;
          target.value = { formula: addinFormulaForFile(run.template.split("{row}").join(String(r))), date1904: false };
        }
      }
    }
  }

  for (const range of plan.merges) ws.mergeCells(range);
  for (const h of plan.rowHeights) ws.getRow(h.row).height = h.height;

  const dv = (ws as unknown as { dataValidations: { add(address: string, v: unknown): void } }).dataValidations;
  for (const v of plan.validations) {
    dv.add(v.range, {
      type: v.type,
      ...(v.operator ? { operator: v.operator } : {}),
      formulae: v.formulae,
      allowBlank: v.allowBlank,
      ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.text } : {}),
      ...(v.error ? { showErrorMessage: true, errorStyle: v.error.style, errorTitle: v.error.title, error: v.error.text } : {}),
    });
  }

  plan.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: "expression", priority: i + 1, formulae: [cf.formula], style: LOOKS[cf.look] }],
    });
  });

  if (plan.autoFilter) ws.autoFilter = plan.autoFilter;
  if (plan.protection) {
    // Set directly: `protect()` is async only to hash a password, and a template has none.
    (ws as unknown as { sheetProtection: Record<string, boolean> }).sheetProtection = {
      sheet: true,
      formatColumns: plan.protection.allowFormatColumns,
      formatRows: true,
      insertRows: plan.protection.allowInsertRows,
      deleteRows: plan.protection.allowDeleteRows,
      sort: plan.protection.allowSort,
      autoFilter: plan.protection.allowAutoFilter,
    };
  }
  return ws;
}

/**
 * A new workbook with one sheet per plan, set to recalculate fully when opened. O(total cells).
 * @param plans the sheet plans, in sheet order
 * @throws {Error} when there is no plan or two plans share a sheet name
 * @returns the workbook
 * @example workbookFromPlans([contextPlan, resultsPlan]).worksheets.length // => 2
 */
export function workbookFromPlans(plans: readonly SheetPlan[]): ExcelJS.Workbook {
  if (plans.length === 0) throw new Error("workbookFromPlans: нет ни одного листа");
  const wb = new ExcelJS.Workbook();
  wb.creator = "edu-roadmap";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const p of plans) writePlan(wb, p);
  return wb;
}

/**
 * The `.xlsx` file of one or several plans. O(total cells).
 * @param plans the sheet plans
 * @returns the file contents
 * @example fs.writeFileSync("context.xlsx", await planWorkbookBuffer([buildSheetPlan(formSpec("context"))]))
 */
export async function planWorkbookBuffer(plans: readonly SheetPlan[]): Promise<Buffer> {
  const data = await workbookFromPlans(plans).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
