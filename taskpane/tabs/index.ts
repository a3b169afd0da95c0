/**
 * The pane's tabs, in order. «Создать таблицы» is part of the start bundle; the others are loaded when opened.
 */
import type { TabDefinition } from "./tab_module";
import * as createTab from "./create_tab";

export const TABS: readonly TabDefinition[] = [
  { id: "create", title: "Создать таблицы", label: "Создать", load: async () => createTab },
  { id: "check", title: "Проверить", load: () => import(/* webpackChunkName: "tab-check" */ "./check_tab") },
  { id: "consolidate", title: "Свести", load: () => import(/* webpackChunkName: "tab-consolidate" */ "./consolidate_tab") },
  { id: "calculate", title: "Рассчитать", load: () => import(/* webpackChunkName: "tab-calculate" */ "./calculate_tab") },
];
