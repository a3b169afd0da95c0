/**
 * The sidebar of the Google Sheets add-on: four tabs (create, check, consolidate, index formulas) over the server
 * functions of Code.js. Keyboard: Tab moves through the controls, arrows move between tabs (WAI-ARIA tabs), every
 * action is a button. The tab to start on may come from the menu as `<div id="edu-start" data-tab="…">`
 * appended to the page.
 */
import { mountCheck } from "./check_tab";
import { mountConsolidate } from "./consolidate_tab";
import { mountCreate } from "./create_tab";
import { mountIndex } from "./index_tab";

type TabId = "create" | "check" | "consolidate" | "index";
const TABS: readonly TabId[] = ["create", "check", "consolidate", "index"];

function start(): void {
  const panel = (id: TabId): HTMLElement => document.getElementById(`panel-${id}`) as HTMLElement;
  const tab = (id: TabId): HTMLButtonElement => document.getElementById(`tab-${id}`) as HTMLButtonElement;

  void mountCreate(panel("create"));
  const check = mountCheck(panel("check"));
  const consolidate = mountConsolidate(panel("consolidate"));
  const index = mountIndex(panel("index"));
  const shown = new Set<TabId>(["create"]);

  const show = (id: TabId, focus = false): void => {
    for (const t of TABS) {
      const on = t === id;
      tab(t).setAttribute("aria-selected", String(on));
      tab(t).tabIndex = on ? 0 : -1;
      panel(t).hidden = !on;
    }
    if (focus) tab(id).focus();
    if (shown.has(id)) return;
    shown.add(id);
    if (id === "consolidate") void consolidate.load();
    if (id === "index") void index.load();
  };

  TABS.forEach((id, i) => {
    tab(id).addEventListener("click", () => show(id));
    tab(id).addEventListener("keydown", (e) => {
      const next = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : e.key === "Home" ? 0 : e.key === "End" ? TABS.length - 1 : undefined;
      if (next === undefined) return;
      e.preventDefault();
      show(TABS[(next + TABS.length) % TABS.length], true);
    });
  });

  const requested = document.getElementById("edu-start")?.getAttribute("data-tab") as TabId | null;
  if (requested && TABS.includes(requested) && requested !== "create") {
    show(requested);
    if (requested === "check") void check.run();
  }
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
