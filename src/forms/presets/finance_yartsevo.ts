/**
 * Preset `finance-yartsevo`: the implementation and resource plan of the Yartsevo departmental target
 * programme 2018–2021 (seed 004, Приложение № 2): executors, the source of financing where named
 * («внебюджетные средства» for two activities) and the planned indicator value where given (50% for
 * activity 1.1.6). The source states no amounts (its amount cells are `x` or empty; Раздел 4 says financing
 * is possible from off-budget funds), so every `Объём средств <год>, руб.` is left empty.
 */
import { financeRow, section } from "./rows";
import type { Preset, PresetRow } from "./types";
import { YARTSEVO_GOAL, YARTSEVO_MAIN_ACTIVITY, YARTSEVO_STAGES, YARTSEVO_YEARS, yartsevoNumber } from "./yartsevo_activities";

const rows: PresetRow[] = [section(YARTSEVO_GOAL), section(YARTSEVO_MAIN_ACTIVITY)];
for (const stage of YARTSEVO_STAGES) {
  rows.push(section(stage.title));
  for (const a of stage.activities) rows.push(financeRow(YARTSEVO_YEARS, yartsevoNumber(stage, a), a.name, a.executor, a.source, a.plannedValue));
}

export const FINANCE_YARTSEVO: Preset = {
  name: "finance-yartsevo",
  formId: "finance",
  title: "План реализации и ресурсное обеспечение ведомственной целевой программы Ярцевского района 2018–2021 (суммы в источнике не указаны)",
  source: "004: Ведомственная целевая программа (Ярцевский район), Приложение № 2 «План реализации ведомственной целевой программы … на 2018-2021 годы»",
  years: [...YARTSEVO_YEARS],
  rows,
};
