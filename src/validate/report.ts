/**
 * The validation report of several files: `valid`, `stats` and the findings per file (the CLI's JSON), and
 * its flat form — one row per finding with Russian column names and severities — for a sheet or CSV.
 */
import { codeInfo, renderMessage, SEVERITY_RU } from "./codes";
import type { Finding } from "./types";

export interface FileReport {
  file: string;
  valid: boolean;
  errors: number;
  warnings: number;
  issues: Finding[];
}

export interface Report {
  /** no file has an error (warnings do not make a file invalid) */
  valid: boolean;
  stats: { files: number; validFiles: number; errors: number; warnings: number };
  files: FileReport[];
}

/** A finding of a file as one row of a flat report. */
export interface FlatRow {
  file: string;
  sheet: string;
  cell: string;
  field: string;
  value: string | number | boolean | null;
  /** `ошибка` / `предупреждение` */
  severity: string;
  code: string;
  message: string;
}

/** Russian column names of the flat report, in order. */
export const FLAT_HEADERS: Readonly<Record<keyof FlatRow, string>> = {
  file: "Файл",
  sheet: "Лист",
  cell: "Ячейка",
  field: "Столбец",
  value: "Значение",
  severity: "Важность",
  code: "Код",
  message: "Сообщение",
};

/**
 * The report of several files. O(findings).
 * @param files each file's name and findings
 * @returns the report
 * @example buildReport([{ file: "a.xlsx", findings: [] }]).valid // => true
 */
export function buildReport(files: readonly { file: string; findings: readonly Finding[] }[]): Report {
  const out: FileReport[] = files.map(({ file, findings }) => {
    const errors = findings.filter((f) => f.severity === "error").length;
    return { file, valid: errors === 0, errors, warnings: findings.length - errors, issues: [...findings] };
  });
  const errors = out.reduce((s, f) => s + f.errors, 0);
  return {
    valid: errors === 0,
    stats: {
      files: out.length,
      validFiles: out.filter((f) => f.valid).length,
      errors,
      warnings: out.reduce((s, f) => s + f.warnings, 0),
    },
    files: out,
  };
}

/**
 * One row per finding, files in order. O(findings).
 * @param report the report
 * @returns the rows
 * @example flattenReport(buildReport([{ file: "a.xlsx", findings }]))[0].severity // => "ошибка"
 */
export function flattenReport(report: Report): FlatRow[] {
  return report.files.flatMap((f) =>
    f.issues.map((i) => ({
      file: f.file,
      sheet: i.sheet,
      cell: i.cell,
      field: i.field,
      value: i.value,
      severity: SEVERITY_RU[i.severity],
      code: i.code,
      message: i.message,
    })),
  );
}

/**
 * The finding for a file that is not a readable workbook.
 * @param reason what the reader said (technical, kept short)
 * @returns the finding
 * @example unreadableFinding("zip").code // => "unreadable"
 */
export function unreadableFinding(reason: string): Finding {
  const info = codeInfo("unreadable");
  const short = reason.length > 120 ? `${reason.slice(0, 120)}…` : reason;
  return { sheet: "", cell: "", field: "", value: null, severity: info.severity, code: info.code, message: renderMessage("unreadable", { reason: short }) };
}

/**
 * An empty index for uniqueness of keys (`Код ОО`) across the files of one consolidation; pass it with each
 * file's name in `options.crossFile`.
 * @returns the index
 * @example validateTable(table, formSpec("context"), { crossFile: { index: createCrossFileIndex(), file: "a.xlsx" } })
 */
export function createCrossFileIndex(): { seen: Map<string, { file: string; sheet: string; cell: string }> } {
  return { seen: new Map() };
}
