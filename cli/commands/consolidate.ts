/**
 * `edu-roadmap consolidate <form-id> <file>... -o <region.xlsx>`: one table of every file's rows with the source of
 * each row, a findings sheet (files not read, missing columns, rows with errors, the same school in several files,
 * schools of `--schools` without data) and a summary. Exit code 0 when the consolidation has no error, 1 otherwise
 * (the file is written in both cases), 2 on wrong usage.
 */
import { consolidate, CONSOLIDATION_CODES, CONSOLIDATION_KINDS_RU } from "../../src/consolidate/consolidate";
import { MUNICIPALITY_LIST_HEADERS, SCHOOL_LIST_HEADERS, SCHOOL_NAME_HEADERS } from "../../src/consolidate/reference_list";
import type { Consolidation, ExpectedSchool } from "../../src/consolidate/types";
import type { FormSpec } from "../../src/forms/types";
import type { FileOutcome } from "../process_file";
import { readHistory } from "../history";
import type { ResultsDerived } from "../../src/region/results_derived";
import { consolidatedPlans } from "../../src/region/consolidated_plans";
import { dateOption, formOption, jobsOption, outputOption } from "../options";
import type { Output } from "../output";
import { readReferenceFile } from "../reference_file";
import { formatCount, plural, seconds } from "../text";
import { validateFiles } from "../validate_files";
import { workbookBuffer } from "../workbook_output";
import { writeFileAtomic } from "../write_atomic";
import { inputFiles } from "./validate";

export interface ConsolidateArgs {
  form: string;
  files: string[];
  output?: string;
  schools?: string;
  municipalities?: string;
  asOf?: string;
  excludeInvalid?: boolean;
  jobs?: string;
  /** files of the form from earlier years (`--history`) */
  history?: string[];
  /** add the `EDU.*` formula columns for coordinators with the add-in (results: `EDU.SHARE`) */
  formulas?: boolean;
}

export interface ConsolidateResult {
  code: number;
  consolidation: Consolidation;
  /** the derived results of a `results` consolidation (share below the threshold, RISK_30, stably low results) */
  derived?: ResultsDerived;
}

/**
 * Consolidates and writes the workbook.
 * @param args form, files, options
 * @param output where to print
 * @param base names of files in the table are relative to this folder (the demonstration)
 * @returns exit code and the consolidation
 * @example (await runConsolidate({ form: "context", files: ["школы"], output: "свод.xlsx" }, consoleOutput())).consolidation.stats.rows // => 59
 */
export async function runConsolidate(args: ConsolidateArgs, output: Output, base?: string): Promise<ConsolidateResult> {
  const spec = formOption(args.form);
  const asOf = args.asOf !== undefined ? dateOption(args.asOf) : undefined;
  const jobs = args.jobs !== undefined ? jobsOption(args.jobs) : undefined;
  outputOption(args.output, ".xlsx");
  const files = inputFiles(args.files, output, base);
  const target = outputOption(args.output, ".xlsx", files.map((f) => f.path));

  let schools: ExpectedSchool[] | undefined;
  if (args.schools) {
    const list = await readReferenceFile(args.schools, SCHOOL_LIST_HEADERS, SCHOOL_NAME_HEADERS, "перечень школ");
    schools = list.values.map((code, i) => ({ code, ...(list.names?.[i] ? { name: list.names[i] } : {}) }));
    if (!spec.columns.some((c) => c.key === "code")) output.err(`В форме «${spec.id}» нет столбца «Код ОО»: перечень школ не применён.`);
  }
  const municipalities = args.municipalities
    ? (await readReferenceFile(args.municipalities, MUNICIPALITY_LIST_HEADERS, undefined, "перечень муниципалитетов")).values
    : undefined;

  const history = args.history?.length ? await readHistory(args.history, spec, output) : undefined;
  if (args.formulas && spec.id !== "results") output.err(`--formulas: у свода формы «${spec.title}» нет столбцов с формулами надстройки — параметр не применён.`);

  const started = Date.now();
  const outcomes = await validateFiles(
    files,
    { formId: spec.id, rows: true, ...(asOf ? { asOf } : {}), ...(municipalities ? { municipalities } : {}), ...(history ? { history } : {}) },
    { ...(jobs ? { jobs } : {}), label: "Свод", output },
  );
  const result = await writeConsolidation(
    spec,
    outcomes,
    target,
    { excludeInvalid: args.excludeInvalid === true, ...(schools ? { schools } : {}), formulas: args.formulas === true },
    output,
  );
  if (output.progress && files.length >= 20) output.err(`Готово за ${seconds(Date.now() - started)}.`);
  return result;
}

