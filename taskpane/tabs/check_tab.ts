/**
 * «Проверить»: validation of school forms (part B). Placeholder until then.
 */
import type { PaneServices } from "./tab_module";
import { mountPlaceholder } from "./placeholder";

export function mount(panel: HTMLElement, _services: PaneServices): void {
  mountPlaceholder(panel, "Проверить формы", [
    "Проверка листа формы в этой книге или присланных файлов .xlsx.",
    "Отчёт: лист, ячейка, значение, что не так и как исправить.",
  ]);
}
