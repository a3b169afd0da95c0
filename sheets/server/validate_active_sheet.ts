/**
 * «Проверить» of the sidebar: the active sheet against its form (recognised by the hidden marker, else by its
 * headers), with the same validator as the command line and the Excel task pane. Findings come sorted by
 * severity (errors first), each with the A1 cell the sidebar selects when the finding is clicked.
 */
import { SEVERITY_RU } from "../../src/validate/codes";
import type { Finding } from "../../src/validate/types";
import { validateTable } from "../../src/validate/validate_table";
import { readSheet } from "../read_sheet";
import { spreadsheetApp } from "./apps_script";
import { recogniseSheet } from "../../src/validate/recognise_form";
import { plural } from "../../src/text/plural";

/** A finding as the sidebar shows it. */
export interface SidebarFinding extends Finding {
  /** `ошибка` / `предупреждение` */
  severityRu: string;
}

export interface ValidationResult {
  sheet: string;
  /** the form found, or `null` when the sheet is no form's */
  form: { id: string; title: string; by: "marker" | "headers" } | null;
  findings: SidebarFinding[];
  errors: number;
  warnings: number;
  /** one Russian sentence summing up */
  summary: string;
}

/**
 * Findings sorted by severity, errors first, each kind in the validator's order (by row, then column). O(n log n).
 * @param findings the validator's findings
 * @returns a new sorted list
 * @example bySeverity([warningB5, errorC9]).map((f) => f.cell) // => ["C9", "B5"]
 */
export function bySeverity<T extends Finding>(findings: readonly T[]): T[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => Number(a.f.severity !== "error") - Number(b.f.severity !== "error") || a.i - b.i)
    .map((x) => x.f);
}

/**
 * Server function: validates the active sheet. Calls: 6 (the sheet's read).
 * @param options `asOf` (`YYYY-MM-DD`) fixes "today" for overdue periods (tests); default today
 * @returns the findings and a summary
 */
export function validateActiveSheet(options: { asOf?: string } = {}): ValidationResult {
  const sheet = spreadsheetApp().getActiveSpreadsheet().getActiveSheet();
  const table = readSheet(sheet);
  const found = recogniseSheet(table);
  if (!found) {
    return {
      sheet: table.name,
      form: null,
      findings: [],
      errors: 0,
      warnings: 0,
      summary:
        `Лист «${table.name}» не похож ни на одну форму: нет скрытой метки шаблона, и строка заголовков не совпадает ни с одной таблицей. ` +
        "Откройте лист, созданный на вкладке «Создать», или лист с заголовками формы.",
    };
  }
  const findings = bySeverity(validateTable(table, found.spec, options.asOf ? { asOf: options.asOf } : {})).map((f) => ({ ...f, severityRu: SEVERITY_RU[f.severity] }));
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const how = found.by === "marker" ? "по метке шаблона" : "по заголовкам";
  const summary =
    findings.length === 0
      ? `Лист «${table.name}» — форма «${found.spec.title}» (${how}): ошибок нет.`
      : `Лист «${table.name}» — форма «${found.spec.title}» (${how}): ${plural(errors, "ошибка", "ошибки", "ошибок")}, ${plural(warnings, "предупреждение", "предупреждения", "предупреждений")}.`;
  return { sheet: table.name, form: { id: found.spec.id, title: found.spec.title, by: found.by }, findings, errors, warnings, summary };
}
