/**
 * `edu-roadmap forms`: the forms with their ids and titles, and the presets of each (`--preset` of `scaffold`).
 */
import { FORMS } from "../../src/forms/specs";
import { presetsFor } from "../../src/forms/presets";
import type { Output } from "../output";

/**
 * Prints the forms.
 * @param output where to print
 * @returns exit code 0
 * @example formsCommand(consoleOutput()) // => 0
 */
export function formsCommand(output: Output): number {
  const width = Math.max(...FORMS.map((f) => f.id.length));
  output.out("Формы (идентификатор — название):");
  let kind = "";
  for (const f of FORMS) {
    const k = f.kind === "data" ? "Формы данных (заполняют школы и муниципалитеты; проверяются и сводятся):" : "Таблицы дорожной карты:";
    if (k !== kind) {
      output.out("");
      output.out(k);
      kind = k;
    }
    output.out(`  ${f.id.padEnd(width)}  ${f.title}`);
    for (const p of presetsFor(f.id)) output.out(`  ${" ".repeat(width)}    --preset ${p.name}: ${p.title}`);
  }
  output.out("");
  output.out("Пример: edu-roadmap scaffold context results -o шаблоны.xlsx");
  return 0;
}
