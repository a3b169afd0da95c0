/**
 * «Создать»: the standard tables as new sheets of this spreadsheet. Forms with their Russian titles, the rows to
 * start with (a preset of the sources, the form's standard rows or an empty table), the programme's years, and the
 * variant — for schools (plain Sheets) or for the coordinator (`EDU_*` functions: the index next to the context
 * table, the share below the threshold in the results, the targets' achievement). Existing sheets are never
 * changed; a taken name gets «(2)».
 */
import type { ScaffoldRequest, ScaffoldResult } from "../server/scaffold_forms";
import type { SidebarForm, SidebarState } from "../server/sidebar_state";
import { el, replace } from "./dom";
import { plural } from "../../src/text/plural";
import { call, failureText } from "./server";
import { Status, busyWhile } from "./status";

const EMPTY = "__empty__";

interface FormRow {
  form: SidebarForm;
  box: HTMLInputElement;
  select?: HTMLSelectElement;
  existing: HTMLElement;
}

function formRow(form: SidebarForm): { item: HTMLLIElement; row: FormRow } {
  const id = `form-${form.id}`;
  const box = el("input", { type: "checkbox", id, "data-form": form.id });
  const existing = el("p", { class: "hint existing", hidden: true });
  const row: FormRow = { form, box, existing };
  const item = el("li", {}, el("div", { class: "check-row" }, box, el("label", { for: id }, form.title)), existing);
  if (form.presets.length) {
    const selectId = `preset-${form.id}`;
    const selected = form.defaultPreset ?? EMPTY;
    const select = el(
      "select",
      { id: selectId, "data-preset": form.id },
      ...form.presets.map((p) => el("option", { value: p.name, selected: p.name === selected }, p.title)),
      el("option", { value: EMPTY, selected: selected === EMPTY }, "Пустая таблица"),
    );
    const years = el("p", { class: "hint", hidden: true });
    const sub = el("div", { class: "sub", hidden: true }, el("label", { for: selectId }, "Заполнить строками"), select, years);
    const note = (): void => {
      const p = form.presets.find((x) => x.name === select.value);
      years.hidden = !p?.years.length;
      years.textContent = p?.years.length ? `Годы столбцов — из набора: ${p.years.join(", ")}.` : "";
    };
    select.addEventListener("change", note);
    box.addEventListener("change", () => {
      sub.hidden = !box.checked;
      note();
    });
    item.append(sub);
    row.select = select;
  }
  if (form.coordinatorIndex) item.append(el("p", { class: "hint" }, `Для координатора — справа от таблицы формулы ${form.coordinator.join(", ")}.`));
  else if (form.coordinator.length) item.append(el("p", { class: "hint" }, `Для координатора — с функциями ${form.coordinator.join(", ")}.`));
  return { item, row };
}

/**
 * Mounts the tab into its panel. Calls `sidebarState` once, then `existingForms` in the background.
 * @param panel the tab panel
 */
