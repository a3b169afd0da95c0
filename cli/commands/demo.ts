/**
 * `edu-roadmap demo [dir]`: the whole job on a synthetic region. Writes the blank templates, sixty school files
 * and the municipalities' results with a few mistakes schools really make, validates them (reports in JSON and
 * Excel), consolidates them, computes the index, and says what it did, where the outputs are and whether every
 * planted mistake was found. Deterministic: the same files and findings on every run.
 */
import fs from "fs";
import path from "path";
import { buildSheetPlan } from "../../src/plan/build_sheet_plan";
import { CONTEXT } from "../../src/forms/specs/context";
import { RESULTS } from "../../src/forms/specs/results";
import { planWorkbookBuffer } from "../../src/xlsx/write_plan";
import { demoSet, DEMO_FOLDERS, type MistakeExpectation, type PlantedMistake } from "../../src/demo/demo_set";
import type { Consolidation } from "../../src/consolidate/types";
import type { Report } from "../../src/validate/report";
import { UsageError } from "../errors";
import type { Output } from "../output";
import { silentOutput } from "../output";
import { reportContents } from "../report_output";
import { plural, formatCount, seconds } from "../text";
import { writeFileAtomic } from "../write_atomic";
import { writeDemoFiles } from "../write_demo_files";
import { defaultJobs } from "../run_batch";
import { jobsOption } from "../options";
import { runValidate } from "./validate";
import { writeConsolidation } from "./consolidate";
import { runSwi } from "./swi";

/** The default folder of the demonstration (the same text is in the command's help). */
export const DEMO_DIR = "edu-roadmap-demo";
/** A file that marks a folder as the demonstration's, so a second run may overwrite it and nothing else. */
const MARKER_FILE = ".edu-roadmap-demo";

export interface DemoArgs {
  dir?: string;
  jobs?: string;
}

/** Refuses a folder that holds something other than an earlier demonstration. */
function checkFolder(dir: string): void {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(dir);
  } catch {
    return;
  }
  if (!st.isDirectory()) throw new UsageError(`«${dir}» — файл, а не папка: укажите папку для демонстрации.`);
  const entries = fs.readdirSync(dir);
  if (entries.length && !entries.includes(MARKER_FILE)) {
    throw new UsageError(`Папка «${dir}» не пуста и не похожа на папку демонстрации: укажите новую папку, например edu-roadmap demo ${DEMO_DIR}.`);
  }
}

interface Evidence {
  reports: Map<string, Report>;
  consolidations: Consolidation[];
}

/** Whether an expectation holds, and how it was found (for the summary). */
function check(m: PlantedMistake, e: MistakeExpectation, ev: Evidence): { ok: boolean; how: string } {
  const fileReport = [...ev.reports.values()].flatMap((r) => r.files).find((f) => f.file === m.file);
  const rowsOf = (file: string) => ev.consolidations.flatMap((c) => c.rows.filter((r) => r.file === file).map((r) => ({ r, c })));
  switch (e.kind) {
    case "finding": {
      const f = fileReport?.issues.find((i) => i.code === e.code && (e.field === undefined || i.field === e.field));
      return { ok: !!f, how: f ? `${f.code}${f.cell ? ` в ${f.cell}` : ""}` : `нет находки ${e.code}` };
    }
    case "accepted": {
      const clean = fileReport !== undefined && fileReport.issues.length === 0;
      const row = rowsOf(m.file).find(({ r, c }) => r.values[c.columns.indexOf(e.field)] === e.value);
      return { ok: clean && !!row, how: clean && row ? `принято: в своде число ${e.value}` : "не принято" };
    }
    case "recognised": {
      const row = rowsOf(m.file).find(({ r }) => r.sheet === e.sheet);
      const clean = fileReport !== undefined && fileReport.issues.length === 0;
      return { ok: clean && !!row, how: row ? `лист «${e.sheet}» распознан, строка в своде` : "лист не распознан" };
    }
    case "duplicate": {
      const f = ev.consolidations.some((c) => c.findings.some((x) => x.code === "duplicate" && x.key === e.code));
      return { ok: f, how: f ? `в своде: повтор ${e.code}` : "повтор не найден" };
    }
    case "missing": {
      const f = ev.consolidations.some((c) => c.findings.some((x) => x.code === "missing" && x.key === e.code));
      return { ok: f, how: f ? `в своде: нет данных школы ${e.code}` : "пропуск не найден" };
    }
  }
}

/**
 * Runs the demonstration.
 * @returns exit code 0 when every planted mistake was found
 * @example await demoCommand({ dir: "edu-roadmap-demo" }, consoleOutput()) // => 0
 */
