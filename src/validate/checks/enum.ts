/**
 * `enum`: the value must be one of the column's values or their aliases (compared ignoring case and ё/е);
 * the canonical value is what consolidation stores.
 */
import type { Check } from "./check_types";
import { describeEnum } from "../../forms/describe";
import { enumSpellings } from "../../forms/normalize";
import { norm, present } from "../../plan/native_expr";
import { describeValue } from "./values";

export const enumCheck: Check<{ kind: "enum" }> = {
  kind: "enum",
  codes: ["enum"],
  prepare(env, col) {
    const spec = col.spec.enum;
    if (!spec) return undefined;
    const expected = describeEnum(spec);
    return {
      row(v) {
        const c = v.cells[col.index];
        if (!c || c.blank || c.canon !== undefined) return;
        env.emit("enum", col, v, { params: { expected, value: describeValue(c.raw) } });
      },
    };
  },
  native(env, col) {
    const spec = col.spec.enum;
    if (!spec) return undefined;
    const x = env.ref(col);
    const bad = env.d.and([present(x), env.d.notInList(norm(x), enumSpellings(spec))]);
    return { items: [{ code: "enum", bad, text: "значение не из списка" }], dv: { list: { values: spec.values.map((v) => v.value) } } };
  },
};
