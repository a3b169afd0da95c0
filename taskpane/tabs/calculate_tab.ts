/**
 * «Рассчитать»: next to a consolidated context table on the active sheet, the index of the schools as formulas of
 * the add-in — shares (`ОБР.ДОЛЯ`), the index (`ОБР.ИСБ`), its quartile group (`ОБР.ИСБ_ГРУППА`) and, with a result,
 * the type of school (`ОБР.ТИП_ШКОЛЫ`), one spilled formula at the top of each new column — and a scatter chart of
 * the index against the result with the quartile lines. Nothing is written over data: the columns to the right
 * must be empty.
 */
import { explainError } from "../office/explain_error";
import { PaneError } from "../office/pane_error";
import { readSheet, readSheetHeads } from "../office/read_sheet";
import { h, replace } from "../ui/dom";
import { Feedback } from "../ui/feedback";
import { choice, type ChoiceOption } from "../ui/choice";
import { plural } from "../ui/words";
import { readActiveSheet } from "../check/check_sheet";
import { contextLayout, type ContextLayout } from "../calculate/context_layout";
import { calculationPlan, type ResultSource } from "../calculate/calculation_plan";
import { resultSheets, resultsFromTable } from "../calculate/result_source";
import { CHART_API, insertCalculation } from "../calculate/insert_calculation";
import type { PaneServices } from "./tab_module";

const NONE = "none";
const COLUMN = "column:";
const SHEET = "sheet:";

