/**
 * The pane's shell: title, the tab list and one panel per tab. A tab's module is mounted the first time its
 * tab is opened. Checks first that the pane runs inside Excel with the requirement set it needs.
 */
import { MIN_EXCEL_API, supportsExcelApi } from "../office/requirements";
import { TABS } from "../tabs";
import type { PaneServices, TabDefinition } from "../tabs/tab_module";
import { explainError } from "../office/explain_error";
import { h, replace } from "./dom";

/** The services of the running pane: Excel.run and the workbook-changed signal. */
export function paneServices(): PaneServices {
  const listeners: (() => void)[] = [];
  return {
    excel: (batch) => Excel.run(batch),
    supports: supportsExcelApi,
    notifyWorkbookChanged: () => listeners.forEach((l) => l()),
    onWorkbookChanged: (l) => void listeners.push(l),
  };
}

function problem(title: string, action: string): HTMLElement {
  return h("fluent-message-bar", { intent: "error", layout: "multiline", role: "alert" }, h("div", { class: "result-body" }, h("strong", { class: "result-title" }, title), h("p", {}, action)));
}

/**
 * Builds the pane into `root`.
 * @param root the pane's main element
 * @param info what `Office.onReady` reported
 * @param services Excel access (default: the real one)
 */
export async function startPane(root: HTMLElement, info: { host?: unknown }, services: PaneServices = paneServices()): Promise<void> {
  const header = h("header", { class: "pane-header" }, h("h1", {}, "Дорожная карта"), h("p", { class: "pane-sub" }, "Типовые таблицы программ поддержки школ"));
  if (info.host !== "Excel") {
    replace(root, header, problem("Панель работает только в Excel.", "Откройте книгу в Excel (на компьютере или в Интернете) и включите надстройку «Дорожная карта»."));
    return;
  }
  if (!supportsExcelApi(MIN_EXCEL_API)) {
    replace(root, header, problem("Эта версия Excel слишком старая для панели.", "Обновите Excel (Microsoft 365, Excel 2021 или новее) или откройте книгу в Excel в Интернете."));
    return;
  }

  const tabs = TABS.map((t) => h("fluent-tab", { id: `tab-${t.id}`, "aria-controls": `panel-${t.id}`, title: t.label ? t.title : null }, t.label ?? t.title));
  const tablist = h("fluent-tablist", { class: "tabs", "aria-label": "Разделы панели", size: "small", activeid: `tab-${TABS[0].id}` }, ...tabs);
  const panels = TABS.map((t, i) => h("section", { id: `panel-${t.id}`, class: "panel", role: "tabpanel", "aria-labelledby": `tab-${t.id}`, hidden: i !== 0 }));
  replace(root, header, tablist, ...panels);

  const mounted = new Set<string>();
  const open = async (t: TabDefinition, panel: HTMLElement): Promise<void> => {
    if (mounted.has(t.id)) return;
    mounted.add(t.id);
    panel.setAttribute("aria-busy", "true");
    try {
      const module = await t.load();
      await module.mount(panel, services);
    } catch (e) {
      const x = explainError(e);
      panel.append(problem(`Раздел «${t.title}» не загрузился. ${x.title}`, "Закройте и снова откройте панель."));
    } finally {
      panel.removeAttribute("aria-busy");
    }
  };
  tablist.addEventListener("change", () => {
    const id = (tablist as HTMLElement & { activeid?: string }).activeid ?? "";
    const i = TABS.findIndex((t) => `tab-${t.id}` === id);
    if (i < 0) return;
    panels.forEach((p, j) => (p.hidden = j !== i));
    void open(TABS[i], panels[i]);
  });
  await open(TABS[0], panels[0]);
}
