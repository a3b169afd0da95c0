/**
 * A validation report of many files laid out for people: «Замечания» (one row per finding, the flat report of
 * report.ts with Russian headers and severities) and «Файлы» (one row per file with its result and counts).
 */
import type { SheetPlan } from "../plan/types";
import { FLAT_HEADERS, flattenReport, type Report } from "../validate/report";
import { SEVERITY_RU } from "../validate/codes";
import { tablePlan } from "../plan/table_plan";
import type { TableValue } from "./types";

/**
 * The result of a file in words.
 * @example fileResultText({ file: "a.xlsx", valid: true, errors: 0, warnings: 0, issues: [] }) // => "без замечаний"
 */
export function fileResultText(f: Report["files"][number]): string {
  if (f.issues.some((i) => i.code === "unreadable" || i.code === "form-not-found")) return "не прочитан";
  if (f.errors) return "есть ошибки";
  if (f.warnings) return "есть предупреждения";
  return "без замечаний";
}

/**
 * Sheet plans of a validation report. O(findings + files).
 * @param report the report of the validated files
 * @param title what was validated, for the title rows (e.g. the form's title)
 * @returns plans of «Замечания» and «Файлы»
 * @example reportPlans(buildReport([{ file: "a.xlsx", findings: [] }]), "Контекстные данные").map((p) => p.sheetName) // => ["Замечания", "Файлы"]
 */
export function reportPlans(report: Report, title: string): SheetPlan[] {
  const s = report.stats;
  const note =
    `Файлов: ${s.files}, без ошибок: ${s.validFiles}; ошибок: ${s.errors}, предупреждений: ${s.warnings}. ` +
    `Ошибку нужно исправить в файле; предупреждение — проверить (значение необычно, но возможно).`;
  const flat = flattenReport(report);
  const findings = tablePlan({
    sheetName: "Замечания",
    title: `Проверка: ${title}`,
    note,
    columns: [
      { header: FLAT_HEADERS.file, width: 32 },
      { header: FLAT_HEADERS.sheet, width: 18 },
      { header: FLAT_HEADERS.cell, width: 9 },
      { header: FLAT_HEADERS.field, width: 26, wrap: true },
      { header: FLAT_HEADERS.value, width: 16 },
      { header: FLAT_HEADERS.severity, width: 15 },
      { header: FLAT_HEADERS.code, width: 18 },
      { header: FLAT_HEADERS.message, width: 100, wrap: true },
    ],
    rows: flat.map((r): TableValue[] => [r.file, r.sheet || null, r.cell || null, r.field || null, r.value, r.severity, r.code, r.message]),
    highlight: { column: 5, error: SEVERITY_RU.error, warning: SEVERITY_RU.warning },
  });
  const files = tablePlan({
    sheetName: "Файлы",
    title: `Файлы: ${title}`,
    note,
    columns: [
      { header: "Файл", width: 40 },
      { header: "Результат", width: 20 },
      { header: "Ошибок", width: 10, numFmt: "0" },
      { header: "Предупреждений", width: 16, numFmt: "0" },
    ],
    rows: report.files.map((f) => [f.file, fileResultText(f), f.errors, f.warnings]),
    highlight: { column: 1, error: ["есть ошибки", "не прочитан"], warning: "есть предупреждения" },
  });
  return [findings, files];
}
