import { consolidatedPlans, resultsPlans, RESULTS_DERIVED } from "../../src/region";
import { consolidate } from "../../src/consolidate/consolidate";
import { consolidationPlans } from "../../src/consolidate/consolidation_plans";
import type { ExtractedTable } from "../../src/consolidate/types";
import { CONTEXT, RESULTS } from "../../src/forms/specs";

const KEYS = ["code", "year", "procedure", "subject", "grade", "participants", "belowMin", "average"];

/** A file's results table as extraction gives it. */
function file(rows: (string | number | null)[][]): ExtractedTable {
  return {
    formId: "results",
    sheet: "Результаты",
    by: "marker",
    headerRow: 3,
    columns: KEYS.map((key) => ({ key, header: RESULTS.columns.find((c) => c.key === key)!.header, letter: String.fromCharCode(65 + KEYS.indexOf(key)) })),
    extraHeaders: [],
    rows: rows.map((values, i) => ({ row: 4 + i, values, extras: [], key: "", keyLabel: "" })),
    keys: [],
  };
}

describe("consolidatedPlans", () => {
  const results = consolidate(RESULTS, [
    {
      file: "a.xlsx",
      findings: [],
      table: file([
        ["000101", "2023/2024", "ОГЭ", "Математика", null, 30, 10, 3.1],
        ["000101", "2024/2025", "ОГЭ", "Математика", null, 30, 12, 3.0],
        ["000102", "2024/2025", "ОГЭ", "Математика", null, 40, 1, 4.0],
      ]),
    },
  ]);

  test("any other form: «Свод», «Замечания», «Сводка» as consolidationPlans makes them", () => {
    const c = consolidate(CONTEXT, []);
    const planned = consolidatedPlans(c, CONTEXT, { formulas: true });
    expect(planned.results).toBeUndefined();
    expect(planned.plans).toEqual(consolidationPlans(c, CONTEXT));
    expect(planned.consolidation).toBe(planned.plans);
  });

  test("results: the share columns in «Свод», then «По школам» and «Пояснения», school names from the list", () => {
    const planned = consolidatedPlans(results, RESULTS, { schools: [{ code: "101", name: "СОШ № 1" }, { code: "000102" }] });
    expect(planned.plans.map((p) => p.sheetName)).toEqual(["Свод", "Замечания", "Сводка", "По школам", "Пояснения"]);
    expect(planned.results!.derived.rowShares).toEqual([10 / 30, 12 / 30, 1 / 40]);
    // Codes match as the consolidation matches them («101» and «000101»).
    expect(planned.results!.derived.schools.map((s) => [s.code, s.name ?? null])).toEqual([
      ["000101", "СОШ № 1"],
      ["000102", null],
    ]);
    const header = planned.consolidation[0].cells.filter((c) => c.row === 3).map((c) => c.value);
    expect(header.slice(8, 10)).toEqual([RESULTS_DERIVED.share, "Источник (файл)"]);
    expect(planned.results!.plans).toEqual(resultsPlans(planned.results!.derived));
  });

  test("with formulas: the EDU.SHARE column over the row's cells, its value cached", () => {
    const planned = consolidatedPlans(results, RESULTS, { formulas: true });
    const cell = planned.consolidation[0].cells.find((c) => c.address === "J4");
    expect(cell).toMatchObject({ formula: "EDU.SHARE(G4,F4)", value: 10 / 30 });
    expect(planned.consolidation[0].cells.find((c) => c.address === "J3")?.value).toBe(RESULTS_DERIVED.shareFormula);
  });

  test("the results' sheets can take a host's names, and their texts name them", () => {
    const planned = consolidatedPlans(results, RESULTS, { resultsSheets: { schools: "По школам — Результаты", notes: "Пояснения — Результаты" } });
    const [schools, notes] = planned.results!.plans;
    expect([schools.sheetName, notes.sheetName]).toEqual(["По школам — Результаты", "Пояснения — Результаты"]);
    expect(schools.instruction).toContain("на листе «Пояснения — Результаты»");
    expect(notes.cells.map((c) => String(c.value ?? "")).join(" ")).toContain("Лист «По школам — Результаты» записан значениями");
  });
});
