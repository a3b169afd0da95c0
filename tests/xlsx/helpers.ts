import ExcelJS from "exceljs";
import type { SheetPlan } from "../../src/plan";

export type Fill = Record<string, string | number | boolean | Date | null>;

/** Writes rows keyed by header text into the data rows of a plan's sheet, from the first data row down. */
export function fillRows(ws: ExcelJS.Worksheet, plan: SheetPlan, rows: Fill[], startRow = plan.firstDataRow): void {
  const col = new Map(plan.columns.filter((c) => c.role === "input").map((c) => [c.header, c.index]));
  rows.forEach((r, i) => {
    for (const [header, value] of Object.entries(r)) {
      const c = col.get(header);
      if (c === undefined) throw new Error(`no column ${header}`);
      ws.getCell(startRow + i, c).value = value as ExcelJS.CellValue;
    }
  });
}

/** Loads a buffer into an exceljs workbook. */
export async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

export async function save(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
