/**
 * How the pane lists findings: grouped by severity (errors first), each with its place, column, value and message,
 * all as text. Pure: the tab turns these into elements, tests read them directly.
 */
import { SEVERITY_RU } from "../../src/validate/codes";
import type { Finding, Severity } from "../../src/validate/types";
import { plural } from "../ui/words";

export interface FindingGroup {
  severity: Severity;
  /** «Ошибки», «Предупреждения» */
  title: string;
  findings: Finding[];
}

const TITLES: Readonly<Record<Severity, string>> = { error: "Ошибки", warning: "Предупреждения" };

/**
 * Findings by severity, errors first; each group keeps the validator's order (by row, then column). O(n).
 * @param findings the findings
 * @returns the non-empty groups
 * @example groupFindings([warning, error]).map((g) => g.severity) // => ["error", "warning"]
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return (["error", "warning"] as const)
    .map((severity) => ({ severity, title: TITLES[severity], findings: findings.filter((f) => f.severity === severity) }))
    .filter((g) => g.findings.length > 0);
}

/**
 * The counts of findings in words.
 * @example countsText([error, error, warning]) // => "2 ошибки, 1 предупреждение"
 */
export function countsText(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  return `${plural(errors, "ошибка", "ошибки", "ошибок")}, ${plural(findings.length - errors, "предупреждение", "предупреждения", "предупреждений")}`;
}

/**
 * A finding's value as the list shows it: text in «», numbers with a decimal comma, «пусто» for an empty cell.
 * @example valueText(12.5) // => "12,5"
 */
export function valueText(value: Finding["value"]): string {
  if (value === null || value === "") return "пусто";
  if (typeof value === "boolean") return value ? "ИСТИНА" : "ЛОЖЬ";
  if (typeof value === "number") return String(value).replace(".", ",");
  return `«${value}»`;
}

/**
 * Where a finding is: the cell and the column, or the sheet or the file for findings of a whole sheet or file.
 * @example placeText({ sheet: "Лист1", cell: "B5", field: "Код ОО", ... }) // => "B5 · Код ОО"
 */
export function placeText(f: Finding): string {
  if (f.cell) return f.field ? `${f.cell} · ${f.field}` : f.cell;
  if (f.field) return `Столбец «${f.field}»`;
  return f.sheet ? `Лист «${f.sheet}»` : "Файл";
}

/** The Russian name of a severity (one place for the pane, as SEVERITY_RU for the report). */
export const severityText = (s: Severity): string => SEVERITY_RU[s];
