/**
 * The coordinator's variants in Google Sheets, through the built Code.js on the strict double, as
 * google.script.run calls it: the context table with the index formulas of «ИСБ» over its empty rows (one writer for
 * both), which compute in a formula engine and show nothing on rows without a school; the results table with its
 * EDU_SHARE column; «Свести» of results sheets with the derived sheets of the command line. School templates stay
 * free of EDU_*.
 */
import { formSpec } from "../../src/forms/specs";
import { buildSheetPlan } from "../../src/plan";
import { swi, swiGroup } from "../../src/core";
import { buildEngine } from "../harness/hyperformula_edu";
import type { ConsolidateResult } from "../../sheets/server/consolidate_sheets";
import type { ScaffoldResult } from "../../sheets/server/scaffold_forms";
import type { SidebarState } from "../../sheets/server/sidebar_state";
import type { ValidationResult } from "../../sheets/server/validate_active_sheet";
import { loadAddon, type Addon } from "./addon_harness";
import type { DoubleSheet } from "./apps_script_double";
import { AS_OF, CONTEXT_ROW, typeRows, type Fill } from "./helpers";
import { resultsSample } from "../support/results_sample";

const sheetOf = (addon: Addon, name: string): DoubleSheet => {
  const s = addon.double.spreadsheet.sheets.find((x) => x.sheetName === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const formulas = (sheet: DoubleSheet): string[] => [...sheet.cells.values()].map((c) => c.formula ?? "").filter(Boolean);
const CATEGORIES = ["G", "H", "I", "J", "K", "L", "M", "N", "O"];
const contextPlan = buildSheetPlan(formSpec("context"), { years: [2025, 2026] });
const resultsPlan = buildSheetPlan(formSpec("results"), { years: [2025, 2026] });

describe("the coordinator's context sheet", () => {
  test("the sidebar names what the coordinator's variant of each form calls", () => {
    const state = loadAddon().run<SidebarState>("sidebarState", "2025-03-01");
    const form = (id: string) => state.forms.find((f) => f.id === id)!;
    expect(form("context")).toMatchObject({ coordinator: ["EDU_SWI", "EDU_SWI_GROUP", "EDU_QUADRANT"], coordinatorIndex: true });
    expect(form("results")).toMatchObject({ coordinator: ["EDU_SHARE"], coordinatorIndex: false });
    expect(form("plan").coordinator).toEqual([]);
  });

  test("gets the index formulas of «ИСБ» right of its check column, wrapped for empty rows; the result column stays editable", () => {
    const addon = loadAddon();
    const r = addon.run<ScaffoldResult>("scaffoldForms", { forms: [{ formId: "context" }], years: { from: 2025, to: 2026 }, variant: "coordinator" });
    expect(r.sheets[0]).toMatchObject({ name: "Контекстные данные", index: "R3:U3" });
    expect(r.notes).toContain(
      "На листе «Контекстные данные» в столбцах R–U вставлены формулы для строк 4–203 (вставьте в них школы); заполните столбец «Результат (введите)» (T), чтобы получить тип школы.",
    );
    const sheet = sheetOf(addon, "Контекстные данные");
    expect([18, 19, 20, 21].map((c) => sheet.cell(3, c)?.value)).toEqual(["ИСБ", "Группа по ИСБ", "Результат (введите)", "Тип школы"]);
    const shares = CATEGORIES.map((c) => `IFERROR(IF(${c}4:${c}203="","",${c}4:${c}203/$F$4:$F$203),"")`).join(",");
    expect(sheet.cell(4, 18)?.formula).toBe(`=ARRAYFORMULA(IF(A4:A203="","",EDU_SWI(ARRAYFORMULA({${shares}}),{"-","-","-","-","-","-","-","+","-"})))`);
    expect(sheet.cell(4, 19)?.formula).toBe('=ARRAYFORMULA(IF(A4:A203="","",EDU_SWI_GROUP(R4:R203)))');
    expect(sheet.cell(4, 20)?.formula).toBeUndefined();
    expect(sheet.cell(4, 21)?.formula).toBe('=ARRAYFORMULA(IF(A4:A203="","",EDU_QUADRANT(R4:R203,T4:T203)))');
    expect(sheet.cell(5, 18)?.formula).toBeUndefined();
    expect(sheet.cell(3, 18)?.note).toMatch(/^=EDU_SWI: /);
    // The template's protection (a warning) leaves the result column free, as the input columns.
    const [protection] = sheet.getProtections("SHEET");
    expect(protection.getUnprotectedRanges().map((x) => x.getA1Notation())).toContain("T4:T203");
    expect(formulas(sheet).some((f) => f.includes("EDU."))).toBe(false);
  });

  test("the school template calls no EDU_ function anywhere", () => {
    const addon = loadAddon();
    const r = addon.run<ScaffoldResult>("scaffoldForms", { forms: [{ formId: "context" }, { formId: "results" }], years: { from: 2025, to: 2026 }, variant: "school" });
    expect(r.sheets.map((s) => s.index ?? null)).toEqual([null, null]);
    for (const s of addon.double.spreadsheet.sheets) expect(formulas(s).filter((f) => /EDU[._]/.test(f))).toEqual([]);
    expect(sheetOf(addon, "Контекстные данные").cell(3, 18)).toBeUndefined();
  });

  test("computes in a formula engine: the index of the pasted schools, nothing on empty rows", () => {
    const addon = loadAddon();
    addon.run("scaffoldForms", { forms: [{ formId: "context" }], years: { from: 2025, to: 2026 }, variant: "coordinator" });
    const sheet = sheetOf(addon, "Контекстные данные");
    const rows: Fill[] = [
      CONTEXT_ROW,
      { ...CONTEXT_ROW, "Код ОО": "670102", "Численность обучающихся": 250, "Из малообеспеченных семей": 50, "Хотя бы один родитель с высшим образованием": 80 },
      { ...CONTEXT_ROW, "Код ОО": "670103", "Численность обучающихся": 96, "Из малообеспеченных семей": 30, "Из неполных семей": 10, "Хотя бы один родитель с высшим образованием": 40 },
    ];
    typeRows(sheet, contextPlan, rows);
    const grid: unknown[][] = Array.from({ length: 203 }, (_, r) =>
      Array.from({ length: 21 }, (_, c) => {
        const cell = sheet.cell(r + 1, c + 1);
        // Sheets' EDU_<ID> is the engine's EDU.<ID>: the same core.
        return cell?.formula ? cell.formula.replace(/\bEDU_([A-Z_0-9]+)\(/g, "EDU.$1(") : (cell?.value ?? null);
      }),
    );
    const hf = buildEngine({ S: grid });
    const value = (r: number, c: number) => hf.getCellValue({ sheet: 0, row: r - 1, col: c - 1 });
    const share = (f: Fill, h: string) => (f[h] === undefined ? "" : (f[h] as number) / (f["Численность обучающихся"] as number));
    const headers = ["Из малообеспеченных семей", "Из неполных семей", "Из многодетных семей", "Русский язык не родной", "С ОВЗ", "Дети-сироты и оставшиеся без попечения", "На учёте (ВШУ, ПДН, КДН)", "Хотя бы один родитель с высшим образованием", "Безработные родители (один или оба)"];
    const expected = swi(
      rows.map((f) => headers.map((h) => share(f, h))),
      [headers.map((h) => (h.startsWith("Хотя бы") ? "+" : "-"))],
    ).map((x) => x[0]);
    [4, 5, 6].forEach((r, i) => expect(value(r, 18)).toBeCloseTo(expected[i] as number, 10));
    expect([4, 5, 6].map((r) => value(r, 19))).toEqual(swiGroup(expected.map((x) => [x])).map((x) => x[0]));
    expect(value(4, 21)).toBe("нет данных");
    for (const r of [7, 50, 203]) for (const c of [18, 19, 21]) expect([r, c, value(r, c)]).toEqual([r, c, ""]);
    hf.destroy();
  });

  test("a filled coordinator's sheet is checked as the form; «ИСБ» sees its formulas and does not insert them twice", () => {
    const addon = loadAddon();
    addon.run("scaffoldForms", { forms: [{ formId: "context" }], years: { from: 2025, to: 2026 }, variant: "coordinator" });
    typeRows(sheetOf(addon, "Контекстные данные"), contextPlan, [CONTEXT_ROW]);
    const checked = addon.run<ValidationResult>("validateActiveSheet", { asOf: AS_OF });
    expect(checked.findings).toEqual([]);
    expect(addon.answer("indexFormulaOptions")).toEqual({ ok: false, message: "Формулы ИСБ уже есть на листе «Контекстные данные» (столбец R). Чтобы вставить их заново, удалите эти столбцы." });
  });
});

describe("the coordinator's results sheet and «Свести» of results", () => {
  test("the share column calls EDU_SHARE; the school template has none", () => {
    const addon = loadAddon();
    addon.run("scaffoldForms", { forms: [{ formId: "results" }], years: { from: 2025, to: 2026 }, variant: "coordinator" });
    const sheet = sheetOf(addon, "Результаты");
    expect(sheet.cell(3, 9)?.value).toBe("Доля не преодолевших порог");
    expect(sheet.cell(4, 9)?.formula).toBe('=IF(OR($G4="",$F4=""),"",EDU_SHARE($G4,$F4))');
    expect(sheet.cell(203, 9)?.formula).toBe('=IF(OR($G203="",$F203=""),"",EDU_SHARE($G203,$F203))');
    expect(sheet.cell(3, 11)?.value).toBe("Проверка");
  });

  function resultsSheets(): Addon {
    const addon = loadAddon();
    const row = resultsSample;
    for (const [name, rows, variant] of [
      ["2023/2024", [row("670101", "2023/2024", 30, 10, 3.1), row("670102", "2023/2024", 40, 2, 3.9)], "school"],
      ["2024/2025", [row("670101", "2024/2025", 30, 12, 3.0), row("670102", "2024/2025", 40, 1, 4.0)], "coordinator"],
    ] as [string, Fill[], string][]) {
      addon.run("scaffoldForms", { forms: [{ formId: "results" }], years: { from: 2025, to: 2026 }, variant });
      const sheet = addon.double.spreadsheet.sheets[addon.double.spreadsheet.sheets.length - 1];
      sheet.setName(name);
      typeRows(sheet, resultsPlan, rows);
    }
    return addon;
  }

  test("«Свести» writes «Свод», then «По школам» and «Пояснения» as the command line does, and says what they show", () => {
    const addon = resultsSheets();
    const r = addon.run<ConsolidateResult>("consolidateSheets", { formId: "results", sheets: ["2023/2024", "2024/2025"], asOf: AS_OF });
    expect(r.sheet).toBe("Свод — Результаты");
    expect(r.findingsSheet).toBeUndefined();
    expect(r.results).toEqual({ schoolsSheet: "По школам — Результаты", notesSheet: "Пояснения — Результаты", schools: 2, risk: 1, stablyLow: 0, years: ["2023/2024", "2024/2025"] });
    expect(addon.double.spreadsheet.sheets.map((s) => s.sheetName).slice(3)).toEqual(["Свод — Результаты", "По школам — Результаты", "Пояснения — Результаты"]);
    expect(r.summary).toBe(
      "Лист «Свод — Результаты»: 4 строки из 2 листов; замечаний нет. Доля не преодолевших порог — в столбце «Доля не преодолевших порог»; " +
        "на листе «По школам — Результаты»: риск 30 % — 1, стабильно низкие результаты — 0 из 2 школ; пояснения — на листе «Пояснения — Результаты».",
    );
    const table = sheetOf(addon, r.sheet).getDataRange().getValues();
    expect(table[2].slice(7, 10)).toEqual(["Средний балл", "Доля не преодолевших порог", "Источник (файл)"]);
    expect(table.slice(3).map((row) => row[8])).toEqual([10 / 30, 2 / 40, 12 / 30, 1 / 40]);
    // Values, no formula: a custom function per cell would be a server call each in Sheets.
    expect(formulas(sheetOf(addon, r.sheet)).some((f) => f.includes("EDU_"))).toBe(false);
    const schools = sheetOf(addon, "По школам — Результаты").getDataRange().getValues();
    expect(schools[1][0]).toContain("на листе «Пояснения — Результаты»");
    expect(schools[3].slice(0, 2)).toEqual(["670101", "да"]);
    expect(String(schools[3][2])).toMatch(/^Б: два года подряд не ниже 30 %/);
    expect(schools[4].slice(0, 2)).toEqual(["670102", "нет"]);
    // Once more: new names, nothing overwritten.
    const again = addon.run<ConsolidateResult>("consolidateSheets", { formId: "results", sheets: ["2024/2025"], asOf: AS_OF });
    expect(again.results).toMatchObject({ schoolsSheet: "По школам — Результаты (2)", notesSheet: "Пояснения — Результаты (2)" });
  });
});
