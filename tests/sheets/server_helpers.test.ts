/**
 * Pure helpers of the Sheets add-on: Sheets names of the add-on's functions in formulas, the form
 * of a sheet, findings by severity, the programme's years, the reader's rows and marker, the sidebar's failure text.
 */
import { formSpec } from "../../src/forms/specs";
import { buildSheetPlan } from "../../src/plan";
import type { Finding } from "../../src/validate";
import { tableRows } from "../../sheets/read_sheet";
import { toSheetsFormula } from "../../sheets/sheets_formula";
import { recogniseSheet } from "../../src/validate/recognise_form";
import { programmeYears } from "../../sheets/server/scaffold_forms";
import { UserError } from "../../sheets/server/user_error";
import { bySeverity } from "../../sheets/server/validate_active_sheet";
import { failureText } from "../../sheets/sidebar/server";

describe("toSheetsFormula", () => {
  test("adds `=` and renames the catalogue's EDU.<ID>( to EDU_<ID>(, outside quoted text only", () => {
    expect(toSheetsFormula('IF(A4="","",EDU.GAP(B4,C4))')).toBe('=IF(A4="","",EDU_GAP(B4,C4))');
    expect(toSheetsFormula('"EDU.GAP(1,2)"&EDU.SHARE(1,2)')).toBe('="EDU.GAP(1,2)"&EDU_SHARE(1,2)');
    expect(toSheetsFormula('"say ""EDU.GAP(""" & EDU.GAP (1,2)')).toBe('="say ""EDU.GAP(""" & EDU_GAP(1,2)');
    expect(toSheetsFormula("=EDU.NOT_A_FUNCTION(1)+SUM(A1:A2)")).toBe("=EDU.NOT_A_FUNCTION(1)+SUM(A1:A2)");
  });
});

describe("recogniseForm", () => {
  test("by the marker first, else by the best share of headers, else nothing", () => {
    expect(recogniseSheet({ name: "a", rows: [], marker: { formId: "plan", version: 1 } })).toMatchObject({ by: "marker", share: 1, spec: { id: "plan" } });
    expect(recogniseSheet({ name: "a", rows: [], marker: { formId: "unknown", version: 1 } })).toBeUndefined();
    const results = recogniseSheet({ name: "a", rows: [["Код ОО", "Учебный год", "Процедура", "Предмет", "Класс"]] });
    expect(results).toMatchObject({ by: "headers", spec: { id: "results" } });
    expect(recogniseSheet({ name: "a", rows: [["Код ОО", "Учебный год"]] })).toBeUndefined();
    expect(recogniseSheet({ name: "a", rows: [] })).toBeUndefined();
  });
});

describe("bySeverity", () => {
  test("errors first, each kind in the validator's order", () => {
    const f = (cell: string, severity: "error" | "warning"): Finding => ({ sheet: "s", cell, field: "", value: null, severity, code: "x", message: "" });
    expect(bySeverity([f("A4", "warning"), f("B5", "error"), f("C4", "warning"), f("A9", "error")]).map((x) => x.cell)).toEqual(["B5", "A9", "A4", "C4"]);
  });
});

describe("programmeYears", () => {
  test("a checked span of whole years", () => {
    expect(programmeYears({ from: 2024, to: 2026 })).toEqual([2024, 2025, 2026]);
    expect(programmeYears({ from: "2024", to: "2024" })).toEqual([2024]);
    expect(() => programmeYears({ from: 1999, to: 2024 })).toThrow(UserError);
    expect(() => programmeYears({ from: 2024.5, to: 2025 })).toThrow(/целым числом от 2000 до 2100/);
    expect(() => programmeYears({ from: 2025, to: 2024 })).toThrow(/не позже/);
    expect(() => programmeYears({ from: 2020, to: 2030 })).toThrow(/не больше 10 лет/);
  });
});

describe("the coordinator's variant in Sheets' names", () => {
  test("buildSheetPlan's `EDU.<ID>` formulas of the coordinator's targets become `EDU_<ID>`; the school template has none", () => {
    const coordinator = buildSheetPlan(formSpec("targets"), { years: [2024, 2025], variant: "coordinator" });
    const all = [...coordinator.formulas.map((f) => f.template), ...coordinator.cells.filter((c) => c.formula).map((c) => c.formula as string)].map(toSheetsFormula);
    for (const fn of ["EDU_GAP(", "EDU_ACHIEVEMENT(", "EDU_PROGRESS(", "EDU_TARGET_STATUS(", "EDU_PROGRAM_DEGREE(", "EDU_EFFECTIVENESS("]) {
      expect({ fn, found: all.some((f) => f.includes(fn)) }).toEqual({ fn, found: true });
    }
    expect(all.some((f) => f.includes("EDU."))).toBe(false);
    const school = buildSheetPlan(formSpec("targets"), { years: [2024, 2025] });
    expect(school.formulas.some((f) => /EDU[._]/.test(f.template))).toBe(false);
  });
});

describe("the reader's rows", () => {
  test("rows end at their last value or formula; trailing empty rows dropped; `\"\"` is empty; formulas without `=`", () => {
    const { rows, formulas, anyFormula } = tableRows(
      [
        ["a", "", ""],
        ["", "", ""],
        [1, "", ""],
        ["", "", ""],
      ],
      [
        ["", "", ""],
        ["", "", "=B1"],
        ["", "", ""],
        ["", "", ""],
      ],
    );
    expect(rows).toEqual([["a"], [null, null, null], [1]]);
    expect(formulas).toEqual([[null], [null, null, "B1"], [null]]);
    expect(anyFormula).toBe(true);
  });
});

describe("failureText (sidebar)", () => {
  test("the add-on's Russian messages as they are; Google's errors with a Russian lead-in", () => {
    expect(failureText(new Error("Error: Отметьте хотя бы одну таблицу в списке."))).toBe("Отметьте хотя бы одну таблицу в списке.");
    expect(failureText({ message: "UserError: Листа «А» больше нет в таблице." })).toBe("Листа «А» больше нет в таблице.");
    expect(failureText(new Error("Exception: Service Spreadsheets timed out"))).toBe(
      "Google Таблицы не выполнили действие: Service Spreadsheets timed out. Повторите попытку; если ошибка повторится, перезагрузите таблицу.",
    );
    expect(failureText("")).toMatch(/неизвестная ошибка/);
  });
});
