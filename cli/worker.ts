/**
 * A worker thread of a batch: takes file tasks one at a time and answers with each file's outcome. The config
 * comes once, with the worker's start.
 */
import { parentPort, workerData } from "worker_threads";
import { processFile, type BatchConfig, type FileTask } from "./process_file";

const config = (workerData as { config: BatchConfig }).config;

parentPort?.on("message", (task: FileTask) => {
  void processFile(task, config).then((outcome) => parentPort?.postMessage(outcome));
});
