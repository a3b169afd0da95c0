/**
 * `range`: a number within bounds, possibly only when a condition holds (`Средний балл` 0–100 for ЕГЭ,
 * 2–5 for ОГЭ and ВПР). Checked on any number, whole or not, so "-12,5" in a count column is both a
 * `type` and a `range` finding, as the native check column shows it.
 */
import type { Check } from "./check_types";
import type { Bounds, Condition } from "../../forms/types";
import { describeBounds } from "../../forms/describe";
import { WHOLE_TYPES } from "../../forms/effective_rules";
import { inside, num, outside } from "../../plan/native_expr";
import { describeValue } from "./values";

type Rule = { kind: "range"; when?: Condition } & Bounds;

/**
 * Whether a number breaks the bounds. O(1).
 * @returns true when outside
 * @example breaks(0, { min: 0, minExclusive: true }) // => true
 */
export function breaks(x: number, b: Bounds): boolean {
  if (b.min !== undefined && (b.minExclusive ? x <= b.min : x < b.min)) return true;
  if (b.max !== undefined && (b.maxExclusive ? x >= b.max : x > b.max)) return true;
  return false;
}

export const rangeCheck: Check<Rule> = {
  kind: "range",
  codes: ["range"],
  prepare(env, col, rule) {
    const expected = describeBounds(rule, WHOLE_TYPES.has(col.spec.type));
    const condition = rule.when ? ` ${rule.when.label}` : "";
    return {
      row(v) {
        const c = v.cells[col.index];
        if (!c || c.blank || c.num === undefined || !breaks(c.num, rule)) return;
        if (rule.when && !env.holds(rule.when, v)) return;
        env.emit("range", col, v, { params: { value: describeValue(c.raw), condition, expected } });
      },
    };
  },
  native(env, col, rule) {
    const x = env.ref(col);
    const words = describeBounds(rule, WHOLE_TYPES.has(col.spec.type));
    const bad = env.d.orError(env.d.and([rule.when ? env.cond(rule.when) : "", outside(`(${num(x)})`, rule, env.d)]), false);
    const text = `вне границ: ${words}${rule.when ? ` ${rule.when.label}` : ""}`;
    const dv = rule.when ? { custom: `OR(NOT(${env.dvCond(rule.when)}),${inside(x, rule)})` } : { bounds: { ...rule } };
    return { items: [{ code: "range", bad, text }], dv };
  },
};