export function mount(panel: HTMLElement, services: PaneServices): void {
  const feedback = new Feedback("calculate-feedback");
  const found = h("p", { class: "summary", id: "calculate-table", role: "status" }, "Поиск таблицы на активном листе…");
  const refresh = h("fluent-button", { appearance: "subtle", size: "small", id: "calculate-refresh" }, "Обновить");
  const result = choice("calculate-result", "Результат для типа школы и диаграммы", [{ value: NONE, label: "Без результата: только ИСБ и группа" }]);
  const button = h("fluent-button", { appearance: "primary", id: "calculate-run", class: "primary-action" }, "Вставить расчёт");

  panel.append(
    h("h2", { class: "tab-title" }, "Рассчитать показатели"),
    h("p", { class: "lead" }, "ИСБ, группа по ИСБ и тип школы — формулами ОБР.* в новых столбцах справа от свода контекстных данных, и диаграмма «ИСБ — результат» с линиями квартилей."),
    h("div", { class: "section-head" }, h("h3", {}, "Таблица"), refresh),
    found,
    result.field,
    h(
      "p",
      { class: "hint" },
      "Результат — столбец этого листа с числами (например, вставленный средний балл) или лист с таблицей «Образовательные результаты»: из неё по «Код ОО» берётся средний балл ЕГЭ по русскому языку за последний год (если его нет — процедура и предмет, которых в таблице больше всего).",
    ),
    button,
    feedback.root,
  );

  let layout: ContextLayout | undefined;

  /** Finds the table on the active sheet and the choices of a result. */
  async function inspect(): Promise<void> {
    try {
      const { table, heads } = await services.excel(async (ctx) => ({ ...(await readActiveSheet(ctx)), ...{ heads: (await readSheetHeads(ctx)).tables } }));
      layout = undefined;
      const options: ChoiceOption[] = [{ value: NONE, label: "Без результата: только ИСБ и группа" }];
      try {
        layout = contextLayout(table);
      } catch (e) {
        replace(found, explainError(e).title);
      }
      if (layout) {
        const l = layout;
        replace(
          found,
          `Лист «${l.sheet}»: ${plural(l.lastRow - l.firstRow + 1, "строка", "строки", "строк")} (${l.firstRow}–${l.lastRow}), показателей ИСБ — ${l.indicators.length}` +
            (l.missing.length ? `; нет столбцов: ${l.missing.map((m) => `«${m}»`).join(", ")}` : "") +
            ".",
        );
        options.push(...l.numericColumns.map((c) => ({ value: `${COLUMN}${c.header}`, label: `Столбец «${c.header}» этого листа` })));
      }
      options.push(...resultSheets(heads, table.name).map((name) => ({ value: `${SHEET}${name}`, label: `Лист «${name}» (результаты)` })));
      const preferred = options.find((o) => o.value.startsWith(SHEET)) ?? options.find((o) => o.value.startsWith(COLUMN));
      result.setOptions(options, preferred?.value);
    } catch (e) {
      replace(found, explainError(e).title);
    }
  }
  refresh.addEventListener("click", () => void inspect());
  services.onWorkbookChanged(() => void inspect());
  void inspect();

  let working = false;
  button.addEventListener("click", () => void run());

  async function run(): Promise<void> {
    if (working) return;
    working = true;
    button.setAttribute("disabled", "");
    panel.setAttribute("aria-busy", "true");
    try {
      feedback.busy("Чтение активного листа…");
      const chosen = result.value();
      const withChart = services.supports(CHART_API);
      const outcome = await services.excel(async (ctx) => {
        const { table } = await readActiveSheet(ctx);
        const l = contextLayout(table);
        let source: ResultSource = { kind: NONE };
        if (chosen.startsWith(COLUMN)) {
          const header = chosen.slice(COLUMN.length);
          const col = l.numericColumns.find((c) => c.header === header);
          if (!col) throw new PaneError(`На листе «${l.sheet}» нет столбца «${header}» с числами.`, "Нажмите «Обновить» и выберите результат заново.", "result");
          source = { kind: "column", col: col.col, header };
        } else if (chosen.startsWith(SHEET)) {
          feedback.busy("Чтение результатов…");
          const { table: results } = await readSheet(ctx, chosen.slice(SHEET.length));
          source = resultsFromTable(results, l.codes);
        }
        feedback.busy("Вставка формул и диаграммы…");
        const plan = calculationPlan(l, source);
        const inserted = await insertCalculation(ctx, plan, { chart: withChart });
        return { l, source, plan, inserted };
      });
      layout = outcome.l;
      const { l, source, inserted } = outcome;
      const lines = [
        `Столбцы ${inserted.columns} листа «${l.sheet}»: ИСБ, группа${source.kind !== NONE ? ", тип школы" : ""} и доли ${plural(l.indicators.length, "показателя", "показателей", "показателей")} — по одной формуле в верхней ячейке, значения разливаются вниз.`,
        ...(source.kind === "values" ? [`Результат: ${source.label} (значения с листа результатов).`] : source.kind === "column" ? [`Результат: столбец «${source.header}».`] : []),
        ...(inserted.chart ? ["Диаграмма «ИСБ и результаты школ»: школы точками, линии — 25-й и 75-й процентили ИСБ и результата."] : []),
      ];
      const notes = [
        "Формулы ОБР.* считаются, когда надстройка «Дорожная карта» подключена; без неё в ячейках будет #ИМЯ?.",
        ...(l.missing.length ? [`Не учтены показатели без столбца: ${l.missing.map((m) => `«${m}»`).join(", ")}.`] : []),
        ...(source.kind === NONE ? ["Тип школы и диаграмма не вставлены: не выбран результат."] : []),
        ...(source.kind !== NONE && !withChart ? ["Диаграмма не вставлена: эта версия Excel не умеет добавлять ряды диаграммы (нужен ExcelApi 1.7). Обновите Excel."] : []),
      ];
      feedback.success("Расчёт вставлен.", lines, notes);
      services.notifyWorkbookChanged();
    } catch (e) {
      feedback.error(explainError(e));
      if ((e as PaneError).field === "result") result.dropdown.focus();
    } finally {
      working = false;
      button.removeAttribute("disabled");
      panel.removeAttribute("aria-busy");
    }
  }
}
