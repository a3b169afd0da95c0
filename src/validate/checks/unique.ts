/**
 * `unique`: a value (or a combination of columns: school × year × procedure × subject × grade) appears once in
 * the table — and, when the files of one consolidation share an index, once across the files. The later
 * occurrence is the finding; its message names the row (or file) of the first one, so both rows are known.
 */
import type { Check, Cell } from "./check_types";
import type { FormColumn } from "../../forms/types";
import { normalizeText } from "../../forms/normalize";
import { and, present } from "../../plan/native_expr";
import { describeValue } from "./values";

type Rule = { kind: "unique"; with?: readonly string[] };

/** The comparable text of a cell: canonical enum value, else normalised text; "" when blank. */
function keyPart(c: Cell | undefined): string {
  if (!c || c.blank) return "";
  if (c.canon !== undefined) return normalizeText(c.canon);
  if (c.num !== undefined) return String(c.num);
  return c.text === undefined ? "" : normalizeText(c.text);
}

export const uniqueCheck: Check<Rule> = {
  kind: "unique",
  codes: ["unique"],
  prepare(env, col, rule) {
    const cols: FormColumn[] = [col];
    for (const k of rule.with ?? []) {
      const other = env.related(k, col);
      if (other) cols.push(other);
    }
    const composite = cols.length > 1;
    const names = cols.map((c) => `«${c.header}»`).join(", ");
    const firstSeen = new Map<string, number>();
    const cross = env.options.crossFile;
    return {
      row(v) {
        const c = v.cells[col.index];
        if (!c || c.blank) return;
        const key = cols.map((k) => keyPart(v.cells[k.index])).join("\u0001");
        const problem = composite
          ? `Строка повторяет сочетание ${names}`
          : `Значение ${describeValue(c.raw)} в столбце «${col.header}» повторяется`;
        const expected = composite ? "одна строка на каждое сочетание этих столбцов" : "уникальное значение";
        const first = firstSeen.get(key);
        if (first !== undefined) {
          env.emit("unique", col, v, { params: { problem, first: `строке ${first}`, expected } });
          return;
        }
        firstSeen.set(key, v.row);
        if (!cross) return;
        const crossKey = `${env.form.id}\u0002${key}`;
        const other = cross.index.seen.get(crossKey);
        if (other && other.file !== cross.file) {
          env.emit("unique", col, v, {
            params: { problem, first: `файле «${other.file}» (лист «${other.sheet}», ячейка ${other.cell})`, expected: "значение, уникальное во всех файлах" },
          });
        } else if (!other) {
          cross.index.seen.set(crossKey, { file: cross.file, sheet: env.sheet, cell: env.address(col, v.row) });
        }
      },
    };
  },
  native(env, col, rule) {
    const cols: FormColumn[] = [col];
    for (const k of rule.with ?? []) {
      const other = env.related(k, col);
      if (other) cols.push(other);
    }
    const count =
      cols.length === 1
        ? `COUNTIF(${env.above(col)},${env.ref(col)}&"")`
        : `COUNTIFS(${cols.map((c) => `${env.above(c)},${env.ref(c)}&""`).join(",")})`;
    return {
      items: [{ code: "unique", bad: and([present(env.ref(col)), `${count}>1`]), text: cols.length === 1 ? "повторяется выше" : "строка повторяется выше" }],
    };
  },
};
