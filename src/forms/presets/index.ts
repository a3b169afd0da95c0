/**
 * Presets of the roadmap forms: rows transcribed from the source roadmaps (shared/seeds) and the forms'
 * default rows. `--preset <name>` in the CLI; `presetsFor(formId)` for a menu.
 */
import { CYCLE_KRASNYE_BAKI } from "./cycle_krasnye_baki";
import { CYCLE_STAGES_PRESET } from "./cycle_stages";
import { FINANCE_YARTSEVO } from "./finance_yartsevo";
import { PASSPORT_SECTIONS_PRESET } from "./passport_sections";
import { PASSPORT_TAMBOV } from "./passport_tambov";
import { PASSPORT_YARTSEVO } from "./passport_yartsevo";
import { PLAN_KRASNYE_BAKI } from "./plan_krasnye_baki";
import { PLAN_REGION_2023_2025 } from "./plan_region_2023_2025";
import { PLAN_TAMBOV } from "./plan_tambov";
import { PLAN_YARTSEVO } from "./plan_yartsevo";
import { RESPONSIBILITY_ASTRAKHAN } from "./responsibility_astrakhan";
import { RESPONSIBILITY_PHASES } from "./responsibility_phases";
import { RISK_FACTORS_500 } from "./risk_factors_500";
import { TARGETS_TAMBOV } from "./targets_tambov";
import { TARGETS_YARTSEVO } from "./targets_yartsevo";
import type { Preset } from "./types";

export type { Preset, PresetRow } from "./types";
export { CYCLE_STAGES } from "./cycle_stages";
export { PASSPORT_SECTIONS } from "./passport_sections";
export { RISK_FACTORS } from "./risk_factors_500";
export { PROGRAMME_PHASES } from "./responsibility_phases";
export { ASTRAKHAN_ACTORS, ASTRAKHAN_ACTOR_NAMES } from "./responsibility_astrakhan";

/** Every preset, grouped by form in the order of forms.md; a form's default preset comes first. */
export const PRESETS: readonly Preset[] = [
  PASSPORT_SECTIONS_PRESET,
  PASSPORT_TAMBOV,
  PASSPORT_YARTSEVO,
  PLAN_REGION_2023_2025,
  PLAN_TAMBOV,
  PLAN_KRASNYE_BAKI,
  PLAN_YARTSEVO,
  TARGETS_YARTSEVO,
  TARGETS_TAMBOV,
  FINANCE_YARTSEVO,
  RESPONSIBILITY_PHASES,
  RESPONSIBILITY_ASTRAKHAN,
  CYCLE_STAGES_PRESET,
  CYCLE_KRASNYE_BAKI,
  RISK_FACTORS_500,
];

/** The preset whose rows a form starts with when none is chosen (forms without one start empty). */
export const DEFAULT_PRESETS: Readonly<Record<string, string>> = {
  passport: PASSPORT_SECTIONS_PRESET.name,
  responsibility: RESPONSIBILITY_PHASES.name,
  cycle: CYCLE_STAGES_PRESET.name,
  "risk-profile": RISK_FACTORS_500.name,
};

/**
 * The presets of one form, default first. O(number of presets).
 *
 * @param formId a form id (`plan`, `targets`, `risk-profile`…)
 * @returns the presets filling that form; empty for a form without presets or an unknown id
 * @example presetsFor("targets").map((p) => p.name) // => ["targets-yartsevo", "targets-tambov"]
 */
export function presetsFor(formId: string): Preset[] {
  return PRESETS.filter((p) => p.formId === formId);
}

/**
 * A preset by its CLI name. O(number of presets).
 *
 * @param name the preset's name, e.g. `plan-tambov` (case and surrounding spaces do not matter)
 * @throws {Error} for an unknown name; the message lists the known names by form
 * @returns the preset
 * @example preset("risk-factors-500").rows.length // => 12
 */
export function preset(name: string): Preset {
  const key = String(name ?? "").trim().toLowerCase();
  const found = PRESETS.find((p) => p.name === key);
  if (found) return found;
  const byForm = new Map<string, string[]>();
  for (const p of PRESETS) byForm.set(p.formId, [...(byForm.get(p.formId) ?? []), p.name]);
  const list = [...byForm].map(([form, names]) => `${form}: ${names.join(", ")}`).join("; ");
  throw new Error(`Неизвестный набор строк «${String(name)}». Доступные наборы — ${list}`);
}

/**
 * The default preset of a form (its standard rows), if it has one. O(number of presets).
 *
 * @example defaultPreset("cycle")?.name // => "cycle-stages"
 */
export function defaultPreset(formId: string): Preset | undefined {
  const name = DEFAULT_PRESETS[formId];
  return name === undefined ? undefined : preset(name);
}
