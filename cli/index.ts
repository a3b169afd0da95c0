/**
 * The command line `edu-roadmap`: forms, scaffold, validate, consolidate, swi, demo. The only place of the project
 * that touches the file system; everything it computes comes from `src/`.
 */
import { run } from "./program";

export { run } from "./program";

/**
 * Runs with the process's arguments and exits with the command's code.
 * @example main() // `edu-roadmap validate context школы/` sets process.exitCode to 0, 1 or 2
 */
export function main(): void {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`Непредвиденная ошибка: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) main();
