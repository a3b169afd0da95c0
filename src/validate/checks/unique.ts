/**
 * `unique`: a value (or a combination of columns: school × year × procedure × subject × grade) appears once in
 * the table — and, when the files of one consolidation share an index, once across the files. The later
 * occurrence is the finding; its message names the row (or file) of the first one, so both rows are known.
 */
import type { Check } from "./check_types";
import type { FormColumn } from "../../forms/types";
import { present } from "../../plan/native_expr";
import { uniqueKey } from "../unique_key";
import { crossFileUniqueFinding, uniqueProblem } from "../unique_finding";
import { describeValue, findingValue } from "./values";

type Rule = { kind: "unique"; with?: readonly string[] };

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
    const names = cols.map((c) => c.header);
    const firstSeen = new Map<string, number>();
    const cross = env.options.crossFile;
    return {
      row(v) {
        const c = v.cells[col.index];
        if (!c || c.blank) return;
        const key = uniqueKey(cols.map((k) => v.cells[k.index]));
        const problem = uniqueProblem(names, describeValue(c.raw));
        const expected = composite ? "одна строка на каждое сочетание этих столбцов" : "уникальное значение";
        const first = firstSeen.get(key);
        if (first !== undefined) {
          env.emit("unique", col, v, { params: { problem, first: `в строке ${first}`, expected } });
          return;
        }
        firstSeen.set(key, v.row);
        if (!cross) return;
        const crossKey = `${env.form.id}\u0002${key}`;
        const other = cross.index.seen.get(crossKey);
        if (other && other.file !== cross.file) {
          const f = crossFileUniqueFinding({ sheet: env.sheet, cell: env.address(col, v.row), field: col.header, value: findingValue(c.raw), described: describeValue(c.raw), names, first: other });
          env.emit("unique", col, v, { params: {}, message: f.message });
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
      items: [{ code: "unique", bad: env.d.and([present(env.ref(col)), `${count}>1`]), text: cols.length === 1 ? "повторяется выше" : "строка повторяется выше" }],
    };
  },
};
