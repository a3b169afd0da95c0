/**
 * `period`: a plan period must be readable as dates — the Russian phrases of the source roadmaps
 * (`апрель - май`, `Ежегодно в сентябре`, `2021-2023`, `в течение года`), read by `parsePeriod`.
 * A spreadsheet cannot parse such phrases, so the rule has no native formula.
 */
import type { Check } from "./check_types";
import { parsePeriod } from "../../forms/period";
import { describeValue } from "./values";

const EXPECTED =
  "срок словами, как в дорожных картах: «апрель», «апрель - май 2024», «Ежегодно в сентябре», «2023-2025», «до 2025 года», «в течение года», «постоянно»";

export const periodCheck: Check<{ kind: "period" }> = {
  kind: "period",
  codes: ["period"],
  prepare(env, col) {
    const context = { years: env.options.programYears ?? (env.form.years.length ? env.form.years : undefined) };
    return {
      row(v) {
        const c = v.cells[col.index];
        if (!c || c.blank || parsePeriod(c.raw, context) !== undefined) return;
        env.emit("period", col, v, { params: { value: describeValue(c.raw), expected: EXPECTED } });
      },
    };
  },
};
