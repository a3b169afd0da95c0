/**
 * «Свести»: files of one form chosen from disk → one table with the source of every row, written into new sheets
 * of the open workbook («Свод», «Замечания», «Сводка» — a taken name gets «(2)»; for the results also the share
 * below the threshold, «По школам» and «Пояснения», as the command line writes them), through the shared
 * consolidation of src/consolidate and src/region and the Office.js writer. Optionally a list of expected schools
 * (a sheet of this workbook or a file) to report the schools without data. Progress per file, then per sheet written.
 */
import { FORMS, formSpec } from "../../src/forms/specs";
import { CONSOLIDATION_CODES, CONSOLIDATION_KINDS_RU } from "../../src/consolidate/consolidate";
import type { ExpectedSchool } from "../../src/consolidate/types";
import { explainError } from "../office/explain_error";
import { PaneError } from "../office/pane_error";
import { readSheetHeads } from "../office/read_sheet";
import { h } from "../ui/dom";
import { Feedback } from "../ui/feedback";
import { choice, fileChooser, radios } from "../ui/choice";
import { plural } from "../ui/words";
import { consolidateFiles } from "../consolidate/consolidate_files";
import { schoolsFromFile, schoolsFromSheet } from "../consolidate/expected_schools";
import type { PaneServices } from "./tab_module";

/** Findings quoted in the result (the «Замечания» sheet has them all). */
const QUOTED = 6;

