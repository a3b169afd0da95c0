/**
 * «Проверить»: a form's sheet checked by the rules of its form — the active sheet of the open workbook (read through
 * the Excel API in bounded syncs) or files chosen from disk (read by the safe loader, loaded on first use). The form
 * is chosen or recognised (marker, else headers). Findings are listed by severity, errors first, each with its cell,
 * column, value and message as text; a finding of the open workbook selects its cell when clicked (or on Enter), a
 * finding of a file says where to look. «Записать замечания на новый лист» writes the command line's report sheets.
 */
import { FORMS } from "../../src/forms/specs";
import type { Finding } from "../../src/validate/types";
import { explainError } from "../office/explain_error";
import { PaneError } from "../office/pane_error";
import { h, replace } from "../ui/dom";
import { Feedback } from "../ui/feedback";
import { choice, fileChooser, radios } from "../ui/choice";
import { plural } from "../ui/words";
import { AUTO_FORM, processFiles, type FileResult } from "../files/process_files";
import { checkSheet, readActiveSheet, selectCell, type SheetCheck } from "../check/check_sheet";
import { countsText, groupFindings, placeText, severityText, valueText } from "../check/findings_view";
import { findingsPlans, THIS_WORKBOOK } from "../check/findings_report";
import type { PaneServices } from "./tab_module";

/** At most this many findings of one severity are listed; the sheet of findings has them all. */
export const LIST_LIMIT = 200;

/** What was checked last: the open workbook's sheet or files. */
type Checked = { kind: "sheet"; check: SheetCheck } | { kind: "files"; files: FileResult[]; form: string };