export async function demoCommand(args: DemoArgs, output: Output): Promise<number> {
  const started = Date.now();
  const dir = args.dir ?? DEMO_DIR;
  const jobCount = args.jobs ? jobsOption(args.jobs) : defaultJobs();
  checkFolder(dir);
  const at = (rel: string): string => path.join(dir, ...rel.split("/"));
  writeFileAtomic(at(MARKER_FILE), "Папка демонстрации edu-roadmap: её можно удалить или запустить демонстрацию заново.\n");

  const set = demoSet();
  const municipalities = set.region.municipalities;
  const write = (rel: string, data: Buffer | string): void => writeFileAtomic(at(rel), data);

  // 1–2. The files schools and municipalities sent back (on the workers) and, meanwhile, the blank templates the
  // region sends to schools and the reference lists.
  const templates = [`${DEMO_FOLDERS.templates}/context.xlsx`, `${DEMO_FOLDERS.templates}/results.xlsx`];
  const templatesAndLists = async (): Promise<void> => {
    write(templates[0], await planWorkbookBuffer([buildSheetPlan(CONTEXT, { municipalities, years: [2025] })]));
    write(templates[1], await planWorkbookBuffer([buildSheetPlan(RESULTS, { years: [2025] })]));
    const csv = ["Код ОО;Наименование ОО;Муниципальное образование", ...set.schoolList.map((s) => [s.code, `"${s.name.replace(/"/g, '""')}"`, s.municipality].join(";"))];
    write(set.lists.schools, `\ufeff${csv.join("\r\n")}\r\n`);
    write(set.lists.municipalities, `${municipalities.join("\n")}\n`);
  };
  const failed = (await Promise.allSettled([writeDemoFiles(dir, set, jobCount), templatesAndLists()])).find((r) => r.status === "rejected");
  if (failed) throw (failed as PromiseRejectedResult).reason;

  // 3–5. The commands a coordinator runs, on those files.
  const quiet = silentOutput;
  const jobs = args.jobs ? { jobs: args.jobs } : {};
  const out = {
    contextJson: `${DEMO_FOLDERS.checks}/контекст.json`,
    contextXlsx: `${DEMO_FOLDERS.checks}/контекст.xlsx`,
    resultsJson: `${DEMO_FOLDERS.checks}/результаты.json`,
    resultsXlsx: `${DEMO_FOLDERS.checks}/результаты.xlsx`,
    contextTable: `${DEMO_FOLDERS.consolidated}/контекст.xlsx`,
    resultsTable: `${DEMO_FOLDERS.consolidated}/результаты.xlsx`,
    index: `${DEMO_FOLDERS.index}/исб.xlsx`,
  };
  // Each form's files are read once: the same outcomes give the report and the consolidation.
  const validatedContext = await runValidate(
    { form: "context", files: [at(DEMO_FOLDERS.schools)], municipalities: at(set.lists.municipalities), report: at(out.contextJson), ...jobs },
    quiet,
    dir,
    true,
  );
  writeFileAtomic(at(out.contextXlsx), await reportContents(validatedContext.report, "xlsx", `${CONTEXT.title} (context)`));
  const validatedResults = await runValidate({ form: "results", files: [at(DEMO_FOLDERS.results)], report: at(out.resultsJson), ...jobs }, quiet, dir, true);
  writeFileAtomic(at(out.resultsXlsx), await reportContents(validatedResults.report, "xlsx", `${RESULTS.title} (results)`));
  const schools = set.schoolList.map((s) => ({ code: s.code, name: s.name }));
  const context = await writeConsolidation(CONTEXT, validatedContext.outcomes, at(out.contextTable), { excludeInvalid: false, schools }, quiet);
  // The results' consolidation also gives «По школам»: RISK_30 and the stably low subjects of each school.
  const results = await writeConsolidation(RESULTS, validatedResults.outcomes, at(out.resultsTable), { excludeInvalid: false, schools }, quiet);
  const swi = await runSwi({ input: at(out.contextTable), results: at(out.resultsTable), output: at(out.index) }, quiet);

  // What was found of the planted mistakes.
  const evidence: Evidence = {
    reports: new Map([
      ["context", validatedContext.report],
      ["results", validatedResults.report],
    ]),
    consolidations: [context.consolidation, results.consolidation],
  };
  const checks = set.mistakes.map((m) => ({ m, results: m.expect.map((e) => check(m, e, evidence)) }));
  const found = checks.filter((c) => c.results.every((r) => r.ok)).length;

  const vc = validatedContext.report.stats;
  const vr = validatedResults.report.stats;
  const cs = context.consolidation.stats;
  const ic = swi.index.counts;
  const derived = results.derived;
  const flagged = (code: string): string => {
    const s = derived?.schools.find((x) => x.code === code);
    const low = s?.assessments.filter((a) => a.stablyLow).map((a) => a.label) ?? [];
    return `${code}${s?.name ? ` ${s.name}` : ""}: ${[s?.risk ? "риск 30 %" : "", low.length ? `стабильно низкие — ${low.join(", ")}` : ""].filter(Boolean).join("; ") || "—"}`;
  };
  const lines: string[] = [
    `Демонстрация edu-roadmap: ${set.region.name} (вымышленный) — ${plural(set.region.schools.length, "школа", "школы", "школ")} в ${plural(municipalities.length, "муниципалитете", "муниципалитетах", "муниципалитетах")}.`,
    `Папка: ${dir}`,
    "",
    `1. Шаблоны форм для школ: ${templates.join(", ")}`,
    `2. Файлы школ (${DEMO_FOLDERS.schools}/): ${formatCount(set.files.filter((f) => f.path.startsWith(DEMO_FOLDERS.schools)).length)}; результаты муниципалитетов (${DEMO_FOLDERS.results}/): ${formatCount(
      set.files.filter((f) => f.path.startsWith(DEMO_FOLDERS.results)).length,
    )}; перечни: ${set.lists.schools}, ${set.lists.municipalities}`,
    `3. Проверка: контекстные данные — ${plural(vc.files, "файл", "файла", "файлов")}, без ошибок ${formatCount(vc.validFiles)}, ${plural(vc.errors, "ошибка", "ошибки", "ошибок")}; ` +
      `результаты — ${plural(vr.files, "файл", "файла", "файлов")}, ${plural(vr.errors, "ошибка", "ошибки", "ошибок")}.`,
    `   Отчёты: ${out.contextJson}, ${out.contextXlsx}, ${out.resultsJson}, ${out.resultsXlsx}`,
    `4. Свод: ${out.contextTable} — ${plural(cs.rows, "строка", "строки", "строк")} из ${plural(cs.files, "файла", "файлов", "файлов")}, с ошибками ${formatCount(cs.rowsWithErrors)} (отмечены), ` +
      `${plural(context.consolidation.findings.length, "замечание", "замечания", "замечаний")}; ${out.resultsTable} — ${plural(results.consolidation.stats.rows, "строка", "строки", "строк")}.`,
    `5. ИСБ: ${out.index} — школ ${formatCount(ic.schools)}, ИСБ рассчитан у ${formatCount(ic.withSwi)}; группы 1–4: ${ic.groups.join(", ")}; ` +
      `тип школы по «${swi.index.results?.label ?? "—"}»: ${["НОР и НСУ", "резильентная", "НСУ", "НОР"].map((t) => `${t} — ${ic.types[t] ?? 0}`).join(", ")}.`,
    `6. По школам (${out.resultsTable}, лист «По школам»): годы ${derived?.years.join(", ") ?? "—"}; риск 30 % — ${formatCount(derived?.counts.risk ?? 0)}, ` +
      `стабильно низкие результаты — ${formatCount(derived?.counts.stablyLow ?? 0)} из ${plural(derived?.counts.schools ?? 0, "школы", "школ", "школ")}; например, ${flagged(set.region.planted.stablyLow)}; ${flagged(set.region.planted.risk)}.`,
    "",
    `Заложенные ошибки: найдено ${found} из ${set.mistakes.length}.`,
    ...checks.map(({ m, results: rs }) => `  ${rs.every((r) => r.ok) ? "✓" : "✗"} ${m.title} — ${m.file}: ${rs.map((r) => r.how).join("; ")}`),
    "",
    "То же вручную (из папки, где лежит демонстрация):",
    `  npx edu-roadmap validate context ${dir}/${DEMO_FOLDERS.schools} --municipalities ${dir}/${set.lists.municipalities} --report отчёт.xlsx`,
    `  npx edu-roadmap consolidate context ${dir}/${DEMO_FOLDERS.schools} --schools ${dir}/${set.lists.schools} -o свод-контекст.xlsx`,
    `  npx edu-roadmap consolidate results ${dir}/${DEMO_FOLDERS.results} -o свод-результаты.xlsx`,
    "  npx edu-roadmap swi свод-контекст.xlsx --results свод-результаты.xlsx -o исб.xlsx",
  ];
  write("итоги.txt", `${lines.join("\n")}\n`);
  for (const l of lines) output.out(l);
  output.out(`Итоги записаны в ${path.join(dir, "итоги.txt")}.`);
  if (output.progress) output.err(`Готово за ${seconds(Date.now() - started)}.`);
  return found === set.mistakes.length ? 0 : 1;
}
