/**
 * A batch of files on every core: a pool of worker threads (one per core by default), each reading and validating
 * one file at a time and sending back only its findings and table, so memory stays bounded however many files
 * there are. Outcomes are stored by the file's position, so the result does not depend on which worker finished
 * first. A worker that dies (a hostile file exhausting its memory) or hangs costs only its file, which becomes an
 * `unreadable` finding, and is replaced. Small batches run in the main thread: starting workers costs more.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { Worker } from "worker_threads";
import { unreadableFinding } from "../src/validate/report";
import { processFile, type BatchConfig, type FileOutcome, type FileTask } from "./process_file";

/** Batches up to this size run in the main thread. */
export const INLINE_MAX = 12;
/** A file that takes longer than this is given up (its worker is stopped). */
export const FILE_TIMEOUT_MS = 120_000;
/**
 * Heap limit of a worker: a file that gets past the safe loader's limits and still exhausts memory costs its worker,
 * not the whole run. Not lower: with 1 GiB two workers spent 15–20 % more CPU time on the same 100 template files
 * than with 2 or 4 GiB (more garbage collection in a heap V8 sees as small).
 */
const WORKER_HEAP_MB = 2048;

export interface BatchOptions {
  /** number of workers; default the number of cores available */
  jobs?: number;
  /** called after each file */
  onFile?: (outcome: FileOutcome) => void;
  timeoutMs?: number;
}

/**
 * The number of cores to use by default.
 * @example defaultJobs() // => 2 on a two-core machine
 */
export function defaultJobs(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : Math.max(1, os.cpus().length);
}

/**
 * Processes files, in parallel when worth it.
 * @param tasks the files, with their positions
 * @param config form and options of the batch
 * @param options workers, progress callback, per-file timeout
 * @returns one outcome per task, in the tasks' order
 * @example (await runBatch(tasks, { formId: "context", rows: false }, { jobs: 2 })).length // => tasks.length
 */
export async function runBatch(tasks: readonly FileTask[], config: BatchConfig, options: BatchOptions = {}): Promise<FileOutcome[]> {
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  const script = path.join(__dirname, "worker.js");
  if (tasks.length <= INLINE_MAX || jobs === 1 || !fs.existsSync(script)) {
    const out: FileOutcome[] = [];
    for (const t of tasks) {
      const o = await processFile(t, config);
      out.push(o);
      options.onFile?.(o);
    }
    return out;
  }
  return runPool(tasks, config, Math.min(jobs, tasks.length), script, options);
}

function runPool(tasks: readonly FileTask[], config: BatchConfig, size: number, script: string, options: BatchOptions): Promise<FileOutcome[]> {
  const timeoutMs = options.timeoutMs ?? FILE_TIMEOUT_MS;
  const results: (FileOutcome | undefined)[] = new Array(tasks.length);
  let next = 0;
  let finished = 0;

  return new Promise((resolve) => {
    const settle = (outcome: FileOutcome): void => {
      if (results[outcome.index] !== undefined) return;
      results[outcome.index] = outcome;
      finished++;
      options.onFile?.(outcome);
    };

    const start = (): void => {
      const worker = new Worker(script, { workerData: { config }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      let current: FileTask | undefined;
      let timer: NodeJS.Timeout | undefined;
      let retired = false;

      const feed = (): void => {
        if (next >= tasks.length) {
          current = undefined;
          retired = true;
          void worker.terminate();
          if (finished === tasks.length) done();
          return;
        }
        current = tasks[next++];
        timer = setTimeout(() => fail(`файл обрабатывался дольше ${Math.round(timeoutMs / 1000)} с — проверка прервана`), timeoutMs);
        worker.postMessage(current);
      };

      const fail = (reason: string): void => {
        if (retired) return;
        retired = true;
        if (timer) clearTimeout(timer);
        const task = current;
        void worker.terminate();
        if (task) settle({ index: task.index, name: task.name, findings: [unreadableFinding(reason)] });
        // The rest of the batch goes on with a fresh worker.
        if (next < tasks.length) start();
        else if (finished === tasks.length) done();
      };

      worker.on("message", (outcome: FileOutcome) => {
        if (timer) clearTimeout(timer);
        settle(outcome);
        feed();
      });
      worker.on("error", (e: Error & { code?: string }) => {
        fail(
          e.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? "файлу не хватило памяти при чтении — возможно, он повреждён или намеренно раздут"
            : `обработка файла прервалась: ${e.message}`,
        );
      });
      worker.on("exit", (code) => {
        if (!retired) fail(`обработка файла прервалась (код ${code})`);
      });
      feed();
    };

    let resolved = false;
    const done = (): void => {
      if (resolved) return;
      resolved = true;
      resolve(results.map((r, i) => r ?? { index: i, name: tasks[i].name, findings: [unreadableFinding("файл не обработан")] }));
    };

    for (let i = 0; i < size; i++) start();
  });
}
