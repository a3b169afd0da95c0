import type { CellValue, SheetTable, WorkbookTables } from "../../src/validate";
import { formSpec } from "../../src/forms";
import { CONTEXT_SAMPLE } from "../support/context_sample";

/** A sheet laid out like a template: title, instruction, header row 3, data from row 4. */
export function sheet(headers: CellValue[], rows: CellValue[][], name = "Лист1", marker?: string): SheetTable {
  const title: CellValue[] = ["Заголовок"];
  if (marker) title[headers.length] = marker;
  const t: SheetTable = { name, rows: [title, ["Инструкция"], headers, ...rows] };
  const m = marker ? /^edu-roadmap:([a-z-]+):v(\d+)$/.exec(marker) : null;
  if (m) t.marker = { formId: m[1], version: Number(m[2]) };
  return t;
}

export const book = (...sheets: SheetTable[]): WorkbookTables => ({ sheets });

/** The input headers of a form without repeated columns. */
export const headersOf = (id: string): string[] => formSpec(id).columns.filter((c) => !c.derived && !c.repeat).map((c) => c.header);

/** A context row from a partial record keyed by header. */
export function contextRow(values: Record<string, CellValue>): CellValue[] {
  return headersOf("context").map((h) => (h in values ? values[h] : CONTEXT_SAMPLE[h]));
}

/** A context workbook of one sheet with these rows. */
export const contextBook = (rows: Record<string, CellValue>[], name = "Контекстные данные"): WorkbookTables =>
  book(sheet(headersOf("context"), rows.map(contextRow), name, "edu-roadmap:context:v1"));

const RESULTS_BASE: Record<string, CellValue> = {
  "Код ОО": "010001",
  "Учебный год": "2024/2025",
  "Процедура": "ЕГЭ",
  "Предмет": "Русский язык",
  "Класс": null,
  "Число участников": 20,
  "Не преодолели минимальный порог": 1,
  "Средний балл": 65.5,
};

/** A results row from a partial record keyed by header. */
export function resultsRow(values: Record<string, CellValue>): CellValue[] {
  return headersOf("results").map((h) => (h in values ? values[h] : RESULTS_BASE[h]));
}

export const resultsBook = (rows: Record<string, CellValue>[]): WorkbookTables =>
  book(sheet(headersOf("results"), rows.map(resultsRow), "Результаты", "edu-roadmap:results:v1"));
