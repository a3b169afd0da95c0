/**
 * Progress of a batch on stderr: a bar when stderr is a terminal, otherwise a plain line every tenth of the batch
 * (logs of scheduled runs stay readable); nothing with `--quiet` or for a few files.
 */
import cliProgress from "cli-progress";
import type { Output } from "./output";
import { formatCount } from "./text";

/** Below this many files a batch finishes before a bar would be worth drawing. */
const MIN_FILES = 20;

export interface Progress {
  tick(): void;
  stop(): void;
}

/** Remaining time in Russian: «45 с», «3 мин 20 с», «1 ч 5 мин» (rounded to 5 s above a minute). */
function russianTime(t: number): string {
  if (!Number.isFinite(t) || t < 0) return "…";
  const s = Math.round(t);
  if (s < 60) return `${s} с`;
  const r = Math.round(s / 5) * 5;
  if (r < 3600) return `${Math.floor(r / 60)} мин ${r % 60} с`;
  return `${Math.floor(r / 3600)} ч ${Math.floor((r % 3600) / 60)} мин`;
}

/**
 * A progress reporter for a batch.
 * @param total number of files
 * @param label what is done, e.g. «Проверка»
 * @param output where progress goes; `output.progress` false silences it
 * @returns the reporter
 * @example const p = startProgress(2000, "Проверка", consoleOutput()); p.tick(); p.stop()
 */
export function startProgress(total: number, label: string, output: Output): Progress {
  if (!output.progress || total < MIN_FILES) return { tick: () => undefined, stop: () => undefined };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} |{bar}| {value} из {total} файлов · {percentage} % · осталось {eta_formatted}`,
        barCompleteChar: "█",
        barIncompleteChar: "░",
        hideCursor: true,
        stream: process.stderr,
        etaBuffer: 50,
        fps: 10,
        formatTime: russianTime,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { tick: () => bar.increment(), stop: () => bar.stop() };
  }
  let done = 0;
  let nextReport = Math.ceil(total / 10);
  return {
    tick() {
      done++;
      if (done >= nextReport && done < total) {
        output.err(`${label}: ${formatCount(done)} из ${formatCount(total)} файлов (${Math.floor((done * 100) / total)} %)`);
        nextReport += Math.ceil(total / 10);
      }
    },
    stop() {
      if (done === total) output.err(`${label}: ${formatCount(done)} из ${formatCount(total)} файлов (100 %)`);
    },
  };
}
