/**
 * «Рассчитать»: the social wellbeing index, groups and school types over a consolidated table (part B).
 * Placeholder until then.
 */
import type { PaneServices } from "./tab_module";
import { mountPlaceholder } from "./placeholder";

export function mount(panel: HTMLElement, _services: PaneServices): void {
  mountPlaceholder(panel, "Рассчитать показатели", [
    "Индекс социального благополучия, группы школ и тип школы по сводной таблице.",
    "Степень достижения целевых показателей и эффективность программы.",
  ]);
}
