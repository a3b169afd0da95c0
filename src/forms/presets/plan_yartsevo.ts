/**
 * Preset `plan-yartsevo`: the plan of the Yartsevo departmental target programme 2018–2021 (seed 004,
 * Приложение № 2) with its stages Подготовительный / Практический / Этап обобщения и коррекции as section
 * rows. The source has no expected results for the activities: that column is left empty to be filled.
 * See `yartsevo_activities.ts` for numbering and periods.
 */
import { planRow, section } from "./rows";
import type { Preset, PresetRow } from "./types";
import { YARTSEVO_GOAL, YARTSEVO_MAIN_ACTIVITY, YARTSEVO_STAGES, YARTSEVO_YEARS, yartsevoNumber } from "./yartsevo_activities";

const rows: PresetRow[] = [section(YARTSEVO_GOAL), section(YARTSEVO_MAIN_ACTIVITY)];
for (const stage of YARTSEVO_STAGES) {
  rows.push(section(stage.title));
  for (const a of stage.activities) rows.push(planRow(yartsevoNumber(stage, a), a.name, a.period ?? stage.period, a.executor, null));
}

export const PLAN_YARTSEVO: Preset = {
  name: "plan-yartsevo",
  formId: "plan",
  title: "План реализации ведомственной целевой программы Ярцевского района 2018–2021 (этапы: подготовительный, практический, обобщения и коррекции)",
  source: "004: Ведомственная целевая программа «Повышения качества образования в школах с низкими результатами обучения и работающих в неблагоприятных социальных условиях…» (Ярцевский район), Приложение № 2",
  years: [...YARTSEVO_YEARS],
  rows,
};
