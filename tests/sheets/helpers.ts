/// <reference types="google-apps-script" />
/**
 * Shared set-up of the Sheets add-on tests: the double as the types the add-on's code expects, filling a plan's
 * sheet the way a person types, and example rows of every form (good and bad values) for the round trips.
 */
import ExcelJS from "exceljs";
import type { FormSpec } from "../../src/forms/types";
import type { SheetPlan } from "../../src/plan";
import { validateWorkbook, type Finding } from "../../src/validate";
import { loadWorkbook, planWorkbookBuffer } from "../../src/xlsx";
import { DoubleSpreadsheetApp, type DoubleOptions, type DoubleSheet } from "./apps_script_double";

export type Fill = Record<string, string | number | boolean | null>;

/** A school's social passport as the sheets' tests type it (the categories the index reads, a few left empty). */
export const CONTEXT_ROW: Fill = {
  "Код ОО": "670101",
  "Наименование ОО": "МБОУ СОШ № 1",
  "Муниципальное образование": "Ярцевский район",
  "Тип местности": "город",
  "Учебный год": "2024/2025",
  "Численность обучающихся": 400,
  "Из малообеспеченных семей": 40,
  "Из неполных семей": 60,
  "Хотя бы один родитель с высшим образованием": 200,
};

/** "Today" of every validation in these tests, so that overdue periods do not change with the calendar. */
export const AS_OF = "2025-06-01";

/**
 * The Excel side of a comparison: the plan written by the exceljs writer, the rows typed in from `start`, the file
 * saved, read back by the exceljs reader and validated.
 */
export async function excelFindings(plan: SheetPlan, rows: readonly Fill[], start: number, spec: FormSpec): Promise<Finding[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await planWorkbookBuffer([plan])) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  const col = new Map(plan.columns.filter((c) => c.role === "input").map((c) => [c.header, c.index]));
  rows.forEach((r, i) => {
    for (const [header, value] of Object.entries(r)) ws.getCell(start + i, col.get(header)!).value = value;
  });
  const tables = await loadWorkbook(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return validateWorkbook(tables, spec, { asOf: AS_OF });
}

/** A fresh double and the same object typed as SpreadsheetApp. */
export function newDouble(options: DoubleOptions = {}): { double: DoubleSpreadsheetApp; app: GoogleAppsScript.Spreadsheet.SpreadsheetApp; spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet } {
  const double = new DoubleSpreadsheetApp(options);
  return {
    double,
    app: double as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    spreadsheet: double.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
  };
}

/** Types rows keyed by header text into a plan's sheet of the double, one `setValues` per cell (as a person types). */
export function typeRows(sheet: DoubleSheet, plan: SheetPlan, rows: readonly Fill[], startRow = plan.firstDataRow): void {
  const col = new Map(plan.columns.filter((c) => c.role === "input").map((c) => [c.header, c.index]));
  rows.forEach((r, i) => {
    for (const [header, value] of Object.entries(r)) {
      const c = col.get(header);
      if (c === undefined) throw new Error(`no column ${header}`);
      sheet.getRange(startRow + i, c).setValues([[value]]);
    }
  });
}

/**
 * Rows for a form's input columns: two good rows from the spec's examples, then rows with typical mistakes (a word
 * in a number column, a value outside the list, a negative count, an empty required cell, a repeated row). Texts
 * are chosen so that Sheets keeps them as text when typed (no `12` or `1.5` as text).
 */
export function exampleRows(spec: FormSpec, headers: readonly { header: string; key: string }[]): Fill[] {
  const byKey = new Map(spec.columns.map((c) => [c.key, c]));
  const good = (n: number): Fill =>
    Object.fromEntries(
      headers.map(({ header, key }) => {
        const c = byKey.get(key)!;
        const ex = c.examples?.[n % Math.max(1, c.examples?.length ?? 1)];
        if (c.enum) return [header, c.enum.values[n % c.enum.values.length].value];
        if (ex !== undefined) return [header, typeof ex === "string" && /^[\d.,\s]+$/.test(ex) && c.numFmt !== "@" ? Number(ex.replace(",", ".")) || ex : ex];
        if (c.type === "integer" || c.type === "number" || c.type === "money" || c.type === "percent") return [header, 10 + n];
        if (c.type === "year") return [header, 2024 + n];
        return [header, `Текст ${n + 1}`];
      }),
    );
  const bad: Fill = Object.fromEntries(
    headers.map(({ header, key }) => {
      const c = byKey.get(key)!;
      if (c.enum) return [header, "нечто"];
      if (["integer", "number", "money", "percent", "year"].includes(c.type)) return [header, "много"];
      if (c.type === "academic-year") return [header, "двадцать пятый"];
      if (c.type === "period") return [header, "когда-нибудь"];
      if (c.type === "item-number") return [header, "пункт"];
      return [header, "Текст"];
    }),
  );
  const first = good(0);
  // Negative numbers, years out of range; the first column kept so that the row is not empty, other texts missing.
  const negative: Fill = Object.fromEntries(
    headers.map(({ header, key }, i) => {
      const c = byKey.get(key)!;
      if (["integer", "number", "money", "percent"].includes(c.type)) return [header, -5];
      if (c.type === "year") return [header, 1999];
      return [header, i === 0 ? first[header] : null];
    }),
  );
  return [first, good(1), bad, negative, { ...first }];
}
