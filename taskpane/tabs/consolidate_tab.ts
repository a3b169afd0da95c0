/**
 * «Свести»: consolidation of school forms into one table (part B). Placeholder until then.
 */
import type { PaneServices } from "./tab_module";
import { mountPlaceholder } from "./placeholder";

export function mount(panel: HTMLElement, _services: PaneServices): void {
  mountPlaceholder(panel, "Свести формы", [
    "Сводная таблица из форм школ одного вида, с проверкой повторов кодов ОО.",
    "Для координатора — столбцы с функциями ОБР.*: ИСБ, группа, тип школы.",
  ]);
}
