/**
 * The standard forms of forms.md, in the order of the spec: data forms first, then roadmap tables.
 */
import type { FormSpec } from "../types";
import { CONTEXT } from "./context";
import { RESULTS } from "./results";
import { EQUIPMENT } from "./equipment";
import { STAFF } from "./staff";
import { PASSPORT } from "./passport";
import { PLAN } from "./plan";
import { TARGETS } from "./targets";
import { FINANCE } from "./finance";
import { RESPONSIBILITY } from "./responsibility";
import { CYCLE } from "./cycle";
import { RISK_PROFILE } from "./risk_profile";

export { CONTEXT, RESULTS, EQUIPMENT, STAFF, PASSPORT, PLAN, TARGETS, FINANCE, RESPONSIBILITY, CYCLE, RISK_PROFILE };
export { DEFAULT_ACTORS } from "./responsibility";
export { PLAN_STATUSES } from "./plan";

/** All forms, data forms first (forms.md order). */
export const FORMS: readonly FormSpec[] = [
  CONTEXT,
  RESULTS,
  EQUIPMENT,
  STAFF,
  PASSPORT,
  PLAN,
  TARGETS,
  FINANCE,
  RESPONSIBILITY,
  CYCLE,
  RISK_PROFILE,
];

const BY_ID: ReadonlyMap<string, FormSpec> = new Map(FORMS.map((f) => [f.id, f]));

/** Ids of all forms, in order. */
export const FORM_IDS: readonly string[] = FORMS.map((f) => f.id);

/**
 * The spec of a form by its id. O(1).
 * @param id form id of forms.md (`context`, `results`, `risk-profile`…)
 * @throws {Error} when the id is unknown; the message lists the known ids
 * @returns the form spec
 * @example formSpec("context").title // => "Контекстные данные ОО (социальный паспорт школы)"
 */
export function formSpec(id: string): FormSpec {
  const spec = BY_ID.get(id.trim().toLowerCase());
  if (!spec) throw new Error(`неизвестная форма «${id}»; доступны: ${FORM_IDS.join(", ")}`);
  return spec;
}
