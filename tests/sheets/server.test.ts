/**
 * The add-on's server functions as shipped (dist/sheets/Code.js), called like google.script.run calls them, on a
 * strict SpreadsheetApp double: the menu, the sidebar, scaffolding, checking the active sheet (the same findings
 * as the Excel validator on the same sheet), selecting a finding's cell, consolidating sheets, inserting the index
 * formulas — and never writing over anything that was there.
 */
import { formSpec } from "../../src/forms/specs";
import { buildSheetPlan } from "../../src/plan";
import type { Finding } from "../../src/validate";
import type { ConsolidateResult, ConsolidationCandidates } from "../../sheets/server/consolidate_sheets";
import type { IndexOptions, IndexResult } from "../../sheets/server/index_formulas";
import type { ScaffoldResult } from "../../sheets/server/scaffold_forms";
import type { SidebarState } from "../../sheets/server/sidebar_state";
import type { ValidationResult } from "../../sheets/server/validate_active_sheet";
import { loadAddon, type Addon } from "./addon_harness";
import type { DoubleSheet, DoubleSpreadsheet } from "./apps_script_double";
import { AS_OF, CONTEXT_ROW, excelFindings, typeRows, type Fill } from "./helpers";

/** Everything a spreadsheet holds, to compare before and after an action. */
function snapshot(ss: DoubleSpreadsheet): unknown {
  return ss.sheets.map((s) => ({
    name: s.sheetName,
    size: [s.maxRows, s.maxColumns],
    cells: [...s.cells.entries()].map(([k, c]) => [k, JSON.stringify(c)]),
    merges: JSON.stringify(s.merges),
    frozen: [s.frozenRows, s.frozenColumns],
    protections: s.protections.length,
    rules: s.conditionalRules.length,
  }));
}

