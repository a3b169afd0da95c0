import type { CellValue, Finding, SheetTable } from "../../src/validate";
import { formSpec } from "../../src/forms";
import { CONTEXT_SAMPLE } from "../support/context_sample";

/** A sheet laid out like a template: title, instruction, header row 3, data from row 4. */
export function sheet(headers: CellValue[], rows: CellValue[][], name = "Лист1"): SheetTable {
  return { name, rows: [["Заголовок"], ["Инструкция"], headers, ...rows] };
}

/** The headers of a form in order (repeated columns must be given by the caller). */
export const headersOf = (id: string): string[] => formSpec(id).columns.filter((c) => !c.derived && !c.repeat).map((c) => c.header);

/** A context row from a partial record keyed by header. */
export function contextRow(values: Record<string, CellValue>): CellValue[] {
  const base: Record<string, CellValue> = {
    ...CONTEXT_SAMPLE,
    "Код ОО": "670101",
    "Наименование ОО": "МБОУ СОШ № 1",
    "Муниципальное образование": "Ярцевский район",
  };
  return headersOf("context").map((h) => (h in values ? values[h] : base[h]));
}

/** A results row from a partial record keyed by header. */
export function resultsRow(values: Record<string, CellValue>): CellValue[] {
  const base: Record<string, CellValue> = {
    "Код ОО": "670101",
    "Учебный год": "2024/2025",
    "Процедура": "ЕГЭ",
    "Предмет": "Русский язык",
    "Класс": null,
    "Число участников": 20,
    "Не преодолели минимальный порог": 1,
    "Средний балл": 65.5,
  };
  return headersOf("results").map((h) => (h in values ? values[h] : base[h]));
}

/** Findings reduced to what tests compare: cell, code (and severity when it is a warning). */
export const brief = (fs: Finding[]): string[] => fs.map((f) => `${f.cell} ${f.code}${f.severity === "warning" ? " (w)" : ""}`);
