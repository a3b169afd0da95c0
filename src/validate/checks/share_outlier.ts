/**
 * `outlier` (warning, rule `share-outlier`): a category above 0,9 of the total is possible but rare — most often
 * a total typed into the category column. The template highlights such cells natively as a warning.
 */
import type { Check } from "./check_types";
import { num } from "../../plan/native_expr";
import { percentText } from "./values";

type Rule = { kind: "share-outlier"; of: string; above: number };

export const shareOutlierCheck: Check<Rule> = {
  kind: "share-outlier",
  codes: ["outlier"],
  prepare(env, col, rule) {
    const total = env.related(rule.of, col);
    if (!total) return undefined;
    return {
      row(v) {
        const part = v.cells[col.index];
        const whole = v.cells[total.index];
        if (!part || !whole || part.num === undefined || whole.num === undefined || whole.num <= 0) return;
        const share = part.num / whole.num;
        if (share <= rule.above || part.num > whole.num) return;
        env.emit("outlier", col, v, {
          params: {
            problem: `Доля «${col.header}» от «${total.header}» — ${percentText(share)} %, больше ${percentText(rule.above)} %`,
          },
        });
      },
    };
  },
  native(env, col, rule) {
    const total = env.related(rule.of, col);
    if (!total) return undefined;
    const x = env.ref(col);
    const t = env.ref(total);
    return { warning: `IFERROR(AND((${num(x)})/(${num(t)})>${rule.above},(${num(x)})<=(${num(t)})),FALSE)` };
  },
};