const sheetOf = (addon: Addon, name: string): DoubleSheet => {
  const s = addon.double.spreadsheet.sheets.find((x) => x.sheetName === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

describe("menu and sidebar", () => {
  test("onOpen adds the add-on menu; onInstall does the same; nothing in the spreadsheet is touched", () => {
    const addon = loadAddon();
    const before = snapshot(addon.double.spreadsheet);
    addon.run("onOpen", { authMode: "NONE" });
    addon.run("onInstall", { authMode: "FULL" });
    expect(addon.double.menus).toHaveLength(2);
    const items = addon.double.menus[0].items;
    expect(items[0]).toEqual({ caption: "Открыть панель", fn: "showSidebar" });
    expect(items).toContainEqual({ caption: "Проверить текущий лист", fn: "menuValidate" });
    for (const item of items) if (item !== "separator") expect(typeof addon.context[item.fn]).toBe("function");
    expect(addon.double.log.total()).toBe(0);
    expect(snapshot(addon.double.spreadsheet)).toEqual(before);
  });

  test("the sidebar opens from Sidebar.html with the add-on's title; a menu item names its tab", () => {
    const addon = loadAddon();
    addon.run("showSidebar");
    addon.run("menuValidate");
    const [plain, check] = addon.double.ui.sidebars;
    expect(plain.getTitle()).toBe("Дорожная карта");
    expect(plain.getContent()).toMatch(/^<!doctype html>/i);
    expect(plain.getContent()).not.toContain('<div id="edu-start"');
    expect(check.getContent()).toMatch(/<div id="edu-start" data-tab="check" hidden><\/div>$/);
  });

  test("sidebarState lists the eleven forms with their presets and the default years", () => {
    const addon = loadAddon();
    const state = addon.run<SidebarState>("sidebarState", "2025-03-01");
    expect(state.forms.map((f) => f.id)).toEqual(["context", "results", "equipment", "staff", "passport", "plan", "targets", "finance", "responsibility", "cycle", "risk-profile"]);
    expect(state.forms.find((f) => f.id === "targets")).toMatchObject({
      coordinator: ["EDU_GAP", "EDU_PROGRESS", "EDU_ACHIEVEMENT", "EDU_TARGET_STATUS", "EDU_PROGRAM_DEGREE", "EDU_EFFECTIVENESS"],
      yearColumns: true,
      defaultPreset: null,
    });
    expect(state.forms.find((f) => f.id === "plan")?.coordinator).toEqual([]);
    expect(state.forms.find((f) => f.id === "risk-profile")?.defaultPreset).toBe("risk-factors-500");
    expect(state.years).toMatchObject({ from: 2025, to: 2027 });
    expect(state.activeSheet).toBe("Лист1");
  });
});

describe("scaffoldForms", () => {
  const ALL = ["context", "results", "equipment", "staff", "passport", "plan", "targets", "finance", "responsibility", "cycle", "risk-profile"];

  test("every form becomes a new sheet; taken names get (2); existing sheets are not changed; the first new sheet is active", () => {
    const addon = loadAddon({ sheets: ["Лист1", "контекстные данные"] });
    sheetOf(addon, "Лист1").getRange(1, 1).setValues([["мои данные"]]);
    const before = snapshot(addon.double.spreadsheet);
    const r = addon.run<ScaffoldResult>("scaffoldForms", { forms: ALL.map((formId) => ({ formId })), years: { from: 2024, to: 2026 }, variant: "school" });
    expect(r.sheets.map((s) => s.formId)).toEqual(ALL);
    expect(r.sheets[0]).toMatchObject({ name: "Контекстные данные (2)", requested: "Контекстные данные" });
    expect(r.notes[0]).toBe("Лист «Контекстные данные» уже был, новый назван «Контекстные данные (2)».");
    expect((snapshot(addon.double.spreadsheet) as unknown[]).slice(0, 2)).toEqual(before);
    expect(addon.double.spreadsheet.sheets.map((s) => s.sheetName).slice(2)).toEqual(r.sheets.map((s) => s.name));
    expect(addon.double.spreadsheet.activeSheet?.sheetName).toBe("Контекстные данные (2)");
    // Years became columns; a second run gives (2) again for each.
    expect(sheetOf(addon, "Целевые показатели").cell(3, 7)?.value).toBe("План 2024");
    const again = addon.run<ScaffoldResult>("scaffoldForms", { forms: [{ formId: "plan", preset: "" }], years: { from: 2024, to: 2024 }, variant: "school" });
    expect(again.sheets[0].name).toBe("План мероприятий (2)");
  });

  test("a wrong request is refused in Russian before anything is written", () => {
    const addon = loadAddon();
    const before = snapshot(addon.double.spreadsheet);
    const refused = [
      addon.answer("scaffoldForms", { forms: [], years: { from: 2024, to: 2025 }, variant: "school" }),
      addon.answer("scaffoldForms", { forms: [{ formId: "plan" }], years: { from: 2026, to: 2024 }, variant: "school" }),
      addon.answer("scaffoldForms", { forms: [{ formId: "plan" }], years: { from: 2024, to: 2040 }, variant: "school" }),
      addon.answer("scaffoldForms", { forms: [{ formId: "plan", preset: "targets-tambov" }], years: { from: 2024, to: 2025 }, variant: "school" }),
      addon.answer("scaffoldForms", { forms: [{ formId: "plan", preset: "нет-такого" }], years: { from: 2024, to: 2025 }, variant: "school" }),
      addon.answer("scaffoldForms", { forms: [{ formId: "budget" }], years: { from: 2024, to: 2025 }, variant: "school" }),
    ];
    expect(refused.map((a) => (a.ok ? "ok" : a.message))).toEqual([
      "Отметьте хотя бы одну таблицу в списке.",
      "Годы программы: год «с» должен быть не позже года «по». Поменяйте их местами.",
      "Годы программы: не больше 10 лет в одной таблице — сократите период.",
      expect.stringMatching(/^Набор строк «.+» относится к другой таблице\. Выберите набор для таблицы «План мероприятий/),
      "Набор строк «нет-такого» не найден. Выберите другой набор для таблицы «План мероприятий («дорожная карта»)».",
      "Неизвестная таблица «budget». Обновите панель и выберите таблицу из списка.",
    ]);
    expect(snapshot(addon.double.spreadsheet)).toEqual(before);
  });

  test("targets and finance for a programme of ten years (2021–2030) fit: the year columns are checked as one group", () => {
    const addon = loadAddon();
    const made = addon.run<ScaffoldResult>("scaffoldForms", { forms: [{ formId: "targets", preset: "" }, { formId: "finance", preset: "" }], years: { from: 2021, to: 2030 }, variant: "school" });
    expect(made.sheets.map((s) => s.name)).toEqual(["Целевые показатели", "Финансирование"]);
    expect(sheetOf(addon, "Целевые показатели").cell(3, 16)?.value).toBe("План 2030");
  });

  test("the coordinator's targets call EDU_* functions in Sheets' names; the school template calls none", () => {
    const addon = loadAddon();
    addon.run("scaffoldForms", { forms: [{ formId: "targets", preset: "" }], years: { from: 2024, to: 2025 }, variant: "coordinator" });
    addon.run("scaffoldForms", { forms: [{ formId: "targets", preset: "" }], years: { from: 2024, to: 2025 }, variant: "school" });
    const formulas = (name: string): string[] => [...sheetOf(addon, name).cells.values()].map((c) => c.formula ?? "").filter(Boolean);
    const coordinator = formulas("Целевые показатели");
    const school = formulas("Целевые показатели (2)");
    for (const fn of ["EDU_GAP(", "EDU_ACHIEVEMENT(", "EDU_PROGRESS(", "EDU_TARGET_STATUS(", "EDU_PROGRAM_DEGREE(", "EDU_EFFECTIVENESS("]) {
      expect(coordinator.some((f) => f.includes(fn))).toBe(true);
    }
    expect(coordinator.some((f) => f.includes("EDU."))).toBe(false);
    expect(coordinator.find((f) => f.includes("EDU_EFFECTIVENESS("))).toContain("{0.9,0.8,0.7}");
    expect(school.some((f) => /EDU[._]/.test(f))).toBe(false);
  });
});

describe("validateActiveSheet and selectCell", () => {
  const bad: Fill[] = [
    CONTEXT_ROW,
    { ...CONTEXT_ROW, "Код ОО": "670102", "Тип местности": "сельская местность", "Численность обучающихся": 0 },
    { ...CONTEXT_ROW, "Наименование ОО": null, "С ОВЗ": 390, "Из многодетных семей": "много" },
  ];

  test("the same findings as the Excel validator on the same sheet, errors first, each with its cell", async () => {
    const addon = loadAddon();
    addon.run("scaffoldForms", { forms: [{ formId: "context" }], years: { from: 2024, to: 2025 }, variant: "school" });
    const sheet = sheetOf(addon, "Контекстные данные");
    const plan = buildSheetPlan(formSpec("context"), { years: [2024, 2025] });
    typeRows(sheet, plan, bad);
    const before = snapshot(addon.double.spreadsheet);
    const r = addon.run<ValidationResult>("validateActiveSheet", { asOf: AS_OF });
    expect(r.form).toEqual({ id: "context", title: "Контекстные данные ОО (социальный паспорт школы)", by: "marker" });
    const excel = await excelFindings(plan, bad, plan.firstDataRow, formSpec("context"));
    const errorsFirst = (fs: Finding[]) => [...fs.filter((f) => f.severity === "error"), ...fs.filter((f) => f.severity !== "error")];
    expect(r.findings.map(({ severityRu: _s, ...f }) => f)).toEqual(errorsFirst(excel));
    expect(r.findings.map((f) => `${f.cell} ${f.code} ${f.severityRu}`)).toEqual([
      // 0 students: out of range, and every count of the row exceeds it
      "F5 range ошибка",
      "G5 part-exceeds-total ошибка",
      "H5 part-exceeds-total ошибка",
      "N5 part-exceeds-total ошибка",
      "A6 unique ошибка",
      "B6 required ошибка",
      "I6 type ошибка",
      // 390 of 400 with disabilities: possible, but worth a look
      "K6 outlier предупреждение",
    ]);
    expect(r.summary).toBe("Лист «Контекстные данные» — форма «Контекстные данные ОО (социальный паспорт школы)» (по метке шаблона): 7 ошибок, 1 предупреждение.");
    expect(snapshot(addon.double.spreadsheet)).toEqual(before);

    // Clicking a finding selects its cell on its sheet, from any active sheet.
    addon.double.spreadsheet.activeSheet = addon.double.spreadsheet.sheets[0];
    const required = r.findings.find((f) => f.code === "required")!;
    expect(addon.run("selectCell", required.sheet, required.cell)).toEqual({ sheet: "Контекстные данные", cell: "B6" });
    expect(addon.double.spreadsheet.activeSheet?.sheetName).toBe("Контекстные данные");
    expect(sheet.activeRange?.getA1Notation()).toBe("B6");
    expect(addon.run("selectCell", "Контекстные данные", 7)).toEqual({ sheet: "Контекстные данные", cell: expect.stringMatching(/^A7:[A-Z]+7$/) });
    expect(addon.answer("selectCell", "Удалённый лист", "A1")).toEqual({ ok: false, message: "Листа «Удалённый лист» больше нет в таблице: проверьте лист ещё раз." });
    expect(addon.answer("selectCell", "Контекстные данные", "не адрес")).toEqual({ ok: false, message: "«не адрес» — не адрес ячейки." });
  });

  test("a sheet recognised by its headers only (typed by hand), and a sheet of no form", () => {
    const addon = loadAddon({ sheets: ["Ручная", "Заметки"] });
    const hand = sheetOf(addon, "Ручная");
    hand.getRange(1, 1, 2, 4).setValues([
      ["Код ОО", "Учебный год", "Процедура", "Предмет"],
      ["670101", "2024/2025", "ГИА", "Химия"],
    ]);
    addon.double.spreadsheet.activeSheet = hand;
    const r = addon.run<ValidationResult>("validateActiveSheet", { asOf: AS_OF });
    expect(r.form).toMatchObject({ id: "results", by: "headers" });
    expect(r.findings.map((f) => `${f.cell || "—"} ${f.code}`)).toEqual(expect.arrayContaining(["C2 enum", "— header"]));
    addon.double.spreadsheet.activeSheet = sheetOf(addon, "Заметки");
    const none = addon.run<ValidationResult>("validateActiveSheet");
    expect(none.form).toBeNull();
    expect(none.summary).toMatch(/^Лист «Заметки» не похож ни на одну форму/);
  });
});

describe("consolidateSheets", () => {
  function schools(): Addon {
    const addon = loadAddon({ sheets: ["Сводная справка"] });
    const plan = buildSheetPlan(formSpec("context"), { years: [2024, 2025] });
    for (const [i, rows] of [
      [CONTEXT_ROW, { ...CONTEXT_ROW, "Код ОО": "670102", "Наименование ОО": "МБОУ СОШ № 2", "Численность обучающихся": 250, "Из малообеспеченных семей": 50 }],
      [{ ...CONTEXT_ROW, "Код ОО": "670103", "Наименование ОО": "МБОУ Суетовская СШ", "Численность обучающихся": 96, "Из малообеспеченных семей": 30, "Хотя бы один родитель с высшим образованием": 40, "Тип местности": "село" }],
      [{ ...CONTEXT_ROW, "Наименование ОО": "Повтор школы 1" }, { ...CONTEXT_ROW, "Код ОО": "670104", "Наименование ОО": null }],
    ].entries()) {
      addon.run("scaffoldForms", { forms: [{ formId: "context" }], years: { from: 2024, to: 2025 }, variant: "school" });
      const sheet = addon.double.spreadsheet.sheets[addon.double.spreadsheet.sheets.length - 1];
      sheet.setName(`Школы ${i + 1}`);
      typeRows(sheet, plan, rows as Fill[]);
    }
    return addon;
  }

  test("candidates: the form and its sheets", () => {
    const addon = schools();
    expect(addon.run<ConsolidationCandidates>("consolidationCandidates")).toEqual({
      forms: [
        {
          formId: "context",
          title: "Контекстные данные ОО (социальный паспорт школы)",
          name: "Контекстные данные",
          sheets: ["Школы 1", "Школы 2", "Школы 3"].map((name) => ({ name, by: "marker", consolidated: false })),
        },
      ],
    });
  });

  test("three sheets → «Свод — Контекстные данные» with the source of each row and the findings; sources unchanged", () => {
    const addon = schools();
    const before = snapshot(addon.double.spreadsheet);
    const r = addon.run<ConsolidateResult>("consolidateSheets", { formId: "context", sheets: ["Школы 1", "Школы 2", "Школы 3"], asOf: AS_OF });
    expect(r.sheet).toBe("Свод — Контекстные данные");
    expect(r.findingsSheet).toBe("Замечания — Контекстные данные");
    expect(r.stats).toMatchObject({ files: 3, readFiles: 3, rows: 5, rowsWithErrors: 2, duplicates: 1 });
    expect(r.findings.map((f) => `${f.code} ${f.sheet} ${f.row}`)).toEqual(["duplicate Школы 1 4", "duplicate Школы 3 4", "invalid-row Школы 3 4", "invalid-row Школы 3 5"]);
    expect(r.summary).toBe("Лист «Свод — Контекстные данные»: 5 строк из 3 листов; 4 ошибки, 0 предупреждений — список ниже и на листе «Замечания — Контекстные данные».");
    // The sources are sheets: every message says «лист», never «файл».
    expect(r.findings[0].message).toBe(
      "Код ОО «670101» встречается на 2 листах: кроме этой строки — лист «Школы 3» (строка 4). Ожидается одна строка на школу: проверьте, на каком листе ошибка",
    );
    expect(r.findings.map((f) => f.message).join("\n")).not.toMatch(/файл/i);
    expect(r.findings[2].message).toContain("уже есть на листе «Школы 1» (ячейка A4): ожидается значение, уникальное на всех листах");
    const findingsSheet = sheetOf(addon, r.findingsSheet!).getDataRange().getValues();
    expect(findingsSheet[2]).toEqual(["№", "Важность", "Вид замечания", "Лист", "Строка", "Школа / ключ строки", "Описание"]);
    expect(String(sheetOf(addon, r.sheet).getDataRange().getValues()[1][0])).toMatch(/^Собрано 3 листа, распознано 3;/);
    expect((snapshot(addon.double.spreadsheet) as unknown[]).slice(0, 4)).toEqual(before);
    expect(addon.double.spreadsheet.activeSheet?.sheetName).toBe(r.sheet);

    const table = sheetOf(addon, r.sheet).getDataRange().getValues();
    const header = table[2] as string[];
    expect(header.slice(0, 3)).toEqual(["Код ОО", "Наименование ОО", "Муниципальное образование"]);
    const sheetCol = header.indexOf("Лист");
    const statusCol = header.indexOf("Статус строки");
    expect(table.slice(3).map((row) => [row[0], row[sheetCol], row[statusCol]])).toEqual([
      ["670101", "Школы 1", ""],
      ["670102", "Школы 1", ""],
      ["670103", "Школы 2", ""],
      ["670101", "Школы 3", "ошибка"],
      ["670104", "Школы 3", "ошибка"],
    ]);
    // The consolidated table is read back as the form (its marker), and a finding selects the source row.
    expect(addon.run<ConsolidationCandidates>("consolidationCandidates").forms[0].sheets.find((s) => s.name === r.sheet)).toEqual({ name: r.sheet, by: "marker", consolidated: true });
    addon.run("selectCell", r.findings[2].sheet, r.findings[2].row);
    expect(addon.double.spreadsheet.activeSheet?.sheetName).toBe("Школы 3");

    // Once more: new names, nothing overwritten.
    const again = addon.run<ConsolidateResult>("consolidateSheets", { formId: "context", sheets: ["Школы 1", "Школы 2"], invalidRows: "exclude", asOf: AS_OF });
    expect(again.sheet).toBe("Свод — Контекстные данные (2)");
    expect(again.findingsSheet).toBeUndefined();
  });

  test("refusals: no form, no sheet, a sheet that is gone", () => {
    const addon = schools();
    expect(addon.answer("consolidateSheets", { formId: "", sheets: ["Школы 1"] })).toEqual({ ok: false, message: "Выберите форму, листы которой нужно свести." });
    expect(addon.answer("consolidateSheets", { formId: "context", sheets: [] })).toEqual({ ok: false, message: "Отметьте хотя бы один лист формы «Контекстные данные ОО (социальный паспорт школы)»." });
    expect(addon.answer("consolidateSheets", { formId: "context", sheets: ["Школы 9"] })).toEqual({ ok: false, message: "Листа «Школы 9» больше нет в таблице. Обновите список листов." });
  });
});

describe("insertIndexFormulas", () => {
  function consolidated(): Addon {
    const addon = loadAddon();
    addon.run("scaffoldForms", { forms: [{ formId: "context" }], years: { from: 2024, to: 2025 }, variant: "school" });
    const plan = buildSheetPlan(formSpec("context"), { years: [2024, 2025] });
    typeRows(sheetOf(addon, "Контекстные данные"), plan, [
      CONTEXT_ROW,
      { ...CONTEXT_ROW, "Код ОО": "670102", "Численность обучающихся": 250, "Из малообеспеченных семей": 50 },
      { ...CONTEXT_ROW, "Код ОО": "670103", "Численность обучающихся": 96, "Из малообеспеченных семей": 30, "Хотя бы один родитель с высшим образованием": 40 },
    ]);
    addon.run("consolidateSheets", { formId: "context", sheets: ["Контекстные данные"], asOf: AS_OF });
    return addon;
  }

  test("three spilled formulas right of the consolidated table, headers with notes; the table is not changed", () => {
    const addon = consolidated();
    const sheet = addon.double.spreadsheet.activeSheet!;
    expect(sheet.sheetName).toBe("Свод — Контекстные данные");
    const options = addon.run<IndexOptions>("indexFormulaOptions");
    expect(options).toMatchObject({ headerRow: 3, firstRow: 4, lastRow: 6, schools: 3, students: "F" });
    expect(options.indicators.map((i) => `${i.letter}${i.direction}`)).toEqual(["G-", "H-", "I-", "J-", "K-", "L-", "M-", "N+", "O-"]);
    expect(options.resultColumns).toEqual([]);
    const before: [number, string][] = [...sheet.cells.entries()].map(([k, c]) => [k, JSON.stringify(c)]);
    const r = addon.run<IndexResult>("insertIndexFormulas", { resultColumn: "" });
    const at = options.target;
    expect(r.columns.map((c) => c.header)).toEqual(["ИСБ", "Группа по ИСБ", "Результат (введите)", "Тип школы"]);
    const [swi, group, result, type] = r.columns;
    expect(swi.letter).toBe(at);
    expect(swi.formula).toBe(
      "=EDU_SWI(ARRAYFORMULA({" +
        ["G", "H", "I", "J", "K", "L", "M", "N", "O"].map((c) => `IFERROR(IF(${c}4:${c}6="","",${c}4:${c}6/$F$4:$F$6),"")`).join(",") +
        '}),{"-","-","-","-","-","-","-","+","-"})',
    );
    expect(group.formula).toBe(`=EDU_SWI_GROUP(${at}4:${at}6)`);
    expect(type.formula).toBe(`=EDU_QUADRANT(${at}4:${at}6,${result.letter}4:${result.letter}6)`);
    const col = (letter: string) => [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    expect(sheet.cell(3, col(at))?.value).toBe("ИСБ");
    expect(sheet.cell(3, col(at))?.note).toMatch(/^=EDU_SWI: индекс социального благополучия/);
    expect(sheet.cell(4, col(at))?.formula).toBe(swi.formula);
    expect(sheet.cell(5, col(at))?.formula).toBeUndefined();
    expect(sheet.cell(4, col(result.letter))?.formula).toBeUndefined();
    // The table's own cells are as they were.
    const after = new Map([...sheet.cells.entries()].map(([k, c]) => [k, JSON.stringify(c)]));
    for (const [k, c] of before) if (c !== "{}") expect([k, after.get(k)]).toEqual([k, c]);
    expect(r.summary).toMatch(/вставлены формулы для 3 школ; заполните столбец «Результат \(введите\)»/);

    // Not twice, and not on a sheet of another form.
    expect(addon.answer("insertIndexFormulas", {})).toEqual({ ok: false, message: `Формулы ИСБ уже есть на листе «Свод — Контекстные данные» (столбец ${at}). Чтобы вставить их заново, удалите эти столбцы.` });
    addon.run("scaffoldForms", { forms: [{ formId: "plan", preset: "" }], years: { from: 2024, to: 2025 }, variant: "school" });
    expect(addon.answer("indexFormulaOptions")).toMatchObject({ ok: false, message: expect.stringMatching(/^Лист «План мероприятий» — не таблица контекстных данных/) });
  });

  test("a results column of the sheet can be chosen; an unknown one is refused", () => {
    const addon = consolidated();
    const sheet = addon.double.spreadsheet.activeSheet!;
    // The coordinator adds a column of results right of the table.
    const col = sheet.getLastColumn() + 1;
    sheet.getRange(3, col, 4, 1).setValues([["Средний балл ОГЭ"], [3.9], [3.4], [4.1]]);
    const options = addon.run<IndexOptions>("indexFormulaOptions");
    expect(options.resultColumns).toEqual([{ header: "Средний балл ОГЭ", letter: expect.any(String) }]);
    const letter = options.resultColumns[0].letter;
    expect(addon.answer("insertIndexFormulas", { resultColumn: "B" })).toMatchObject({ ok: false, message: "Столбец B не годится как результат: выберите столбец с числами из списка." });
    const r = addon.run<IndexResult>("insertIndexFormulas", { resultColumn: letter });
    expect(r.columns.map((c) => c.header)).toEqual(["ИСБ", "Группа по ИСБ", "Тип школы"]);
    expect(r.columns[2].formula).toBe(`=EDU_QUADRANT(${r.columns[0].letter}4:${r.columns[0].letter}6,${letter}4:${letter}6)`);
  });
});
