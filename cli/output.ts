/**
 * Where a command writes what it tells the person: results to stdout, progress and problems to stderr.
 * The demonstration passes a quiet one to the commands it runs and prints its own summary.
 */
export interface Output {
  /** a line of the result (stdout) */
  out(line: string): void;
  /** a line about progress or a problem (stderr) */
  err(line: string): void;
  /** progress bars and periodic progress lines are wanted */
  progress: boolean;
}

/**
 * The terminal: stdout and stderr.
 * @example consoleOutput(true).progress // => false
 */
export function consoleOutput(quiet = false): Output {
  return {
    out: (line) => void process.stdout.write(`${line}\n`),
    err: (line) => void process.stderr.write(`${line}\n`),
    progress: !quiet,
  };
}

/** Output that keeps nothing: commands run inside another command. */
export const silentOutput: Output = { out: () => undefined, err: () => undefined, progress: false };
