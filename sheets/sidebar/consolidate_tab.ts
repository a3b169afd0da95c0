/**
 * «Свести»: several sheets of one form in this spreadsheet → a new sheet «Свод — …» with the source sheet of each
 * row, and the findings (the same school on two sheets, rows with errors), each selecting its row when clicked.
 */
import type { ConsolidateRequest, ConsolidateResult, ConsolidationCandidates } from "../server/consolidate_sheets";
import { el, replace } from "./dom";
import { plural } from "../../src/text/plural";
import { findingsList } from "./findings_list";
import { call, failureText } from "./server";
import { Status, busyWhile } from "./status";

/**
 * Mounts the tab; `load()` looks for the forms' sheets (when the tab is first shown, and on «Обновить список»).
 * @param panel the tab panel
 * @returns the loader
 */
export function mountConsolidate(panel: HTMLElement): { load: () => Promise<void> } {
  const status = new Status("consolidate-status");
  const refresh = el("button", { type: "button", class: "link", id: "consolidate-refresh" }, "Обновить список");
  const choice = el("div", { id: "consolidate-choice" });
  const result = el("div", { id: "consolidate-result" });
  panel.append(
    el("h2", {}, "Свести листы"),
    el("p", { class: "gray" }, "Листы одной формы (например, по листу на школу) сводятся в новый лист «Свод — …»: у каждой строки — лист, откуда она взята. Исходные листы не меняются."),
    el("div", { class: "section-head" }, el("h3", {}, "Листы форм в таблице"), refresh),
    choice,
    status.root,
    result,
  );

  const select = async (sheet: string, row: number | null): Promise<void> => {
    try {
      await call("selectCell", sheet, row ?? 1);
    } catch (e) {
      status.fail(failureText(e));
    }
  };

  const load = async (): Promise<void> => {
    replace(choice);
    const found = await busyWhile(refresh, panel, status, "Ищу листы форм…", () => call<ConsolidationCandidates>("consolidationCandidates"), failureText);
    if (!found) return;
    if (found.forms.length === 0) {
      status.fail("В таблице нет листов ни одной формы. Создайте их на вкладке «Создать» или скопируйте сюда листы, присланные школами.");
      return;
    }
    status.clear();
    const form = el("select", { id: "consolidate-form" }, ...found.forms.map((f) => el("option", { value: f.formId, title: f.title }, `${f.name} (${plural(f.sheets.length, "лист", "листа", "листов")})`)));
    const sheets = el("ul", { class: "checks", id: "consolidate-sheets", "aria-labelledby": "sheets-label" });
    const drawSheets = (): void => {
      const f = found.forms.find((x) => x.formId === form.value) ?? found.forms[0];
      replace(
        sheets,
        ...f.sheets.map((s, i) => {
          const id = `source-${i}`;
          return el(
            "li",
            {},
            el(
              "div",
              { class: "check-row" },
              el("input", { type: "checkbox", id, value: s.name, checked: !s.consolidated }),
              el("label", { for: id }, s.name, s.consolidated ? el("span", { class: "hint" }, " — уже свод") : null),
            ),
          );
        }),
      );
    };
    form.addEventListener("change", drawSheets);
    drawSheets();
    const mark = el("input", { type: "radio", name: "invalid-rows", id: "rows-mark", value: "mark", checked: true });
    const exclude = el("input", { type: "radio", name: "invalid-rows", id: "rows-exclude", value: "exclude" });
    const go = el("button", { type: "button", class: "action", id: "consolidate-run" }, "Свести");
    replace(
      choice,
      el("label", { for: "consolidate-form", class: "sub-label" }, "Форма"),
      form,
      el("p", { class: "sub-label", id: "sheets-label" }, "Листы"),
      sheets,
      el(
        "fieldset",
        {},
        el("legend", {}, "Строки с ошибками"),
        el("div", { class: "check-row" }, mark, el("label", { for: "rows-mark" }, "включить в свод и отметить")),
        el("div", { class: "check-row" }, exclude, el("label", { for: "rows-exclude" }, "не включать в свод")),
      ),
      el("div", { class: "actions" }, go),
    );
    go.addEventListener("click", async () => {
      const names = [...sheets.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].filter((b) => b.checked).map((b) => b.value);
      if (names.length === 0) {
        status.fail("Отметьте хотя бы один лист.");
        return;
      }
      replace(result);
      const request: ConsolidateRequest = { formId: form.value, sheets: names, invalidRows: exclude.checked ? "exclude" : "mark" };
      const r = await busyWhile(go, panel, status, `Свожу ${plural(names.length, "лист", "листа", "листов")}…`, () => call<ConsolidateResult>("consolidateSheets", request), failureText);
      if (!r) return;
      if (r.findings.length) status.report("info", r.summary);
      else status.done(r.summary);
      if (r.findings.length) {
        replace(
          result,
          el("p", { class: "hint" }, "Нажмите на замечание, чтобы перейти к строке исходного листа."),
          findingsList(
            r.findings.map((f) => ({
              severity: f.severity,
              severityRu: f.severityRu,
              place: f.sheet ? `«${f.sheet}»${f.row ? `, строка ${f.row}` : ""}` : "",
              field: f.key,
              message: f.message,
              ...(f.sheet ? { select: () => void select(f.sheet, f.row) } : {}),
            })),
            `Замечания к своду «${r.sheet}»`,
          ),
        );
      }
    });
  };
  refresh.addEventListener("click", () => void load());
  return { load };
}
