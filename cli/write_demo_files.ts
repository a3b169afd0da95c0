/**
 * Writing the demonstration's files on every core: the files are dealt round-robin to worker threads, each of which
 * builds the same deterministic set and writes its share; with one core (or before the build) they are written here.
 */
import fs from "fs";
import path from "path";
import { Worker } from "worker_threads";
import type { DemoSet } from "../src/demo/demo_set";
import { demoFileBuffer } from "./demo_files";
import { CliError } from "./errors";
import { writeFileAtomic } from "./write_atomic";

/**
 * Writes every file of the set under `dir`.
 * @param dir the demonstration's folder
 * @param set the set (its files are written at their relative paths)
 * @param jobs number of threads
 * @throws {CliError} when a file cannot be written
 * @example await writeDemoFiles("edu-roadmap-demo", demoSet(), 2)
 */
export async function writeDemoFiles(dir: string, set: DemoSet, jobs: number): Promise<void> {
  const script = path.join(__dirname, "demo_worker.js");
  const n = Math.min(jobs, set.files.length);
  if (n <= 1 || !fs.existsSync(script)) {
    for (const f of set.files) writeFileAtomic(path.join(dir, ...f.path.split("/")), await demoFileBuffer(f, set.region.municipalities));
    return;
  }
  const shares: number[][] = Array.from({ length: n }, () => []);
  set.files.forEach((_, i) => shares[i % n].push(i));
  const errors = await Promise.all(
    shares.map(
      (indices) =>
        new Promise<string | undefined>((resolve) => {
          const worker = new Worker(script, { workerData: { dir, indices } });
          let answered = false;
          worker.once("message", (m: { ok: boolean; error?: string }) => {
            answered = true;
            resolve(m.ok ? undefined : m.error);
            void worker.terminate();
          });
          worker.once("error", (e) => {
            answered = true;
            resolve(e.message);
          });
          worker.once("exit", (code) => {
            if (!answered) resolve(`поток записи завершился с кодом ${code}`);
          });
        }),
    ),
  );
  const failed = errors.find((e) => e !== undefined);
  if (failed) throw new CliError(failed);
}
