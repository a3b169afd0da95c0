/**
 * Validation of many files of one form: the batch on every core, then uniqueness across files decided in the
 * files' order — the same findings whichever worker finished first.
 */
import { crossFileFindings, mergeFindings } from "../src/consolidate/cross_file_findings";
import type { Output } from "./output";
import type { BatchConfig, FileOutcome, FileTask } from "./process_file";
import { startProgress } from "./progress";
import { runBatch } from "./run_batch";

/**
 * Validates the files.
 * @param files paths and the names reports show, in order
 * @param config form and options
 * @param options workers, progress label, output
 * @returns outcomes in the files' order, cross-file findings merged in
 * @example (await validateFiles([{ path: "a.xlsx", name: "a.xlsx" }], { formId: "context", rows: false }, { label: "Проверка", output })).length // => 1
 */
export async function validateFiles(
  files: readonly { path: string; name: string }[],
  config: BatchConfig,
  options: { jobs?: number; label: string; output: Output },
): Promise<FileOutcome[]> {
  const tasks: FileTask[] = files.map((f, index) => ({ index, path: f.path, name: f.name }));
  const progress = startProgress(tasks.length, options.label, options.output);
  let outcomes: FileOutcome[];
  try {
    outcomes = await runBatch(tasks, config, { ...(options.jobs ? { jobs: options.jobs } : {}), onFile: () => progress.tick() });
  } finally {
    progress.stop();
  }
  const extra = crossFileFindings(outcomes.map((o) => ({ file: o.name, sheet: o.table?.sheet ?? "", keys: o.table?.keys ?? [] })));
  return outcomes.map((o, i) => (extra[i].length ? { ...o, findings: mergeFindings(o.findings, extra[i]) } : o));
}
