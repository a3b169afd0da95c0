/**
 * Preset `cycle-stages`: the default rows of the `cycle` form — the six stages of the management cycle as
 * forms.md names them (after seed 001), other columns empty.
 */
import { cycleRow } from "./rows";
import type { Preset } from "./types";

/** The stages of the management cycle, in order. */
export const CYCLE_STAGES = [
  "Цели",
  "Показатели, методы сбора информации",
  "Мониторинг",
  "Анализ, адресные рекомендации",
  "Меры, управленческие решения",
  "Оценка эффективности управленческих решений",
];

export const CYCLE_STAGES_PRESET: Preset = {
  name: "cycle-stages",
  formId: "cycle",
  title: "Этапы управленческого цикла (пустой шаблон)",
  source: "forms.md, форма `cycle` (этапы по 001: Краснобаковский район)",
  rows: CYCLE_STAGES.map((stage) => cycleRow(stage, null, null, null, null)),
};
