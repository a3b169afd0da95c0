/**
 * «Создать таблицы»: the standard tables as new sheets of the open workbook. The user picks forms (Russian
 * titles from the specs), the programme's years, the rows to start with (a preset of the sources, the form's
 * standard rows or an empty table) and the variant — for schools (native Excel only) or for the coordinator
 * (`ОБР.*` functions: the index next to the context table, the share below the threshold in the results, the
 * targets' achievement). Existing sheets are never changed; a taken name gets «(2)».
 * Sheets already made from a template are listed next to their form.
 */
import { FORMS } from "../../src/forms/specs";
import { DEFAULT_PRESETS, presetsFor, preset as presetByName } from "../../src/forms/presets";
import type { FormSpec } from "../../src/forms/types";
import type { CreateChoice, FormChoice } from "../create/build_plans";
import { hasCoordinatorVariant } from "../../src/forms/variants";
import type { FormVariant } from "../../src/forms/variants";
import { explainError } from "../office/explain_error";
import { readSheetHeads } from "../office/read_sheet";
import { OPTIONAL_FEATURES } from "../office/requirements";
import { h, replace } from "../ui/dom";
import { Feedback } from "../ui/feedback";
import type { PaneServices } from "./tab_module";

/** Value of the preset drop-down for an empty table. */
const EMPTY = "__empty__";

interface FormRow {
  spec: FormSpec;
  checkbox: HTMLElement & { checked?: boolean };
  dropdown?: HTMLElement & { value?: string | null };
  presetBox?: HTMLElement;
  yearsNote?: HTMLElement;
  existing: HTMLElement;
}

const checked = (el: HTMLElement & { checked?: boolean }): boolean => Boolean(el.checked);

/** What the coordinator's variant of a form computes with the add-in's functions, in a line. */
function coordinatorHint(spec: FormSpec): string {
  if (spec.coordinatorIndex) {
    return "Вариант координатора: справа от таблицы — доли категорий, ИСБ, группа и тип школы формулами ОБР.*; строки без «Код ОО» остаются пустыми.";
  }
  const columns = [...spec.columns, ...(spec.coordinatorColumns ?? [])].filter((c) => c.derived?.coordinator).map((c) => `«${c.header}»`);
  const summary = (spec.summary ?? []).some((x) => Object.values(x.cells).some((cell) => cell.coordinator));
  const what = `${columns.length === 1 ? "столбец" : "столбцы"} ${columns.join(", ")}${summary ? " и итоговую строку" : ""}`;
  return `Вариант координатора: ${what} считают функции ОБР.*.`;
}

function formRow(spec: FormSpec): FormRow {
  const id = `form-${spec.id}`;
  const checkbox = h("fluent-checkbox", { slot: "input", id, "data-form": spec.id });
  const field = h("fluent-field", { "label-position": "after", class: "form-field" }, h("label", { slot: "label", for: id }, spec.title), checkbox);
  const existing = h("p", { class: "hint existing", hidden: true, "data-existing": spec.id });
  const row: FormRow = { spec, checkbox, existing };
  const presets = presetsFor(spec.id);
  const parts: HTMLElement[] = [field, existing];
  if (presets.length) {
    const standard = DEFAULT_PRESETS[spec.id];
    const selected = standard ?? EMPTY;
    const options = [
      ...presets.map((p) => h("fluent-option", { value: p.name, selected: p.name === selected }, p.title)),
      h("fluent-option", { value: EMPTY, selected: selected === EMPTY }, "Пустая таблица"),
    ];
    const dropdownId = `preset-${spec.id}`;
    const dropdown = h("fluent-dropdown", { slot: "input", id: dropdownId, class: "preset", size: "small", "data-preset": spec.id }, h("fluent-listbox", {}, ...options));
    const yearsNote = h("p", { class: "hint", hidden: true });
    const presetBox = h(
      "div",
      { class: "preset-box", hidden: true },
      h("fluent-field", { "label-position": "above", class: "preset-field" }, h("label", { slot: "label", for: dropdownId }, "Заполнить строками"), dropdown),
      yearsNote,
    );
    const updateNote = (): void => {
      const value = (dropdown as { value?: string | null }).value ?? selected;
      const years = value && value !== EMPTY ? presetByName(value).years : undefined;
      yearsNote.hidden = !years?.length;
      yearsNote.textContent = years?.length ? `Годы столбцов — из набора: ${years.join(", ")}.` : "";
    };
    dropdown.addEventListener("change", updateNote);
    checkbox.addEventListener("change", () => {
      presetBox.hidden = !checked(checkbox);
      updateNote();
    });
    Object.assign(row, { dropdown, presetBox, yearsNote });
    parts.push(presetBox);
  }
  if (hasCoordinatorVariant(spec)) {
    parts.push(h("p", { class: "hint coordinator-only", hidden: true, "data-coordinator": spec.id }, coordinatorHint(spec)));
  }
  const item = h("li", { class: "form-item" }, ...parts);
  (row as FormRow & { item: HTMLElement }).item = item;
  return row;
}