/**
 * Consolidates validated files, writes the workbook and prints the summary.
 * @param spec the form
 * @param outcomes the files' outcomes with their rows, cross-file findings merged
 * @param target the output path
 * @param options rows with errors, expected schools, `EDU.*` formula columns (results)
 * @param output where to print
 * @returns exit code and the consolidation
 * @example (await writeConsolidation(CONTEXT, outcomes, "свод.xlsx", { excludeInvalid: false }, silentOutput)).code // => 1
 */
export async function writeConsolidation(
  spec: FormSpec,
  outcomes: readonly FileOutcome[],
  target: string,
  options: { excludeInvalid: boolean; schools?: ExpectedSchool[]; formulas?: boolean },
  output: Output,
): Promise<ConsolidateResult> {
  const c = consolidate(
    spec,
    outcomes.map((o) => ({ file: o.name, findings: o.findings, ...(o.table ? { table: o.table } : {}) })),
    { invalidRows: options.excludeInvalid ? "exclude" : "mark", ...(options.schools ? { schools: options.schools } : {}) },
  );
  // Results: the share below the threshold of every row, and per school RISK_30 and the stably low subjects.
  const planned = consolidatedPlans(c, spec, { ...(options.formulas ? { formulas: true } : {}), ...(options.schools ? { schools: options.schools } : {}) });
  const plans = planned.plans;
  const derived: ResultsDerived | undefined = planned.results?.derived;
  writeFileAtomic(target, await workbookBuffer(plans));

  const s = c.stats;
  const errors = c.findings.filter((f) => f.severity === "error").length;
  output.out(`Свод формы «${spec.title}» (${spec.id}): ${plural(s.files, "файл", "файла", "файлов")}, прочитано ${formatCount(s.readFiles)}.`);
  output.out(
    `В своде ${plural(s.rows, "строка", "строки", "строк")}; с ошибками — ${formatCount(s.rowsWithErrors)} (${c.invalidRows === "exclude" ? "исключены" : "включены и отмечены"}).`,
  );
  if (c.findings.length) {
    const counts = CONSOLIDATION_CODES.map((code) => [code, c.findings.filter((f) => f.code === code).length] as const).filter(([, n]) => n > 0);
    output.out(
      `Замечания: ${plural(errors, "ошибка", "ошибки", "ошибок")}, ${plural(c.findings.length - errors, "предупреждение", "предупреждения", "предупреждений")} — ` +
        counts.map(([code, n]) => `${CONSOLIDATION_KINDS_RU[code]}: ${formatCount(n)}`).join("; "),
    );
  } else output.out("Замечаний нет.");
  if (derived) {
    output.out(
      `По школам (${derived.years.length ? `годы ${derived.years.join(", ")}` : "нет учебных годов"}): риск 30 % — ${formatCount(derived.counts.risk)}, ` +
        `стабильно низкие результаты — ${formatCount(derived.counts.stablyLow)} из ${plural(derived.counts.schools, "школы", "школ", "школ")}.`,
    );
  }
  const sheets = plans.map((p) => `«${p.sheetName}»`).join(", ");
  output.out(`Записано: ${target} (листы ${sheets})`);
  return { code: errors ? 1 : 0, consolidation: c, ...(derived ? { derived } : {}) };
}

/**
 * The command: exit code only.
 * @example await consolidateCommand({ form: "context", files: ["школы"], output: "свод.xlsx" }, consoleOutput()) // => 0 or 1
 */
export async function consolidateCommand(args: ConsolidateArgs, output: Output): Promise<number> {
  return (await runConsolidate(args, output)).code;
}
