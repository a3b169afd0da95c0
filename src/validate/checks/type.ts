/**
 * `type`: a numeric column must read as a number (whole for integer and year columns). Numbers typed as text
 * in Russian style ("1 234", "12,5") read as numbers and are not errors. A date is never read as its serial
 * number: a spreadsheet turns some numbers into dates as they are typed («12.5» with a point is 12 May in a
 * Russian Excel or Google Sheets), so the message says so.
 */
import type { Check } from "./check_types";
import { describeExpected } from "../../forms/describe";
import { WHOLE_TYPES } from "../../forms/effective_rules";
import { num, present } from "../../plan/native_expr";
import { describeValue, isDateValue } from "./values";

export const typeCheck: Check<{ kind: "type" }> = {
  kind: "type",
  codes: ["type"],
  prepare(env, col) {
    const whole = WHOLE_TYPES.has(col.spec.type);
    const expected = describeExpected(col.spec);
    return {
      row(v) {
        const c = v.cells[col.index];
        if (!c || c.blank) return;
        if (c.num === undefined || (whole && !Number.isInteger(c.num))) {
          const found = isDateValue(c.raw)
            ? `а в ячейке ${describeValue(c.raw)}: набранное превратилось в дату (так таблица читает, например, «12.5» с точкой) — введите число, дробную часть через запятую`
            : `получено ${describeValue(c.raw)}`;
          env.emit("type", col, v, { params: { expected, found } });
        }
      },
    };
  },
  native(env, col) {
    const whole = WHOLE_TYPES.has(col.spec.type);
    const x = env.ref(col);
    const wrong = whole ? env.d.orError(`MOD(${num(x)},1)<>0`, true) : `ISERROR(${num(x)})`;
    return {
      items: [{ code: "type", bad: env.d.and([present(x, col.spec.naMarks, env.d), wrong]), text: whole ? "нужно целое число" : "нужно число" }],
      dv: { number: whole ? "whole" : "decimal" },
    };
  },
};
