/**
 * Preset `responsibility-phases`: the default rows of the `responsibility` form — the three programme phases
 * of seed 000 as section rows, with the default actor columns. The source's own phase titles are used; the
 * second is longer than forms.md's short form («Реализация программ поддержки»).
 */
import { ASTRAKHAN_ACTORS } from "./responsibility_astrakhan";
import { section } from "./rows";
import type { Preset } from "./types";

/** The programme phases as seed 000 titles them. */
export const PROGRAMME_PHASES = [
  "1. Подготовка и запуск программы",
  "2. Реализация программ поддержки общеобразовательных организаций, функционирующих в неблагоприятных социальных условиях",
  "3. Расширение охвата и трансляция опыта",
];

export const RESPONSIBILITY_PHASES: Preset = {
  name: "responsibility-phases",
  formId: "responsibility",
  title: "Фазы программы и исполнители: министерство, институт, центр мониторинга (пустой шаблон)",
  source: "000: «Дорожная карта» Астраханской области (фазы программы и исполнители)",
  columns: [...ASTRAKHAN_ACTORS],
  rows: PROGRAMME_PHASES.map(section),
};