function yearInput(id: string, label: string, value: number): { field: HTMLElement; input: HTMLElement & { value?: string } } {
  const input = h("fluent-text-input", { id, slot: "input", value: String(value), size: 6, maxlength: 4, class: "year", "aria-label": label }, label);
  return { field: input, input };
}

/** The choice of the tab as it stands. */
function currentChoice(rows: readonly FormRow[], from: string, to: string, variant: FormVariant): CreateChoice {
  const forms: FormChoice[] = rows
    .filter((r) => checked(r.checkbox))
    .map((r) => {
      if (!r.dropdown) return { formId: r.spec.id };
      const value = r.dropdown.value ?? DEFAULT_PRESETS[r.spec.id] ?? EMPTY;
      return { formId: r.spec.id, preset: value === EMPTY ? "" : value };
    });
  const year = (text: string): number => (/^\s*\d{4}\s*$/.test(text) ? Number(text) : Number.NaN);
  return { forms, years: { from: year(from), to: year(to) }, variant };
}

export function mount(panel: HTMLElement, services: PaneServices): void {
  const now = new Date().getFullYear();
  const rows = FORMS.map(formRow);
  const feedback = new Feedback("create-feedback");

  const toggleAll = h("fluent-button", { appearance: "subtle", size: "small", id: "select-all" }, "Выбрать все");
  toggleAll.addEventListener("click", () => {
    const all = rows.every((r) => checked(r.checkbox));
    for (const r of rows) {
      (r.checkbox as { checked?: boolean }).checked = !all;
      r.checkbox.dispatchEvent(new Event("change"));
    }
    toggleAll.textContent = all ? "Выбрать все" : "Снять все";
  });
  for (const r of rows) {
    r.checkbox.addEventListener("change", () => {
      toggleAll.textContent = rows.every((x) => checked(x.checkbox)) ? "Снять все" : "Выбрать все";
    });
  }

  const from = yearInput("years-from", "с", now);
  const to = yearInput("years-to", "по", now + 2);

  const radios = h(
    "fluent-radio-group",
    { id: "variant", class: "variant", name: "variant", orientation: "vertical", "aria-labelledby": "variant-label", value: "school" },
    h("fluent-field", { "label-position": "after" }, h("label", { slot: "label", for: "variant-school" }, "Для школ — шаблон, который заполняют без надстройки"), h("fluent-radio", { slot: "input", id: "variant-school", value: "school", checked: true })),
    h(
      "fluent-field",
      { "label-position": "after" },
      h("label", { slot: "label", for: "variant-coordinator" }, "Для координатора — с функциями ОБР.*: ИСБ, доля не преодолевших порог, целевые показатели"),
      h("fluent-radio", { slot: "input", id: "variant-coordinator", value: "coordinator" }),
    ),
  );

  radios.addEventListener("change", () => {
    const coordinator = (radios as { value?: string }).value === "coordinator";
    panel.querySelectorAll<HTMLElement>(".coordinator-only").forEach((el) => (el.hidden = !coordinator));
  });

  const button = h("fluent-button", { appearance: "primary", id: "create-sheets", class: "primary-action" }, "Создать листы");

  panel.append(
    h("h2", { class: "tab-title" }, "Создать таблицы"),
    h("p", { class: "lead" }, "Новые листы с типовыми таблицами: шапка, подсказки, списки и проверка при вводе. Существующие листы не меняются."),
    h("div", { class: "section-head" }, h("h3", { id: "forms-label" }, "Таблицы"), toggleAll),
    h("ul", { class: "form-list", "aria-labelledby": "forms-label" }, ...rows.map((r) => (r as FormRow & { item: HTMLElement }).item)),
    h("h3", { id: "years-label" }, "Годы программы"),
    h("div", { class: "years", role: "group", "aria-labelledby": "years-label" }, from.field, to.field),
    h("p", { class: "hint" }, "По годам строятся столбцы «План …», «Факт …», «Объём средств …»."),
    h("h3", { id: "variant-label" }, "Вариант"),
    radios,
    button,
    feedback.root,
  );

  /** Shows, next to each form, the sheets of this workbook already made from its template. */
  const refreshExisting = async (): Promise<void> => {
    try {
      const { tables } = await services.excel((ctx) => readSheetHeads(ctx));
      for (const r of rows) {
        const found = tables.filter((t) => t.marker?.formId === r.spec.id);
        r.existing.hidden = found.length === 0;
        if (!found.length) continue;
        const names = found.map((t) => {
          const title = t.rows[0]?.[0];
          return typeof title === "string" && title.trim() && title.trim() !== r.spec.title ? `«${t.name}» (заголовок: «${title}»)` : `«${t.name}»`;
        });
        replace(r.existing, `Уже есть в книге: ${names.join(", ")}. Будет создан новый лист.`);
      }
    } catch {
      // The list is a convenience: creating sheets works without it.
    }
  };
  services.onWorkbookChanged(() => void refreshExisting());
  void refreshExisting();

  let working = false;
  button.addEventListener("click", () => void create());

  async function create(): Promise<void> {
    if (working) return;
    const variant = ((radios as { value?: string }).value === "coordinator" ? "coordinator" : "school") as FormVariant;
    const choice = currentChoice(rows, from.input.value ?? "", to.input.value ?? "", variant);
    let plans;
    let createSheets: typeof import("../create/create_sheets").createSheets;
    try {
      // The plan builder and the writer load on first use: the pane starts with the form list only.
      const [builder, writer] = await Promise.all([import(/* webpackChunkName: "create" */ "../create/build_plans"), import(/* webpackChunkName: "create" */ "../create/create_sheets")]);
      createSheets = writer.createSheets;
      plans = builder.buildPlans(choice);
    } catch (e) {
      feedback.error(explainError(e));
      const field = (e as { field?: string }).field;
      const target = field === "years" ? from.input : field === "forms" ? rows[0].checkbox : undefined;
      target?.focus();
      return;
    }
    working = true;
    button.setAttribute("disabled", "");
    panel.setAttribute("aria-busy", "true");
    const titles = new Map(FORMS.map((f) => [f.id, f.title]));
    try {
      feedback.progress(0, plans.length, "Чтение списка листов книги…");
      const result = await services.excel((ctx) =>
        createSheets(ctx, plans, variant, {
          onProgress: (p) => {
            if (p.current) feedback.progress(p.done, p.total, `Лист ${p.done + 1} из ${p.total}: «${p.current.name}»…`);
          },
        }),
      );
      const lines = result.sheets.map((s) => `«${s.name}» — ${titles.get(s.formId) ?? s.formId}`);
      const notes = result.sheets.filter((s) => s.name !== s.requested).map((s) => `Лист «${s.requested}» уже был, новый назван «${s.name}».`);
      for (const x of result.indexes) {
        lines.push(
          `«${x.sheet}», столбцы ${x.columns}: ИСБ, группа, тип школы и доли категорий формулами ОБР.* для строк ${x.rows} — вставьте школы в таблицу, результат школы — в столбец «${x.result}».`,
        );
      }
      if (result.indexes.length) notes.push("Формулы ОБР.* считаются, когда надстройка «Дорожная карта» подключена; без неё в ячейках будет #ИМЯ?.");
      const skipped = [...new Set(result.sheets.flatMap((s) => s.skipped))].map((f) => OPTIONAL_FEATURES[f].ru);
      if (skipped.length) notes.push(`Эта версия Excel не поддерживает: ${skipped.join("; ")}. Остальное создано; обновите Excel, чтобы получить всё.`);
      feedback.success(`Создано листов: ${result.sheets.length}.`, lines, notes);
      services.notifyWorkbookChanged();
    } catch (e) {
      feedback.error(explainError(e));
      services.notifyWorkbookChanged();
    } finally {
      working = false;
      button.removeAttribute("disabled");
      panel.removeAttribute("aria-busy");
    }
  }
}
