/**
 * A worker thread of the demonstration: writes its share of the demonstration's files (the set is deterministic,
 * so each worker builds the same set and writes the files at its indices).
 */
import path from "path";
import { parentPort, workerData } from "worker_threads";
import { demoSet } from "../src/demo/demo_set";
import { demoFileBuffer } from "./demo_files";
import { writeFileAtomic } from "./write_atomic";

const { dir, indices } = workerData as { dir: string; indices: number[] };

async function writeShare(): Promise<void> {
  const set = demoSet();
  for (const i of indices) {
    const f = set.files[i];
    writeFileAtomic(path.join(dir, ...f.path.split("/")), await demoFileBuffer(f, set.region.municipalities));
  }
}

writeShare().then(
  () => parentPort?.postMessage({ ok: true }),
  (e: unknown) => parentPort?.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) }),
);
