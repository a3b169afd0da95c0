/**
 * `edu-roadmap validate <form-id> <file>... [--report <report.json|.xlsx|.csv>]`: every file checked against the
 * form; a short summary per file and the totals; exit code 0 when no file has an error (warnings allowed), 1 when
 * any has one or cannot be read.
 */
import path from "path";
import { buildReport, type Report } from "../../src/validate/report";
import { MUNICIPALITY_LIST_HEADERS } from "../../src/consolidate/reference_list";
import { fileResultText } from "../../src/consolidate/report_plans";
import { UsageError } from "../errors";
import { expandInputs } from "../expand_inputs";
import { dateOption, formOption, jobsOption } from "../options";
import type { Output } from "../output";
import { readReferenceFile } from "../reference_file";
import { reportContents, reportFormat } from "../report_output";
import { plural, formatCount, seconds } from "../text";
import { validateFiles } from "../validate_files";
import { writeFileAtomic } from "../write_atomic";
import type { FileOutcome } from "../process_file";
import { readHistory } from "../history";

export interface ValidateArgs {
  form: string;
  files: string[];
  report?: string;
  municipalities?: string;
  asOf?: string;
  jobs?: string;
  /** files of the form from earlier years (`--history`) */
  history?: string[];
}

/** Files listed one by one as valid up to this many; above, one line. */
const LIST_VALID_MAX = 20;
/** Files with findings listed up to this many; above, the report has the rest. */
const LIST_FILES_MAX = 50;
/** Findings shown per file. */
const FINDINGS_PER_FILE = 3;

export interface ValidateResult {
  code: number;
  report: Report;
  outcomes: FileOutcome[];
}

/**
 * The inputs of a command, or a usage error when nothing is left to read.
 * @example inputFiles(["школы"], consoleOutput(), "demo")[0] // => { path: "школы/000101.xlsx", name: "../школы/000101.xlsx" }
 */
export function inputFiles(args: readonly string[], output: Output, base?: string): { path: string; name: string }[] {
  const { files, notes } = expandInputs(args);
  if (files.length === 0) {
    throw new UsageError(
      notes.length ? `${notes.join("; ")} — нечего проверять: перечислите файлы .xlsx или папку с ними.` : "Не указан ни один файл для проверки: перечислите файлы .xlsx или папку с ними.",
    );
  }
  for (const n of notes) output.err(n);
  return files.map((f) => ({ path: f, name: base ? path.relative(base, f).split(path.sep).join("/") : f }));
}

/**
 * Validates and reports.
 * @param args form, files, options
 * @param output where to print
 * @param base names in reports are relative to this folder (the demonstration); default as given
 * @param keepRows keep the rows of every file's table in the outcomes (to consolidate them without reading again)
 * @returns exit code, the report and the outcomes
 * @example (await runValidate({ form: "context", files: ["школы"] }, consoleOutput())).report.stats.files // => 60
 */
export async function runValidate(args: ValidateArgs, output: Output, base?: string, keepRows = false): Promise<ValidateResult> {
  const spec = formOption(args.form);
  const format = args.report !== undefined ? reportFormat(args.report) : undefined;
  const asOf = args.asOf !== undefined ? dateOption(args.asOf) : undefined;
  const jobs = args.jobs !== undefined ? jobsOption(args.jobs) : undefined;
  const files = inputFiles(args.files, output, base);
  if (args.report !== undefined) {
    const target = path.resolve(args.report);
    if (files.some((f) => path.resolve(f.path) === target)) throw new UsageError(`Отчёт «${args.report}» совпадает с проверяемым файлом: укажите другое имя.`);
  }
  const municipalities = args.municipalities
    ? (await readReferenceFile(args.municipalities, MUNICIPALITY_LIST_HEADERS, undefined, "перечень муниципалитетов")).values
    : undefined;

  const history = args.history?.length ? await readHistory(args.history, spec, output) : undefined;

  const started = Date.now();
  const outcomes = await validateFiles(
    files,
    { formId: spec.id, rows: keepRows, ...(asOf ? { asOf } : {}), ...(municipalities ? { municipalities } : {}), ...(history ? { history } : {}) },
    { ...(jobs ? { jobs } : {}), label: "Проверка", output },
  );
  const report = buildReport(outcomes.map((o) => ({ file: o.name, findings: o.findings })));
  printSummary(report, spec.title, spec.id, output);
  if (output.progress && files.length >= 20) output.err(`Готово за ${seconds(Date.now() - started)}.`);
  if (args.report !== undefined && format) {
    writeFileAtomic(args.report, await reportContents(report, format, `${spec.title} (${spec.id})`));
    output.out(`Отчёт: ${args.report}`);
  }
  return { code: report.valid ? 0 : 1, report, outcomes };
}

/** The per-file summary and totals. */
function printSummary(report: Report, title: string, id: string, output: Output): void {
  const s = report.stats;
  output.out(`Проверка формы «${title}» (${id}): ${plural(s.files, "файл", "файла", "файлов")}`);
  const withIssues = report.files.filter((f) => f.issues.length);
  for (const f of withIssues.slice(0, LIST_FILES_MAX)) {
    const counts = [f.errors ? plural(f.errors, "ошибка", "ошибки", "ошибок") : "", f.warnings ? plural(f.warnings, "предупреждение", "предупреждения", "предупреждений") : ""].filter(Boolean).join(", ");
    output.out(`${f.errors ? "✗" : "!"} ${f.file} — ${fileResultText(f)}: ${counts}`);
    for (const i of f.issues.slice(0, FINDINGS_PER_FILE)) {
      output.out(`    ${[i.cell, i.field ? `«${i.field}»` : ""].filter(Boolean).join(" ")}${i.cell || i.field ? ": " : ""}${i.message}`);
    }
    if (f.issues.length > FINDINGS_PER_FILE) output.out(`    … и ещё ${formatCount(f.issues.length - FINDINGS_PER_FILE)} — см. отчёт`);
  }
  if (withIssues.length > LIST_FILES_MAX) output.out(`… и ещё ${plural(withIssues.length - LIST_FILES_MAX, "файл", "файла", "файлов")} с замечаниями — см. отчёт (--report)`);
  const clean = report.files.filter((f) => f.issues.length === 0);
  if (clean.length && clean.length <= LIST_VALID_MAX) for (const f of clean) output.out(`✓ ${f.file}`);
  else if (clean.length) output.out(`✓ без замечаний: ${plural(clean.length, "файл", "файла", "файлов")}`);
  const unreadable = report.files.filter((f) => fileResultText(f) === "не прочитан").length;
  output.out(
    `Итого: ${plural(s.files, "файл", "файла", "файлов")}; без ошибок — ${formatCount(s.validFiles)}, с ошибками — ${formatCount(s.files - s.validFiles - unreadable)}, ` +
      `не прочитано — ${formatCount(unreadable)}; ${plural(s.errors, "ошибка", "ошибки", "ошибок")}, ${plural(s.warnings, "предупреждение", "предупреждения", "предупреждений")}.`,
  );
}

/**
 * The command: exit code only.
 * @example await validateCommand({ form: "context", files: ["школы"], report: "отчёт.json" }, consoleOutput()) // => 1
 */
export async function validateCommand(args: ValidateArgs, output: Output): Promise<number> {
  return (await runValidate(args, output)).code;
}
