/**
 * `overdue` (warning): an activity whose period has ended (on `asOf`, default today) and whose status is not
 * one of the final ones (`выполнено`, `отменено`). A period without a known end is never overdue.
 */
import type { Check } from "./check_types";
import { parsePeriod } from "../../forms/period";
import { periodIsOver } from "../../forms/period_is_over";
import { describeValue, formatIsoDate } from "./values";

type Rule = { kind: "overdue"; status: string; done: readonly string[] };

export const overdueCheck: Check<Rule> = {
  kind: "overdue",
  codes: ["overdue"],
  prepare(env, col, rule) {
    const status = env.related(rule.status, col);
    const done = new Set(rule.done);
    const context = { years: env.options.programYears ?? (env.form.years.length ? env.form.years : undefined) };
    return {
      row(v) {
        const c = v.cells[col.index];
        if (!c || c.blank) return;
        const s = status ? v.cells[status.index] : undefined;
        if (s?.canon !== undefined && done.has(s.canon)) return;
        const period = parsePeriod(c.raw, context);
        if (!period || period.end === undefined || !periodIsOver(period, env.asOf)) return;
        const shown = s && !s.blank ? (s.canon ?? s.text ?? "") : "не указан";
        env.emit("overdue", col, v, { params: { value: describeValue(c.raw), end: formatIsoDate(period.end), status: shown } });
      },
    };
  },
};
