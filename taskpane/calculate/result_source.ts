/**
 * The result the type of school is computed with, for «Рассчитать»: either a column of the table's own sheet, or a
 * results table of the workbook (form «Образовательные результаты», e.g. its consolidated «Свод»), from which each
 * school's result is taken by `Код ОО` through src/region/school_results — the mean score of ЕГЭ in Russian in the
 * latest year when the table has it, else the procedure and subject with the most rows. Pure.
 */
import { RESULTS } from "../../src/forms/specs/results";
import { extractTable } from "../../src/consolidate/extract_table";
import { schoolCodeKey } from "../../src/consolidate/consolidate";
import { findForm } from "../../src/validate/find_form";
import { schoolResults } from "../../src/region/school_results";
import type { SheetTable } from "../../src/validate/types";
import { PaneError } from "../office/pane_error";
import type { ResultSource } from "./calculation_plan";

/**
 * Sheets of the workbook that hold a results table (by marker or by headers in their first rows).
 * @param heads the first rows of every sheet (office/read_sheet: readSheetHeads)
 * @param except the sheet being calculated
 * @returns the sheets' names, in workbook order
 * @example resultSheets(heads, "Свод") // => ["Свод (2)"]
 */
export function resultSheets(heads: readonly SheetTable[], except: string): string[] {
  return heads.filter((t) => t.name !== except && !t.hidden && findForm({ sheets: [t] }, RESULTS)).map((t) => t.name);
}

/**
 * Each data row's result from a results table. O(rows of both tables).
 * @param table the results sheet as read
 * @param codes `Код ОО` of the context table's data rows
 * @throws {PaneError} when the sheet has no results table, or no row of it gives a result of a school of the table
 * @returns the result column to write: values aligned with `codes`
 */
export function resultsFromTable(table: SheetTable, codes: readonly (string | number | null)[]): Extract<ResultSource, { kind: "values" }> {
  const extracted = extractTable({ sheets: [table] }, RESULTS);
  if (!extracted || extracted.rows.length === 0) {
    throw new PaneError(`На листе «${table.name}» нет строк таблицы «${RESULTS.title}».`, "Выберите другой лист с результатами или столбец этого листа.", "result");
  }
  // The procedure and subject: ЕГЭ in Russian (every graduate sits it) when present, else the most frequent pair.
  const col = (key: string): number => extracted.columns.findIndex((c) => c.key === key && c.letter !== "");
  const [pi, si] = [col("procedure"), col("subject")];
  const pairs = new Map<string, { procedure: string; subject: string; n: number }>();
  for (const r of extracted.rows) {
    const procedure = pi >= 0 ? r.values[pi] : null;
    const subject = si >= 0 ? r.values[si] : null;
    if (typeof procedure !== "string" || typeof subject !== "string") continue;
    const k = `${procedure}\u0001${subject}`;
    const e = pairs.get(k) ?? { procedure, subject, n: 0 };
    e.n++;
    pairs.set(k, e);
  }
  const ranked = [...pairs.values()].sort((a, b) => b.n - a.n);
  const pick = ranked.find((p) => p.procedure === "ЕГЭ" && p.subject === "Русский язык") ?? ranked[0];
  const results = schoolResults(extracted, pick ? { procedure: pick.procedure, subject: pick.subject } : {});
  const values = codes.map((c) => results.byCode.get(schoolCodeKey(c)) ?? null);
  if (!values.some((v) => v !== null)) {
    throw new PaneError(
      `На листе «${table.name}» нет результатов (${results.label}) ни для одной школы таблицы.`,
      "Проверьте, что «Код ОО» в обеих таблицах записаны одинаково, или выберите другой источник результата.",
      "result",
    );
  }
  return { kind: "values", header: results.header, label: results.label, values, percent: results.measure === "pass" };
}
