/**
 * The two ways a command ends early: wrong usage (exit code 2) and a failure to do the work (exit code 1). Both carry
 * one Russian line for the person at the terminal; nothing else reaches them as a stack trace.
 */

/** Wrong usage: unknown form, missing `-o`, a bad option value. Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The work could not be done: an output not written, an input without the expected table. Exit code 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** Exit codes of the command line. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
