/**
 * `reference` (code `enum`): the value must be in a reference list given at validation time — the region's
 * municipalities for `Муниципальное образование`. Without a list the rule does not run.
 */
import type { Check } from "./check_types";
import { normalizeText } from "../../forms/normalize";
import { present } from "../../plan/native_expr";
import { describeValue } from "./values";

type Rule = { kind: "reference"; list: "municipalities" };

const LIST_NAME: Record<Rule["list"], string> = { municipalities: "перечня муниципальных образований региона" };

export const referenceCheck: Check<Rule> = {
  kind: "reference",
  codes: ["enum"],
  prepare(env, col, rule) {
    const list = env.options.references?.[rule.list];
    if (!list || list.length === 0) return undefined;
    const known = new Set(list.map(normalizeText));
    const sample = list.slice(0, 3).join(", ");
    const expected = `название из ${LIST_NAME[rule.list]} (например: ${sample}${list.length > 3 ? "…" : ""})`;
    return {
      row(v) {
        const c = v.cells[col.index];
        if (!c || c.blank || (c.text !== undefined && known.has(normalizeText(c.text)))) return;
        env.emit("enum", col, v, { params: { value: describeValue(c.raw), expected } });
      },
    };
  },
  native(env, col, rule) {
    const range = env.list(rule.list);
    if (!range) return undefined;
    const x = env.ref(col);
    return {
      items: [{ code: "enum", bad: env.d.and([present(x), `ISNA(MATCH(TRIM(${x}),${range},0))`]), text: "нет в перечне" }],
      dv: { list: { range } },
    };
  },
};