export function mount(panel: HTMLElement, services: PaneServices): void {
  const feedback = new Feedback("consolidate-feedback");
  const form = choice(
    "consolidate-form",
    "Форма",
    FORMS.map((f) => ({ value: f.id, label: f.title })),
  );
  const files = fileChooser("consolidate-files", "Выбрать файлы школ…", { multiple: true, accept: ".xlsx,.xlsm", hint: "Файлы одной формы от разных школ или муниципалитетов." });
  const list = radios("consolidate-schools", "consolidate-schools-label", [
    { value: "none", label: "Без перечня" },
    { value: "sheet", label: "Лист этой книги" },
    { value: "file", label: "Файл (.xlsx, .csv или .txt)" },
  ]);
  const sheet = choice("consolidate-list-sheet", "Лист с перечнем", []);
  sheet.field.hidden = true;
  const listFile = fileChooser("consolidate-list-file", "Выбрать файл перечня…", { accept: ".xlsx,.xlsm,.csv,.txt" });
  listFile.root.hidden = true;
  list.root.addEventListener("change", () => {
    sheet.field.hidden = list.value() !== "sheet";
    listFile.root.hidden = list.value() !== "file";
  });
  const button = h("fluent-button", { appearance: "primary", id: "consolidate-run", class: "primary-action" }, "Свести");

  panel.append(
    h("h2", { class: "tab-title" }, "Свести формы"),
    h("p", { class: "lead" }, "Одна таблица из файлов школ: у каждой строки — файл, лист и строка, откуда она взята. Повторы школ, строки с ошибками и нечитаемые файлы — на листе «Замечания»."),
    form.field,
    h("h3", {}, "Файлы"),
    files.root,
    h("h3", { id: "consolidate-schools-label" }, "Перечень школ (необязательно)"),
    list.root,
    h("p", { class: "hint" }, "По перечню (столбец «Код ОО») панель найдёт школы, чьих данных нет ни в одном файле."),
    sheet.field,
    listFile.root,
    button,
    feedback.root,
  );

  /** The sheets of the workbook, for the list of expected schools. */
  const refreshSheets = async (): Promise<void> => {
    try {
      const { tables } = await services.excel((ctx) => readSheetHeads(ctx));
      sheet.setOptions(tables.filter((t) => !t.hidden).map((t) => ({ value: t.name, label: t.name })));
    } catch {
      // The list is a convenience: a file works without it.
    }
  };
  services.onWorkbookChanged(() => void refreshSheets());
  void refreshSheets();

  let working = false;
  button.addEventListener("click", () => void run());

  async function expectedSchools(): Promise<ExpectedSchool[] | undefined> {
    const kind = list.value();
    if (kind === "sheet") {
      const name = sheet.value();
      if (!name) throw new PaneError("Не выбран лист с перечнем школ.", "Выберите лист в списке «Лист с перечнем» или «Без перечня».", "schools");
      return services.excel((ctx) => schoolsFromSheet(ctx, name));
    }
    if (kind === "file") {
      const [file] = listFile.files();
      if (!file) throw new PaneError("Не выбран файл с перечнем школ.", "Нажмите «Выбрать файл перечня…» или выберите «Без перечня».", "schools");
      return schoolsFromFile(file);
    }
    return undefined;
  }

  async function run(): Promise<void> {
    if (working) return;
    working = true;
    button.setAttribute("disabled", "");
    panel.setAttribute("aria-busy", "true");
    try {
      const spec = formSpec(form.value());
      const picked = files.files();
      if (!picked.length) throw new PaneError("Файлы школ не выбраны.", "Нажмите «Выбрать файлы школ…» и отметьте файлы .xlsx (можно сразу несколько).", "files");
      feedback.busy("Чтение перечня школ…");
      const schools = await expectedSchools();
      // One bar for the whole work: each file read, then each sheet written (three, five for the results).
      const SHEETS = spec.id === "results" ? 5 : 3;
      const { consolidation: c, plans, derived } = await consolidateFiles(picked, { formId: spec.id, ...(schools ? { schools } : {}) }, (p) => {
        if (p.current) feedback.progress(p.done, p.total + SHEETS, `Файл ${p.done + 1} из ${p.total}: «${p.current}»…`);
        else feedback.progress(p.total, p.total + SHEETS, "Запись листов свода…");
      });
      const { scaffoldPlans } = await import(/* webpackChunkName: "create" */ "../office/scaffold_plans");
      const written = await services.excel((ctx) =>
        scaffoldPlans(ctx, plans, {
          onProgress: (p) => {
            if (p.current) feedback.progress(picked.length + p.done, picked.length + p.total, `Запись листа «${p.current.name}» (${p.done + 1} из ${p.total})…`);
          },
        }),
      );
      services.notifyWorkbookChanged();
      const s = c.stats;
      const [table, findingsSheet, , schoolsSheet] = written.sheets;
      const counts = CONSOLIDATION_CODES.map((code) => [code, c.findings.filter((f) => f.code === code).length] as const).filter(([, n]) => n > 0);
      const lines = [
        `Лист «${table.name}»: ${plural(s.rows, "строка", "строки", "строк")} из ${plural(s.readFiles, "файла", "файлов", "файлов")} (выбрано ${s.files}).`,
        ...(derived && schoolsSheet
          ? [
              `Доля не преодолевших порог — в столбцах листа «${table.name}» (значение и формула ОБР.ДОЛЯ).`,
              `Лист «${schoolsSheet.name}» (${derived.years.length ? `годы ${derived.years.join(", ")}` : "нет учебных годов"}): риск 30 % — ${derived.counts.risk}, стабильно низкие результаты — ${derived.counts.stablyLow} из ${plural(derived.counts.schools, "школы", "школ", "школ")}; пояснения — на листе «${written.sheets[4]?.name ?? ""}».`,
            ]
          : []),
        ...counts.map(([code, n]) => `${CONSOLIDATION_KINDS_RU[code][0].toUpperCase()}${CONSOLIDATION_KINDS_RU[code].slice(1)}: ${n}.`),
        ...c.findings.slice(0, QUOTED).map((f) => `${f.file ? `«${f.file}»${f.row ? `, строка ${f.row}` : ""}: ` : ""}${f.message}`),
      ];
      const notes = [
        c.findings.length > QUOTED ? `Все замечания (${c.findings.length}) — на листе «${findingsSheet.name}».` : c.findings.length ? `Замечания — на листе «${findingsSheet.name}».` : "Замечаний нет.",
        ...written.sheets.filter((x) => x.name !== x.requested).map((x) => `Лист «${x.requested}» уже был, новый назван «${x.name}».`),
      ];
      const errors = c.findings.filter((f) => f.severity === "error").length;
      if (errors || s.missing) feedback.warning(`Свод готов, есть замечания: ${plural(errors, "ошибка", "ошибки", "ошибок")}${s.missing ? `, нет данных ${plural(s.missing, "школы", "школ", "школ")} из перечня` : ""}.`, [...lines, ...notes]);
      else feedback.success(`Свод готов: ${plural(s.rows, "строка", "строки", "строк")}.`, lines, notes);
    } catch (e) {
      feedback.error(explainError(e));
      const field = (e as PaneError).field;
      if (field === "files") files.input.focus();
      if (field === "schools") (list.value() === "file" ? listFile.input : sheet.dropdown).focus();
    } finally {
      working = false;
      button.removeAttribute("disabled");
      panel.removeAttribute("aria-busy");
    }
  }
}
