/**
 * The validation report in the format its file name asks for: `.json` — exactly
 * `{"files":[{"file","issues":[{"sheet","cell","field","value","severity","code","message"}]}]}`; `.csv` — one row per
 * finding with a header row, `;` between fields and a UTF-8 BOM, which is what a Russian Excel opens correctly by a
 * double click; `.xlsx` — the findings and the files on sheets formatted for people.
 */
import path from "path";
import { FLAT_HEADERS, flattenReport, type Report } from "../src/validate/report";
import { reportPlans } from "../src/consolidate/report_plans";
import { UsageError } from "./errors";
import { workbookBuffer } from "./workbook_output";

export type ReportFormat = "json" | "csv" | "xlsx";

/**
 * The format of a report file by its extension.
 * @throws {UsageError} for another extension
 * @example reportFormat("отчёт.CSV") // => "csv"
 */
export function reportFormat(file: string): ReportFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".json") return "json";
  if (ext === ".csv") return "csv";
  if (ext === ".xlsx") return "xlsx";
  throw new UsageError(`Отчёт «${file}»: неизвестный формат «${ext || "без расширения"}» — укажите файл .json, .csv или .xlsx.`);
}

/**
 * The JSON report: files in order, each with its findings, nothing else.
 * @example JSON.parse(reportJson(buildReport([{ file: "a.xlsx", findings: [] }]))) // => { files: [{ file: "a.xlsx", issues: [] }] }
 */
export function reportJson(report: Report): string {
  const files = report.files.map((f) => ({
    file: f.file,
    issues: f.issues.map((i) => ({ sheet: i.sheet, cell: i.cell, field: i.field, value: i.value, severity: i.severity, code: i.code, message: i.message })),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

/** A CSV field: quoted when needed; text that a spreadsheet would take for a formula is prefixed with an apostrophe. */
function csvField(v: string | number | boolean | null): string {
  if (v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v).replace(".", ",") : "";
  if (typeof v === "boolean") return v ? "ИСТИНА" : "ЛОЖЬ";
  const formulaLike = /^[=+@\t\r]/.test(v) || (/^-./.test(v) && !/^-\d+([.,]\d+)?$/.test(v));
  const text = formulaLike ? `'${v}` : v;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV report (with BOM, `;`, CRLF).
 * @example reportCsv(report).slice(0, 5) // => "\ufeffФайл"
 */
export function reportCsv(report: Report): string {
  const keys = Object.keys(FLAT_HEADERS) as (keyof typeof FLAT_HEADERS)[];
  const lines = [keys.map((k) => csvField(FLAT_HEADERS[k])).join(";")];
  for (const row of flattenReport(report)) lines.push(keys.map((k) => csvField(row[k])).join(";"));
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

/**
 * The report file's contents.
 * @param report the report
 * @param format its format
 * @param title what was validated, for the workbook's titles
 * @returns bytes or text
 * @example writeFileAtomic("отчёт.xlsx", await reportContents(report, "xlsx", "Контекстные данные"))
 */
export async function reportContents(report: Report, format: ReportFormat, title: string): Promise<Buffer | string> {
  if (format === "json") return reportJson(report);
  if (format === "csv") return reportCsv(report);
  return workbookBuffer(reportPlans(report, title));
}