export function mount(panel: HTMLElement, services: PaneServices): void {
  const feedback = new Feedback("check-feedback");
  const form = choice("check-form", "Форма", [{ value: AUTO_FORM, label: "Определить автоматически" }, ...FORMS.map((f) => ({ value: f.id, label: f.title }))]);
  const source = radios("check-source", "check-source-label", [
    { value: "sheet", label: "Активный лист этой книги" },
    { value: "files", label: "Файлы с диска (.xlsx)" },
  ]);
  const files = fileChooser("check-files", "Выбрать файлы…", { multiple: true, accept: ".xlsx,.xlsm", hint: "Можно выбрать сразу несколько файлов школ." });
  files.root.hidden = true;
  source.root.addEventListener("change", () => {
    files.root.hidden = source.value() !== "files";
  });
  const button = h("fluent-button", { appearance: "primary", id: "check-run", class: "primary-action" }, "Проверить");
  const summary = h("p", { class: "summary", id: "check-summary", role: "status", hidden: true });
  const where = h("p", { class: "hint where", id: "check-where", "aria-live": "polite", hidden: true });
  const list = h("div", { class: "findings", id: "check-findings" });
  const write = h("fluent-button", { appearance: "secondary", id: "check-write", class: "secondary-action", hidden: true }, "Записать замечания на новый лист");
  const writeFeedback = new Feedback("check-write-feedback");

  panel.append(
    h("h2", { class: "tab-title" }, "Проверить формы"),
    h("p", { class: "lead" }, "Проверка по правилам формы: пустые обязательные ячейки, неверные числа и значения, повторы кодов, истёкшие сроки. Книга не меняется."),
    form.field,
    h("h3", { id: "check-source-label" }, "Что проверить"),
    source.root,
    files.root,
    button,
    feedback.root,
    summary,
    where,
    list,
    write,
    writeFeedback.root,
  );

  let working = false;
  let last: Checked | undefined;

  const busy = (on: boolean): void => {
    working = on;
    for (const b of [button, write]) {
      if (on) b.setAttribute("disabled", "");
      else b.removeAttribute("disabled");
    }
    if (on) panel.setAttribute("aria-busy", "true");
    else panel.removeAttribute("aria-busy");
  };

  /** One finding as a button: the place, the value, the message — all text. */
  const findingItem = (f: Finding, file?: string): HTMLElement => {
    const item = h(
      "button",
      { type: "button", class: `finding finding-${f.severity}`, "data-cell": f.cell, "data-sheet": f.sheet, "aria-label": `${severityText(f.severity)}: ${placeText(f)}. ${f.message}` },
      h("span", { class: "finding-place" }, placeText(f)),
      f.cell || f.value !== null ? h("span", { class: "finding-value" }, `Значение: ${valueText(f.value)}`) : null,
      h("span", { class: "finding-message" }, f.message),
    );
    item.addEventListener("click", () => {
      // The finding last shown stays marked, so the person sees which one the cell belongs to.
      list.querySelectorAll(".finding[aria-current]").forEach((el) => el.removeAttribute("aria-current"));
      item.setAttribute("aria-current", "true");
      void show(f, file);
    });
    return item;
  };

  /** Shows where a finding is: selects its cell in the open workbook, or names the file and cell. */
  async function show(f: Finding, file?: string): Promise<void> {
    where.hidden = false;
    if (file !== undefined) {
      where.textContent = f.cell
        ? `Файл «${file}», лист «${f.sheet}», ячейка ${f.cell}: откройте файл в Excel, чтобы исправить.`
        : `Файл «${file}»${f.sheet ? `, лист «${f.sheet}»` : ""}: замечание ко всему ${f.sheet ? "листу" : "файлу"}.`;
      return;
    }
    if (!f.cell || !f.sheet) {
      where.textContent = "Замечание ко всему листу: выделять нечего.";
      return;
    }
    try {
      await services.excel((ctx) => selectCell(ctx, f.sheet, f.cell));
      where.textContent = `Выделена ячейка ${f.cell} на листе «${f.sheet}».`;
    } catch (e) {
      const x = explainError(e);
      where.textContent = `${x.title} ${x.action}`.trim();
    }
  }

  /** The groups of findings, errors first, each capped at LIST_LIMIT. */
  const groupsOf = (findings: readonly Finding[], file?: string): HTMLElement[] =>
    groupFindings(findings).map((g) =>
      h(
        "section",
        { class: `finding-group group-${g.severity}`, "aria-label": `${g.title}: ${g.findings.length}` },
        h("h4", {}, `${g.title} (${g.findings.length.toLocaleString("ru-RU")})`),
        h("div", { class: "finding-list" }, ...g.findings.slice(0, LIST_LIMIT).map((f) => findingItem(f, file))),
        g.findings.length > LIST_LIMIT ? h("p", { class: "hint" }, `Показаны первые ${LIST_LIMIT}; все — на листе замечаний.`) : null,
      ),
    );

  const formTitle = (c: { spec?: { title: string } }): string => (c.spec ? `«${c.spec.title}»` : "не определена");
  const byText = { chosen: "выбрана в списке", marker: "по скрытой метке шаблона", headers: "по заголовкам", none: "" } as const;

  function render(c: Checked): void {
    last = c;
    where.hidden = true;
    summary.hidden = false;
    write.hidden = false;
    writeFeedback.clear();
    if (c.kind === "sheet") {
      const { check } = c;
      const counts = check.findings.length ? `${countsText(check.findings)}.` : "замечаний нет.";
      replace(summary, `Лист «${check.sheet}», форма ${formTitle(check)}${check.by !== "none" ? ` (${byText[check.by]})` : ""}: ${counts}`);
      replace(list, ...groupsOf(check.findings));
      write.hidden = check.findings.length === 0;
      return;
    }
    const all = c.files.flatMap((f) => f.findings);
    const valid = c.files.filter((f) => !f.findings.some((x) => x.severity === "error")).length;
    replace(summary, `${plural(c.files.length, "файл", "файла", "файлов")}, без ошибок — ${valid}: ${all.length ? countsText(all) : "замечаний нет"}.`);
    replace(
      list,
      ...c.files.map((f) =>
        h(
          "section",
          { class: "file-result" },
          h("h3", { class: "file-name" }, f.file),
          h("p", { class: "hint" }, f.spec ? `Форма ${formTitle(f)}${f.sheet ? `, лист «${f.sheet}»` : ""}${f.by ? ` (${byText[f.by]})` : ""}: ${f.findings.length ? countsText(f.findings) : "замечаний нет"}.` : f.read ? "Форма не определена." : "Файл не прочитан."),
          ...groupsOf(f.findings, f.file),
        ),
      ),
    );
    write.hidden = all.length === 0;
  }

  button.addEventListener("click", () => void run());
  write.addEventListener("click", () => void writeSheet());

  async function run(): Promise<void> {
    if (working) return;
    busy(true);
    feedback.clear();
    try {
      const formId = form.value();
      if (source.value() === "files") {
        const picked = files.files();
        if (!picked.length) throw new PaneError("Файлы не выбраны.", "Нажмите «Выбрать файлы…» и отметьте файлы .xlsx (можно несколько).", "files");
        feedback.busy("Загрузка модуля чтения файлов…");
        const results = await processFiles(picked, formId, {
          onProgress: (p) => {
            if (p.current) feedback.progress(p.done, p.total, `Файл ${p.done + 1} из ${p.total}: «${p.current}»…`);
          },
        });
        feedback.clear();
        render({ kind: "files", files: results, form: formId });
      } else {
        feedback.busy("Чтение активного листа…");
        const { table } = await services.excel((ctx) =>
          readActiveSheet(ctx, { onProgress: (p) => feedback.progress(p.rows, p.totalRows, `Чтение листа «${p.sheet}»: строк ${p.rows.toLocaleString("ru-RU")} из ${p.totalRows.toLocaleString("ru-RU")}…`) }),
        );
        feedback.busy("Проверка…");
        const check = checkSheet(table, formId);
        feedback.clear();
        render({ kind: "sheet", check });
      }
    } catch (e) {
      feedback.error(explainError(e));
      if ((e as PaneError).field === "files") files.input.focus();
    } finally {
      busy(false);
    }
  }

  async function writeSheet(): Promise<void> {
    if (working || !last) return;
    busy(true);
    try {
      const c = last;
      const results = c.kind === "sheet" ? [{ file: THIS_WORKBOOK, findings: c.check.findings }] : c.files.map((f) => ({ file: f.file, findings: f.findings }));
      const titles = [...new Set((c.kind === "sheet" ? [c.check.spec] : c.files.map((f) => f.spec)).filter((s) => s).map((s) => s!.title))];
      const plans = findingsPlans(results, titles.length === 1 ? titles[0] : "формы школ", c.kind === "files");
      writeFeedback.busy("Запись листа замечаний…");
      const { scaffoldPlans } = await import(/* webpackChunkName: "create" */ "../office/scaffold_plans");
      const written = await services.excel((ctx) => scaffoldPlans(ctx, plans));
      writeFeedback.success(
        `Записано листов: ${written.sheets.length}.`,
        written.sheets.map((s) => `«${s.name}»`),
        written.sheets.filter((s) => s.name !== s.requested).map((s) => `Лист «${s.requested}» уже был, новый назван «${s.name}».`),
      );
      services.notifyWorkbookChanged();
    } catch (e) {
      writeFeedback.error(explainError(e));
    } finally {
      busy(false);
    }
  }
}