export async function mountCreate(panel: HTMLElement): Promise<void> {
  const status = new Status("create-status");
  panel.append(el("h2", {}, "Создать таблицы"), el("p", { class: "gray" }, "Новые листы с типовыми таблицами: шапка, подсказки, списки и проверка при вводе. Существующие листы не меняются."), status.root);
  status.busy("Загрузка списка форм…");
  let state: SidebarState;
  try {
    state = await call<SidebarState>("sidebarState");
  } catch (e) {
    status.fail(failureText(e));
    return;
  }
  status.clear();

  const built = state.forms.map(formRow);
  const rows = built.map((b) => b.row);
  const toggle = el("button", { type: "button", class: "link", id: "select-all" }, "Выбрать все");
  toggle.addEventListener("click", () => {
    const all = rows.every((r) => r.box.checked);
    for (const r of rows) {
      r.box.checked = !all;
      r.box.dispatchEvent(new Event("change"));
    }
  });
  const syncToggle = (): void => {
    toggle.textContent = rows.every((r) => r.box.checked) ? "Снять все" : "Выбрать все";
  };
  rows.forEach((r) => r.box.addEventListener("change", syncToggle));

  const from = el("input", { type: "number", id: "years-from", min: state.years.min, max: state.years.max, step: 1, value: state.years.from, "aria-label": "Первый год программы" });
  const to = el("input", { type: "number", id: "years-to", min: state.years.min, max: state.years.max, step: 1, value: state.years.to, "aria-label": "Последний год программы" });
  const school = el("input", { type: "radio", name: "variant", id: "variant-school", value: "school", checked: true });
  const coordinator = el("input", { type: "radio", name: "variant", id: "variant-coordinator", value: "coordinator" });
  const button = el("button", { type: "button", class: "action", id: "create-sheets" }, "Создать листы");

  const form = el(
    "div",
    {},
    el("div", { class: "section-head" }, el("h3", { id: "forms-label" }, "Таблицы"), toggle),
    el("ul", { class: "checks", "aria-labelledby": "forms-label" }, ...built.map((b) => b.item)),
    el("fieldset", {}, el("legend", {}, "Годы программы"), el("div", { class: "row" }, el("label", { for: "years-from" }, "с"), from, el("label", { for: "years-to" }, "по"), to)),
    el("p", { class: "hint" }, "По годам строятся столбцы «План …», «Факт …», «Объём средств …»."),
    el(
      "fieldset",
      {},
      el("legend", {}, "Вариант"),
      el("div", { class: "check-row" }, school, el("label", { for: "variant-school" }, "Для школ — шаблон, который заполняют без надстройки")),
      el("div", { class: "check-row" }, coordinator, el("label", { for: "variant-coordinator" }, "Для координатора — с функциями EDU_*: ИСБ, доля не преодолевших порог, целевые показатели")),
    ),
    el("div", { class: "actions" }, button),
  );
  panel.insertBefore(form, status.root);

  const refreshExisting = async (): Promise<void> => {
    try {
      const existing = await call<Record<string, string[]>>("existingForms");
      for (const r of rows) {
        const names = existing[r.form.id] ?? [];
        r.existing.hidden = names.length === 0;
        r.existing.textContent = names.length ? `Уже есть: ${names.map((n) => `«${n}»`).join(", ")}. Будет создан новый лист.` : "";
      }
    } catch {
      // Only a hint: creating sheets works without it.
    }
  };
  void refreshExisting();

  button.addEventListener("click", async () => {
    const chosen = rows.filter((r) => r.box.checked);
    if (chosen.length === 0) {
      status.fail("Отметьте хотя бы одну таблицу в списке.");
      rows[0]?.box.focus();
      return;
    }
    const request: ScaffoldRequest = {
      forms: chosen.map((r) => (r.select ? { formId: r.form.id, preset: r.select.value === EMPTY ? "" : r.select.value } : { formId: r.form.id })),
      years: { from: Number(from.value), to: Number(to.value) },
      variant: coordinator.checked ? "coordinator" : "school",
    };
    const result = await busyWhile(button, panel, status, `Создаю ${plural(chosen.length, "лист", "листа", "листов")}…`, () => call<ScaffoldResult>("scaffoldForms", request), failureText);
    if (!result) {
      if (/Годы программы/.test(status.root.textContent ?? "")) from.focus();
      return;
    }
    const titles = new Map(state.forms.map((f) => [f.id, f.title]));
    status.done(
      `Создано ${plural(result.sheets.length, "лист", "листа", "листов")}.`,
      el("ul", {}, ...result.sheets.map((s) => el("li", {}, `«${s.name}» — ${titles.get(s.formId) ?? s.title}`))),
      ...result.notes.map((n) => el("p", { class: "hint" }, n)),
    );
    void refreshExisting();
  });
}

/** Clears a panel (tests re-mount). */
export function unmount(panel: HTMLElement): void {
  replace(panel);
}
