/**
 * «Проверить» on the open workbook: the active sheet read through the Excel API in bounded syncs (the reader of
 * office/read_sheet.ts), then validated against the chosen form or the form the sheet is recognised as.
 */
import { formSpec } from "../../src/forms/specs";
import type { FormSpec } from "../../src/forms/types";
import { validateWorkbook } from "../../src/validate/validate_workbook";
import type { Finding, SheetTable } from "../../src/validate/types";
import { readSheet, type ReadOptions } from "../office/read_sheet";
import { AUTO_FORM } from "../files/process_files";
import { recogniseForm, unrecognisedFinding } from "../../src/validate/recognise_form";

export interface ActiveSheet {
  table: SheetTable;
  /** `context.sync()` calls made */
  syncs: number;
}

/**
 * Reads the active sheet. Syncs: 1 (its name) + 1 (its used range) + one per block of up to 5,000 rows.
 * @param context the request context of `Excel.run`
 * @param options block size, progress
 * @returns the sheet as a table
 */
export async function readActiveSheet(context: Excel.RequestContext, options: Pick<ReadOptions, "onProgress" | "blockRows"> = {}): Promise<ActiveSheet> {
  const ws = context.workbook.worksheets.getActiveWorksheet();
  ws.load("name");
  await context.sync();
  const { table, syncs } = await readSheet(context, ws.name, options);
  return { table, syncs: syncs + 1 };
}

export interface SheetCheck {
  /** the sheet checked */
  sheet: string;
  /** the form it was checked against; absent when none was chosen and none recognised */
  spec?: FormSpec;
  /** how the form was found: chosen by the person, or recognised */
  by: "chosen" | "marker" | "headers" | "none";
  findings: Finding[];
}

/**
 * Validates one sheet. O(cells).
 * @param table the sheet as read
 * @param form a form id, or {@link AUTO_FORM}
 * @param options the date against which periods are overdue (`YYYY-MM-DD`, default today)
 * @returns the form and the findings
 * @example checkSheet(table, "auto").spec?.id // => "context"
 */
export function checkSheet(table: SheetTable, form: string, options: { asOf?: string } = {}): SheetCheck {
  const tables = { sheets: [table] };
  const validate = (spec: FormSpec): Finding[] => validateWorkbook(tables, spec, options.asOf ? { asOf: options.asOf } : {});
  if (form !== AUTO_FORM) {
    const spec = formSpec(form);
    return { sheet: table.name, spec, by: "chosen", findings: validate(spec) };
  }
  const found = recogniseForm(tables);
  if (!found) return { sheet: table.name, by: "none", findings: [unrecognisedFinding(`На листе «${table.name}»`)] };
  return { sheet: table.name, spec: found.spec, by: found.by, findings: validate(found.spec) };
}

/**
 * Selects a finding's cell in Excel: its sheet becomes the active one. Syncs: 1.
 * @param context the request context
 * @param sheet the sheet's name
 * @param cell the A1 address
 * @throws the Office.js error (`ItemNotFound` when the sheet was deleted or renamed meanwhile)
 */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}
