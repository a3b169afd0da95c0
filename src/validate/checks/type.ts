/**
 * `type`: a numeric column must read as a number (whole for integer and year columns). Numbers typed as text
 * in Russian style ("1 234", "12,5") read as numbers and are not errors.
 */
import type { Check } from "./check_types";
import { describeExpected } from "../../forms/describe";
import { WHOLE_TYPES } from "../../forms/effective_rules";
import { and, num, present } from "../../plan/native_expr";
import { describeValue } from "./values";

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
          env.emit("type", col, v, { params: { expected, value: describeValue(c.raw) } });
        }
      },
    };
  },
  native(env, col) {
    const whole = WHOLE_TYPES.has(col.spec.type);
    const x = env.ref(col);
    const wrong = whole ? `IFERROR(MOD(${num(x)},1)<>0,TRUE)` : `ISERROR(${num(x)})`;
    return {
      items: [{ code: "type", bad: and([present(x, col.spec.naMarks), wrong]), text: whole ? "нужно целое число" : "нужно число" }],
      dv: { number: whole ? "whole" : "decimal" },
    };
  },
};
