/**
 * `empty` (code `required`): the cell must stay empty when a condition holds — `Класс` is given for ВПР only.
 * The presence rule of a field, so it shares the `required` code.
 */
import type { Check } from "./check_types";
import type { Condition } from "../../forms/types";
import { present } from "../../plan/native_expr";
import { describeValue } from "./values";

type Rule = { kind: "empty"; when: Condition };

export const emptyCheck: Check<Rule> = {
  kind: "empty",
  codes: ["required"],
  prepare(env, col, rule) {
    return {
      row(v) {
        const c = v.cells[col.index];
        if (!c || c.blank || !env.holds(rule.when, v)) return;
        const problem = `Столбец «${col.header}» ${rule.when.label} не заполняется, получено ${describeValue(c.raw)}`;
        env.emit("required", col, v, { params: { problem, expected: "пустая ячейка" } });
      },
    };
  },
  native(env, col, rule) {
    const bad = env.d.and([env.cond(rule.when), present(env.ref(col), col.spec.naMarks, env.d)]);
    return { items: [{ code: "required", bad, text: `${rule.when.label} должно быть пусто` }], dv: { custom: `NOT(${env.dvCond(rule.when)})` } };
  },
};
