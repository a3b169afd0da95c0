/**
 * `part-exceeds-total` (rule `lte`): a part must not exceed its total in the same row — a category of students
 * not above `Численность обучающихся`, those below the threshold not above `Число участников`.
 */
import type { Check } from "./check_types";
import { num } from "../../plan/native_expr";
import { describeValue } from "./values";

type Rule = { kind: "lte"; column: string };

export const partExceedsTotalCheck: Check<Rule> = {
  kind: "lte",
  codes: ["part-exceeds-total"],
  prepare(env, col, rule) {
    const total = env.related(rule.column, col);
    if (!total) return undefined;
    return {
      row(v) {
        const part = v.cells[col.index];
        const whole = v.cells[total.index];
        if (!part || !whole || part.num === undefined || whole.num === undefined || part.num <= whole.num) return;
        env.emit("part-exceeds-total", col, v, {
          params: { field: col.header, value: describeValue(part.raw), total: total.header, totalValue: describeValue(whole.raw) },
        });
      },
    };
  },
  native(env, col, rule) {
    const total = env.related(rule.column, col);
    if (!total) return undefined;
    const x = env.ref(col);
    const t = env.ref(total);
    return {
      items: [{ code: "part-exceeds-total", bad: env.d.orError(`(${num(x)})>(${num(t)})`, false), text: `больше, чем «${total.header}»` }],
      dv: { custom: `OR(NOT(ISNUMBER(${t})),${x}<=${t})` },
    };
  },
};
