/**
 * «Проверить»: the active sheet against its form. The summary, the counts, then the findings — errors first —
 * each selecting its cell when clicked.
 */
import type { ValidationResult } from "../server/validate_active_sheet";
import { el, replace } from "./dom";
import { plural } from "../../src/text/plural";
import { findingsList } from "./findings_list";
import { call, failureText } from "./server";
import { Status, busyWhile } from "./status";

/**
 * Mounts the tab; `run()` checks the active sheet (the menu item «Проверить текущий лист» runs it at once).
 * @param panel the tab panel
 * @returns the check, to start from outside
 */
export function mountCheck(panel: HTMLElement): { run: () => Promise<void> } {
  const status = new Status("check-status");
  const button = el("button", { type: "button", class: "action", id: "check-sheet" }, "Проверить текущий лист");
  const result = el("div", { id: "check-result" });
  panel.append(
    el("h2", {}, "Проверить лист"),
    el("p", { class: "gray" }, "Лист проверяется по своей форме: форма узнаётся по скрытой метке шаблона или по строке заголовков. Данные не меняются."),
    el("div", { class: "actions" }, button),
    status.root,
    result,
  );

  const select = async (sheet: string, cell: string): Promise<void> => {
    try {
      await call("selectCell", sheet, cell);
    } catch (e) {
      status.fail(failureText(e));
    }
  };

  const run = async (): Promise<void> => {
    replace(result);
    const r = await busyWhile(button, panel, status, "Проверяю активный лист…", () => call<ValidationResult>("validateActiveSheet"), failureText);
    if (!r) return;
    if (!r.form) {
      status.fail(r.summary);
      return;
    }
    status.clear();
    replace(
      result,
      el("div", { class: `notice ${r.findings.length ? "info" : "good"}`, id: "check-summary" }, r.summary),
      r.findings.length
        ? el(
            "div",
            { class: "counts" },
            el("span", { class: "badge error" }, plural(r.errors, "ошибка", "ошибки", "ошибок")),
            el("span", { class: "badge warning" }, plural(r.warnings, "предупреждение", "предупреждения", "предупреждений")),
          )
        : null,
      r.findings.length ? el("p", { class: "hint" }, "Нажмите на замечание, чтобы перейти к ячейке.") : null,
      r.findings.length
        ? findingsList(
            r.findings.map((f) => ({
              severity: f.severity,
              severityRu: f.severityRu,
              place: f.cell,
              field: f.field,
              message: f.message,
              ...(f.cell ? { select: () => void select(f.sheet || r.sheet, f.cell) } : {}),
            })),
            `Замечания по листу «${r.sheet}»`,
          )
        : null,
    );
  };
  button.addEventListener("click", () => void run());
  return { run };
}
