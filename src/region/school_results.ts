/**
 * The result of each school the type of a school (QUADRANT) is computed with, from a `results` table: one
 * procedure, one subject (and grade for ВПР) and one academic year — by default the mean score of ЕГЭ in Russian
 * (the exam every graduate sits, so schools compare) in the latest year of the table.
 */
import { canonicalSubject } from "../core/thresholds/canonical_subject";
import { share } from "../core/swi/share";
import { normalizeText } from "../forms/normalize";
import { schoolCodeKey } from "../consolidate/consolidate";
import type { ExtractedTable } from "../consolidate/types";

/** Which result: the mean score (mark), or the share of participants who passed the minimum threshold. */
export type ResultMeasure = "mean" | "pass";

export interface ResultChoice {
  /** `ЕГЭ` (default), `ОГЭ` or `ВПР` */
  procedure?: string;
  /** default `Русский язык`; aliases accepted */
  subject?: string;
  /** ВПР: the grade; other procedures ignore it */
  grade?: number;
  /** `2024/2025`; default the latest year with rows of the chosen procedure and subject */
  year?: string;
  /** default `mean` */
  measure?: ResultMeasure;
}

export interface SchoolResults {
  /** school code (as {@link schoolCodeKey}) → result */
  byCode: Map<string, number>;
  procedure: string;
  subject: string;
  grade?: number;
  year?: string;
  measure: ResultMeasure;
  /** e.g. «ЕГЭ, Русский язык, 2024/2025: средний балл» */
  label: string;
  /** short header of the result column */
  header: string;
  /** how the value was obtained, for the notes */
  explanation: string;
  /** rows used */
  rows: number;
  /** years the table has for the chosen procedure and subject */
  years: string[];
}

const PROCEDURES = ["ЕГЭ", "ОГЭ", "ВПР"];
const YEAR = /^(\d{4})\/(\d{4})$/;

/**
 * The chosen result of every school of a results table. O(rows).
 * @param table the `results` table (consolidated or a municipality's file)
 * @param choice procedure, subject, grade, year, measure
 * @throws {Error} (Russian) for an unknown procedure or subject, a year not in the form `2024/2025`, or a table
 *   without `Код ОО`
 * @returns results by school; empty when no row matches
 * @example schoolResults(table, {}).label // => "ЕГЭ, Русский язык, 2024/2025: средний балл"
 */
export function schoolResults(table: ExtractedTable, choice: ResultChoice = {}): SchoolResults {
  const procedure = PROCEDURES.find((p) => normalizeText(p) === normalizeText(choice.procedure ?? "ЕГЭ"));
  if (!procedure) throw new Error(`процедура «${choice.procedure}» неизвестна: ожидается ЕГЭ, ОГЭ или ВПР`);
  const subject = canonicalSubject(choice.subject ?? "Русский язык");
  if (!subject) throw new Error(`предмет «${choice.subject}» не найден в списке предметов (например, «Русский язык», «Математика профильная»)`);
  if (choice.year !== undefined) {
    const m = YEAR.exec(choice.year.trim());
    if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new Error(`учебный год «${choice.year}»: ожидается вид 2024/2025`);
  }
  const measure = choice.measure ?? "mean";
  const grade = procedure === "ВПР" ? choice.grade : undefined;
  const col = (key: string): number => table.columns.findIndex((c) => c.key === key && c.letter !== "");
  const idx = {
    code: col("code"),
    year: col("year"),
    procedure: col("procedure"),
    subject: col("subject"),
    grade: col("grade"),
    participants: col("participants"),
    belowMin: col("belowMin"),
    average: col("average"),
  };
  if (idx.code < 0) throw new Error("в таблице результатов нет столбца «Код ОО»");
  const need = measure === "mean" ? idx.average : idx.belowMin;
  if (need < 0) throw new Error(`в таблице результатов нет столбца «${measure === "mean" ? "Средний балл" : "Не преодолели минимальный порог"}»`);

  const matching = table.rows.filter((r) => {
    const v = r.values;
    if (idx.procedure < 0 || v[idx.procedure] !== procedure) return false;
    if (idx.subject < 0 || v[idx.subject] !== subject) return false;
    if (grade !== undefined && (idx.grade < 0 || v[idx.grade] !== grade)) return false;
    return true;
  });
  const yearOf = (v: unknown): string | undefined => (typeof v === "string" && YEAR.test(v) ? v : undefined);
  const years = [...new Set(matching.map((r) => (idx.year >= 0 ? yearOf(r.values[idx.year]) : undefined)).filter((y): y is string => !!y))].sort();
  const year = choice.year?.trim() ?? years[years.length - 1];
  const rows = matching.filter((r) => year === undefined || (idx.year >= 0 && r.values[idx.year] === year));

  // Sums per school: several rows of one school (classes of ВПР without a grade chosen) are pooled by participants.
  const sums = new Map<string, { weighted: number; weight: number; below: number; participants: number }>();
  for (const r of rows) {
    const code = schoolCodeKey(r.values[idx.code]);
    if (code === "") continue;
    const n = idx.participants >= 0 ? r.values[idx.participants] : null;
    const participants = typeof n === "number" && n > 0 ? n : undefined;
    const s = sums.get(code) ?? { weighted: 0, weight: 0, below: 0, participants: 0 };
    if (measure === "mean") {
      const a = r.values[idx.average];
      if (typeof a !== "number") continue;
      const w = participants ?? 1;
      s.weighted += a * w;
      s.weight += w;
    } else {
      const b = r.values[idx.belowMin];
      if (typeof b !== "number" || participants === undefined) continue;
      s.below += b;
      s.participants += participants;
    }
    sums.set(code, s);
  }
  const byCode = new Map<string, number>();
  for (const [code, s] of sums) {
    if (measure === "mean") {
      if (s.weight > 0) byCode.set(code, s.weighted / s.weight);
    } else if (s.participants > 0) {
      try {
        byCode.set(code, 1 - (share(s.below, s.participants) as number));
      } catch {
        // More below the threshold than participants: no result for the school (the validator reports the row).
      }
    }
  }

  const what = `${procedure}, ${subject}${grade !== undefined ? `, ${grade} класс` : ""}${year ? `, ${year}` : ""}`;
  const measureText = measure === "mean" ? (procedure === "ЕГЭ" ? "средний балл" : "средняя отметка") : "доля преодолевших минимальный порог";
  return {
    byCode,
    procedure,
    subject,
    ...(grade !== undefined ? { grade } : {}),
    ...(year !== undefined ? { year } : {}),
    measure,
    label: `${what}: ${measureText}`,
    header: `Результат: ${measureText} (${what})`,
    explanation:
      measure === "mean"
        ? `«Средний балл» строк ${what}; если у школы несколько таких строк, среднее взвешено по «Числу участников». Чем выше, тем лучше.`
        : `1 − «Не преодолели минимальный порог» / «Число участников» по строкам ${what} (доля участников, преодолевших порог). Чем выше, тем лучше.`,
    rows: rows.length,
    years,
  };
}
