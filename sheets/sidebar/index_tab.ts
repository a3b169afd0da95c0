/**
 * «ИСБ»: the index formulas next to a context table on the active sheet — `EDU_SWI`, `EDU_SWI_GROUP`,
 * `EDU_QUADRANT` — in the first free columns on the right; nothing is written over data.
 */
import type { IndexOptions, IndexResult } from "../server/index_formulas";
import { el, replace } from "./dom";
import { plural } from "../../src/text/plural";
import { call, failureText } from "./server";
import { Status, busyWhile } from "./status";

const NEW_COLUMN = "";

/**
 * Mounts the tab; `load()` reads the active sheet's layout (when the tab is shown, and on «Обновить»).
 * @param panel the tab panel
 * @returns the loader
 */
export function mountIndex(panel: HTMLElement): { load: () => Promise<void> } {
  const status = new Status("index-status");
  const look = el("button", { type: "button", class: "link", id: "index-look" }, "Обновить");
  const choice = el("div", { id: "index-choice" });
  const result = el("div", { id: "index-result" });
  panel.append(
    el("h2", {}, "Формулы ИСБ"),
    el(
      "p",
      { class: "gray" },
      "Рядом с таблицей контекстных данных (свод или заполненный лист) вставляются формулы: EDU_SWI — индекс социального благополучия, EDU_SWI_GROUP — группа по квартилям, EDU_QUADRANT — тип школы по ИСБ и результатам.",
    ),
    el("div", { class: "section-head" }, el("h3", {}, "Активный лист"), look),
    choice,
    status.root,
    result,
  );

  const load = async (): Promise<void> => {
    replace(choice);
    const o = await busyWhile(look, panel, status, "Смотрю активный лист…", () => call<IndexOptions>("indexFormulaOptions"), failureText);
    if (!o) return;
    status.clear();
    const results = el(
      "select",
      { id: "index-result-column" },
      el("option", { value: NEW_COLUMN }, "Новый пустой столбец"),
      ...o.resultColumns.map((c) => el("option", { value: c.letter }, `${c.letter}: ${c.header}`)),
    );
    const go = el("button", { type: "button", class: "action", id: "index-insert" }, "Вставить формулы");
    replace(
      choice,
      el(
        "div",
        { class: "notice info" },
        el("p", {}, `Лист «${o.sheet}»: ${plural(o.schools, "школа", "школы", "школ")} (строки ${o.firstRow}–${o.lastRow}).`),
        el("p", { class: "hint" }, `Показатели ИСБ — доли в столбце ${o.students}: ${o.indicators.map((i) => `${i.header} (${i.direction === "+" ? "+" : "−"})`).join("; ")}.`),
        el("p", { class: "hint" }, `Формулы займут столбцы начиная с ${o.target}.`),
      ),
      el("label", { for: "index-result-column", class: "sub-label" }, "Результаты для типа школы"),
      results,
      el("p", { class: "hint" }, "Например, средний балл ОГЭ по русскому языку. Новый столбец «Результат (введите)» появится справа: тип школы посчитается, когда он будет заполнен."),
      el("div", { class: "actions" }, go),
    );
    go.addEventListener("click", async () => {
      replace(result);
      const r = await busyWhile(go, panel, status, "Вставляю формулы…", () => call<IndexResult>("insertIndexFormulas", { resultColumn: results.value }), failureText);
      if (!r) return;
      status.done(r.summary);
      replace(
        result,
        el(
          "ul",
          { class: "formulas", "aria-label": "Вставленные формулы" },
          ...r.columns.map((c) =>
            el(
              "li",
              {},
              el("b", {}, `${c.letter}: ${c.header}`),
              !c.formula
                ? el("div", { class: "hint" }, "заполните вручную")
                : c.formula.length > 60
                  ? el("details", {}, el("summary", {}, "формула"), el("code", {}, c.formula))
                  : el("div", {}, el("code", {}, c.formula)),
            ),
          ),
        ),
      );
      replace(choice);
    });
  };
  look.addEventListener("click", () => void load());
  return { load };
}
