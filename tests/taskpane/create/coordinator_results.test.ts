/**
 * The coordinator's results table: the share below the threshold as an `EDU.SHARE` column — the form's
 * coordinator-only column, with the header of the consolidated table («Доля не преодолевших порог») — that computes
 * in a formula engine and stays empty on empty rows; the school template keeps exactly the form's columns; a filled
 * coordinator's sheet is read, validated and consolidated as any sheet of the form.
 */
import { buildPlans } from "../../../taskpane/create/build_plans";
import { createSheets } from "../../../taskpane/create/create_sheets";
import { readSheet } from "../../../taskpane/office/read_sheet";
import { buildSheetPlan } from "../../../src/plan";
import { RESULTS } from "../../../src/forms/specs";
import { validateWorkbook } from "../../../src/validate";
import { extractTable } from "../../../src/consolidate/extract_table";
import { consolidate } from "../../../src/consolidate/consolidate";
import { consolidatedPlans, RESULTS_DERIVED } from "../../../src/region";
import { buildEngine } from "../../harness/hyperformula_edu";
import { installHost, run } from "../helpers";

const choice = (variant: "school" | "coordinator") => ({ forms: [{ formId: "results" }], years: { from: 2025, to: 2026 }, variant });
const SHARE = 'IF(OR($G{row}="",$F{row}=""),"",EDU.SHARE($G{row},$F{row}))';

describe("the plan of the coordinator's results table", () => {
  it("adds «Доля не преодолевших порог» after the form's columns; the school template is the form's", () => {
    const [school] = buildPlans(choice("school"));
    const [coord] = buildPlans(choice("coordinator"));
    expect(school).toEqual(buildSheetPlan(RESULTS, { years: [2025, 2026] }));
    expect(school.columns.map((c) => [c.letter, c.role])).toEqual([...["A", "B", "C", "D", "E", "F", "G", "H"].map((l) => [l, "input"]), ["I", "marker"], ["J", "check"]]);
    expect(coord.columns.map((c) => [c.letter, c.role, c.header]).slice(7)).toEqual([
      ["H", "input", "Средний балл"],
      ["I", "derived", RESULTS_DERIVED.share],
      ["J", "marker", ""],
      ["K", "check", "Проверка"],
    ]);
    expect(RESULTS_DERIVED.share).toBe("Доля не преодолевших порог");
    expect(coord.columns[8]).toMatchObject({ numFmt: "0.0%", style: "derived" });
    expect(coord.formulas.find((f) => f.col === 9)).toMatchObject({ template: SHARE, rows: [[4, 203]] });
    expect(coord.cells.find((c) => c.address === "I3")).toMatchObject({ value: RESULTS_DERIVED.share, style: "header-derived" });
    // The inputs are checked alike; no school cell calls the add-in.
    expect(coord.validations).toEqual(school.validations);
    expect(coord.checkItems).toEqual(school.checkItems);
    expect(coord.formulas.find((f) => f.col === 11)?.template).toBe(school.formulas.find((f) => f.col === 10)?.template);
    expect(JSON.stringify(school)).not.toMatch(/EDU\.|Доля не преодолевших/);
  });
});

describe("the coordinator's results sheet", () => {
  const rows: (string | number | null)[][] = [
    ["670101", "2024/2025", "ЕГЭ", "Русский язык", null, 20, 1, 62.5],
    ["670101", "2024/2025", "ОГЭ", "Математика", null, 25, 10, 3.2],
    ["670102", "2024/2025", "ВПР", "Математика", 5, 30, null, 3.4],
  ];

  async function filled() {
    const host = installHost();
    const [plan] = buildPlans(choice("coordinator"));
    await run(host, (ctx) => createSheets(ctx, [plan], "coordinator"));
    // A coordinator pastes three rows (the third without «Не преодолели»).
    await run(host, async (ctx) => {
      ctx.workbook.worksheets.getItem("Результаты").getRange("A4:H6").values = rows.map((r) => r.map((v) => (v === null ? "" : v)));
    });
    return { host, plan };
  }

  it("computes the share of every filled row in a formula engine; empty rows and a missing count stay empty", async () => {
    const { host } = await filled();
    try {
      const view = host.view("Результаты");
      expect(view.formulas[3][8]).toBe('=IF(OR($G4="",$F4=""),"",EDU.SHARE($G4,$F4))');
      expect(host.format("Результаты", "I4").locked).toBe(true);
      const grid: unknown[][] = view.formulas.map((row, r) => row.map((f, c) => f ?? (view.values[r][c] === "" ? null : view.values[r][c])));
      const hf = buildEngine({ S: grid });
      const value = (address: string) => hf.getCellValue(hf.simpleCellAddressFromString(address, 0)!);
      expect(value("I4")).toBeCloseTo(0.05, 12);
      expect(value("I5")).toBeCloseTo(0.4, 12);
      expect(value("I6")).toBe("");
      expect(value("I7")).toBe("");
      expect(value("I203")).toBe("");
      hf.destroy();
    } finally {
      host.done();
    }
  });

  it("is read and validated as the form (the share column is not the form's and is not consolidated)", async () => {
    const { host } = await filled();
    try {
      const { table } = await run(host, (ctx) => readSheet(ctx, "Результаты", { formulas: true }));
      const tables = { sheets: [table] };
      expect(validateWorkbook(tables, RESULTS, { asOf: "2025-06-01" })).toEqual([]);
      const extracted = extractTable(tables, RESULTS)!;
      expect(extracted.by).toBe("marker");
      expect(extracted.rows.map((r) => r.values[6])).toEqual([1, 10, null]);
      const c = consolidate(RESULTS, [{ file: "Результаты", findings: [], table: extracted }]);
      const planned = consolidatedPlans(c, RESULTS, { formulas: true });
      const header = planned.consolidation[0].cells.filter((x) => x.row === 3).map((x) => x.value);
      expect(header.filter((h) => h === RESULTS_DERIVED.share)).toHaveLength(1);
      expect(header).toContain(RESULTS_DERIVED.shareFormula);
      expect(planned.results?.derived.rowShares).toEqual([0.05, 0.4, null]);
    } finally {
      host.done();
    }
  });
});
