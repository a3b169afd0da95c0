/**
 * `required`: the cell must be filled (always, or when a condition on another column holds, e.g. `Класс` for ВПР).
 */
import type { Check } from "./check_types";
import type { Condition } from "../../forms/types";
import { describeExpected } from "../../forms/describe";
import { blank } from "../../plan/native_expr";

type Rule = { kind: "required"; when?: Condition };

export const requiredCheck: Check<Rule> = {
  kind: "required",
  codes: ["required"],
  prepare(env, col, rule) {
    const expected = `значение — ${describeExpected(col.spec)}`;
    const problem = `Не заполнен обязательный столбец «${col.header}»${rule.when ? ` (обязателен ${rule.when.label})` : ""}`;
    return {
      row(v) {
        const c = v.cells[col.index];
        if (!c || !c.blank) return;
        if (rule.when && !env.holds(rule.when, v)) return;
        env.emit("required", col, v, { params: { problem, expected } });
      },
    };
  },
  native(env, col, rule) {
    const bad = env.d.and([rule.when ? env.cond(rule.when) : "", blank(env.ref(col), col.spec.naMarks, env.d)]);
    return { items: [{ code: "required", bad, text: rule.when ? `не заполнено (обязательно ${rule.when.label})` : "не заполнено" }] };
  },
};
