/**
 * Reads an exceljs workbook into host-neutral tables: values as typed (formula cells give their cached result,
 * rich text its plain text, merged cells their value once, in the top-left cell), formulas where present, and
 * the hidden marker of a template. No form knowledge here.
 */
import ExcelJS from "exceljs";
import { findMarker } from "../plan/marker";
import type { CellValue, SheetTable, WorkbookTables } from "../validate/types";

/** A file that is not a readable workbook: the `unreadable` finding of the validator. */
export class UnreadableWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableWorkbookError";
  }
}

/** A plain value of an exceljs cell value. */
function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      return result === undefined ? null : plain(result as ExcelJS.CellValue);
    }
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
    if ("text" in v) return plain((v as ExcelJS.CellHyperlinkValue).text);
  }
  return null;
}

/**
 * One worksheet as a table. O(filled cells).
 * @param ws the worksheet
 * @returns the table
 * @example readWorksheet(wb.getWorksheet("Результаты")!).marker // => { formId: "results", version: 1 }
 */
export function readWorksheet(ws: ExcelJS.Worksheet): SheetTable {
  const rows: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  let anyFormula = false;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const values: CellValue[] = [];
    const f: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      if (cell.type === ExcelJS.ValueType.Formula) {
        // `cell.value` of a formula cell leaves out a cached result of 0; `cell.result` keeps it.
        const result = cell.result as ExcelJS.CellValue | undefined;
        values[c - 1] = result === undefined ? null : plain(result);
        f[c - 1] = cell.formula ?? null;
        anyFormula = true;
      } else values[c - 1] = plain(cell.value);
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    rows[r - 1] = values;
    formulas[r - 1] = Array.from({ length: values.length }, (_, i) => f[i] ?? null);
  });
  for (let i = 0; i < rows.length; i++) {
    if (!rows[i]) {
      rows[i] = [];
      formulas[i] = [];
    }
  }
  const table: SheetTable = { name: ws.name, rows };
  if (anyFormula) table.formulas = formulas;
  if (ws.state && ws.state !== "visible") table.hidden = true;
  const marker = findMarker(rows);
  if (marker) table.marker = marker;
  return table;
}

/**
 * Every worksheet of an exceljs workbook as tables. O(filled cells).
 * @param workbook the workbook
 * @returns the tables, in sheet order
 * @example readWorkbook(wb).sheets.map((s) => s.name) // => ["Контекстные данные"]
 */
export function readWorkbook(workbook: ExcelJS.Workbook): WorkbookTables {
  const sheets: SheetTable[] = [];
  workbook.eachSheet((ws) => sheets.push(readWorksheet(ws)));
  return { sheets };
}

/**
 * Loads an `.xlsx` file and reads it. O(file size).
 * @param data the file contents
 * @throws {UnreadableWorkbookError} when the data is not a readable `.xlsx` workbook
 * @returns the tables
 * @example (await loadWorkbook(fs.readFileSync("school.xlsx"))).sheets.length // => 1
 */
export async function loadWorkbook(data: Buffer | ArrayBuffer | Uint8Array): Promise<WorkbookTables> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ExcelJS.Buffer);
  } catch (e) {
    throw new UnreadableWorkbookError(e instanceof Error ? e.message : String(e));
  }
  return readWorkbook(wb);
}

export { findMarker };
