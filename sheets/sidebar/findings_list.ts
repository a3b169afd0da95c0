/**
 * A list of findings: severity, the cell (or row) and the column, then the message. A finding that has a place
 * is a button: clicking it (or Enter / Space on it) selects that place in the spreadsheet.
 */
import { el } from "./dom";

export interface ListedFinding {
  severity: "error" | "warning";
  /** `ошибка` / `предупреждение` */
  severityRu: string;
  /** what the place is called in the list: `F12`, `«Школа 2», строка 7`; empty for a sheet-level finding */
  place: string;
  /** the column's header, or the school's key */
  field: string;
  message: string;
  /** selects the place; absent when there is none */
  select?: () => void;
}

/**
 * The list element. O(findings).
 * @param items findings in the order to show
 * @param label accessible name of the list
 * @returns the `<ul>`
 */
export function findingsList(items: readonly ListedFinding[], label: string): HTMLUListElement {
  const list = el("ul", { class: "findings", "aria-label": label });
  for (const f of items) {
    const where = el(
      "span",
      { class: "where" },
      el("span", { class: `badge ${f.severity}` }, f.severityRu),
      f.place ? el("span", { class: "cell" }, f.place) : null,
      f.field ? el("span", { class: "field", title: f.field }, f.field) : null,
    );
    const message = el("span", { class: "message" }, f.message);
    const select = f.select;
    const body = select
      ? el("button", { type: "button", class: `finding ${f.severity}`, title: `Выделить ${f.place}` }, where, message)
      : el("div", { class: `finding ${f.severity}` }, where, message);
    if (select) {
      body.addEventListener("click", () => {
        // The finding last selected stays marked, so the user sees where they are in the list.
        for (const b of list.querySelectorAll(".finding.current")) {
          b.classList.remove("current");
          b.removeAttribute("aria-current");
        }
        body.classList.add("current");
        body.setAttribute("aria-current", "true");
        select();
      });
    }
    list.append(el("li", {}, body));
  }
  return list;
}
