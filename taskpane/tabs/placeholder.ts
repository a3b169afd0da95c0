/**
 * The content of a tab that is not built yet: what it will do, in the pane's words.
 */
import { h } from "../ui/dom";

/**
 * @param panel the tab's panel
 * @param title heading of the tab
 * @param lines what the tab will do
 */
export function mountPlaceholder(panel: HTMLElement, title: string, lines: readonly string[]): void {
  panel.append(
    h("h2", { class: "tab-title" }, title),
    h(
      "fluent-message-bar",
      { intent: "info", layout: "multiline" },
      h("div", { class: "result-body" }, h("strong", { class: "result-title" }, "Раздел появится в следующей версии панели."), h("ul", { class: "result-lines" }, ...lines.map((l) => h("li", {}, l)))),
    ),
  );
}
