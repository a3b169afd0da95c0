/**
 * What the «Создать таблицы» tab asks for, turned into sheet plans: the chosen forms, the programme's years,
 * a preset per form, the school or coordinator variant — and, for the coordinator's context table, the index that
 * «Рассчитать» would insert, over the sheet's pre-formatted rows. Pure (no Office): the pane calls it, tests call it.
 */
import { FORMS, formSpec } from "../../src/forms/specs";
import { preset as presetByName, defaultPreset } from "../../src/forms/presets";
import { buildSheetPlan } from "../../src/plan/build_sheet_plan";
import type { SheetPlan } from "../../src/plan/types";
import type { FormVariant } from "../../src/forms/variants";
import { INDEX_HEADERS } from "../../src/region/index_plans";
import { contextLayoutOfPlan } from "../calculate/context_layout";
import { calculationPlan, type CalculationPlan } from "../calculate/calculation_plan";

export interface FormChoice {
  formId: string;
  /** preset name; `""` for an empty table; absent for the form's default rows */
  preset?: string;
}

export interface CreateChoice {
  forms: readonly FormChoice[];
  years: { from: number; to: number };
  variant: FormVariant;
}

/** Bounds of the programme's years the pane accepts. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
/** At most this many year columns per repeated column: wider tables do not fit a screen or a page. */
export const MAX_YEARS = 10;

/** A choice the pane must refuse, with what to do, in Russian. */
export class ChoiceError extends Error {
  constructor(
    message: string,
    readonly field: "forms" | "years" | "preset",
  ) {
    super(message);
    this.name = "ChoiceError";
  }
}

/**
 * The years from–to, checked. O(years).
 * @throws {ChoiceError} when a year is not a whole number within 2000–2100, from > to, or more than 10 years
 * @returns the years in order
 * @example programmeYears({ from: 2024, to: 2026 }) // => [2024, 2025, 2026]
 */
export function programmeYears(years: { from: number; to: number }): number[] {
  const { from, to } = years;
  for (const y of [from, to]) {
    if (!Number.isInteger(y) || y < YEAR_MIN || y > YEAR_MAX) {
      throw new ChoiceError(`Годы программы: укажите год целым числом от ${YEAR_MIN} до ${YEAR_MAX} (например, 2024).`, "years");
    }
  }
  if (from > to) throw new ChoiceError("Годы программы: год «с» должен быть не позже года «по». Поменяйте их местами.", "years");
  if (to - from + 1 > MAX_YEARS) {
    throw new ChoiceError(`Годы программы: не больше ${MAX_YEARS} лет в одной таблице — сократите период или создайте таблицы по частям.`, "years");
  }
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Plans of the chosen forms, in the order given. O(forms × plan size).
 * @param choice forms with presets, years, variant
 * @throws {ChoiceError} when no form is chosen, the years are wrong, or a preset is unknown or of another form
 * @returns one plan per form; a preset with its own years (e.g. a programme of 2018–2021) keeps them
 */
export function buildPlans(choice: CreateChoice): SheetPlan[] {
  if (choice.forms.length === 0) throw new ChoiceError("Отметьте хотя бы одну таблицу в списке.", "forms");
  const years = programmeYears(choice.years);
  return choice.forms.map((f) => {
    const spec = formSpec(f.formId);
    let preset;
    try {
      preset = f.preset === undefined ? defaultPreset(spec.id) : f.preset === "" ? undefined : presetByName(f.preset);
    } catch {
      throw new ChoiceError(`Набор строк «${f.preset}» не найден. Выберите другой набор для таблицы «${spec.title}».`, "preset");
    }
    if (preset && preset.formId !== spec.id) {
      throw new ChoiceError(`Набор строк «${preset.title}» относится к другой таблице. Выберите набор для таблицы «${spec.title}».`, "preset");
    }
    return buildSheetPlan(spec, {
      years: preset?.years?.length ? preset.years : years,
      variant: choice.variant,
      ...(preset ? { preset } : {}),
    });
  });
}

/**
 * The index next to the coordinator's sheet of a form that has one (`coordinatorIndex`: the context table): the
 * calculation of «Рассчитать» over the plan's pre-formatted rows, with an empty result column to fill in and no
 * chart. O(indicators).
 * @param plan the sheet's plan
 * @param variant the variant chosen
 * @param sheet the name the sheet got (default the plan's)
 * @returns the calculation, or `undefined` for a school template and for other forms
 * @example coordinatorCalculation(contextPlan, "coordinator")?.columns[0].formula // => '=IF($A$4:$A$203="","",EDU.SWI($T$4:$AB$203,{…}))'
 */
export function coordinatorCalculation(plan: SheetPlan, variant: FormVariant, sheet = plan.sheetName): CalculationPlan | undefined {
  if (variant !== "coordinator" || !FORMS.find((f) => f.id === plan.formId)?.coordinatorIndex) return undefined;
  return calculationPlan(contextLayoutOfPlan(plan, sheet), { kind: "input", header: INDEX_HEADERS.resultInput });
}
