/**
 * The coordinator's `targets`: built by the same plan builder (`variant: "coordinator"`), with EDU.* formulas
 * that compute in a real formula engine the values of functions.md (PROGRESS(5; 15; 0) = 0,6667 for
 * indicator 4.1 of Yartsevo).
 */
import { buildPlans } from "../../../taskpane/create/build_plans";
import { writePlan } from "../../../taskpane/office/write_plan";
import { FORMS, formSpec } from "../../../src/forms/specs";
import { hasCoordinatorVariant } from "../../../src/forms/variants";
import { buildSheetPlan } from "../../../src/plan";
import { CATALOG } from "../../../src/core";
import { buildEngine } from "../../harness/hyperformula_edu";
import { installHost, run } from "../helpers";

const EDU_CALL = /EDU\.([A-Z_0-9]+)\(/g;
const calls = (text: string): string[] => [...text.matchAll(EDU_CALL)].map((m) => m[1]);

describe("the coordinator variant of targets", () => {
  it("gives the coordinator's targets the EDU.* formulas and keeps the school template native", () => {
    const school = buildPlans({ forms: [{ formId: "targets", preset: "" }], years: { from: 2024, to: 2025 }, variant: "school" })[0];
    const coord = buildPlans({ forms: [{ formId: "targets", preset: "" }], years: { from: 2024, to: 2025 }, variant: "coordinator" })[0];
    const text = (p: typeof school) => JSON.stringify([p.formulas.map((f) => f.template), p.cells.map((c) => c.formula ?? "")]);
    expect(calls(text(school))).toEqual([]);
    const used = new Set(calls(text(coord)));
    expect([...used].sort()).toEqual(["ACHIEVEMENT", "EFFECTIVENESS", "GAP", "PROGRAM_DEGREE", "PROGRESS", "TARGET_STATUS"]);
    for (const id of used) expect(CATALOG.map((f) => f.id)).toContain(id);
    // Same columns, headers, validations and marker: only the derived formulas differ.
    expect(coord.columns).toEqual(school.columns);
    expect(coord.validations).toEqual(school.validations);
    expect(coord.marker).toBe(school.marker);
    const summary = coord.cells.filter((c) => c.row === coord.summaryRows[0] && c.formula);
    expect(summary.map((c) => calls(c.formula!)[0]).sort()).toEqual(["EFFECTIVENESS", "PROGRAM_DEGREE"]);
    expect(summary.find((c) => c.formula!.includes("EFFECTIVENESS"))!.formula).toContain("{0.9,0.8,0.7}");
  });

  it("leaves every other form as it is (context and results have their own variants: coordinator_context, coordinator_results)", () => {
    for (const spec of FORMS.filter((f) => !["targets", "context", "results"].includes(f.id))) {
      expect(hasCoordinatorVariant(spec)).toBe(false);
      expect(buildSheetPlan(spec, { years: [2024], variant: "coordinator" })).toEqual(buildSheetPlan(spec, { years: [2024] }));
    }
    for (const id of ["targets", "context", "results"]) expect(hasCoordinatorVariant(formSpec(id))).toBe(true);
    // The context table's variant is the index the pane writes next to it: its plan is the school template's.
    expect(buildSheetPlan(formSpec("context"), { variant: "coordinator" })).toEqual(buildSheetPlan(formSpec("context")));
  });

  it("gives every derived column of targets an EDU.* variant", () => {
    for (const c of formSpec("targets").columns.filter((x) => x.derived)) expect(calls(c.derived!.coordinator ?? "").length).toBeGreaterThan(0);
  });

  it("computes achievement, progress, status and the programme's degree in a formula engine", async () => {
    const host = installHost();
    try {
      const plan = buildPlans({ forms: [{ formId: "targets", preset: "targets-yartsevo" }], years: { from: 2024, to: 2026 }, variant: "coordinator" })[0];
      await run(host, (ctx) => writePlan(ctx, plan, plan.sheetName));
      const col = (header: string) => plan.columns.find((c) => c.header === header)!.index - 1;
      const rowOf = (no: string) => plan.cells.find((c) => c.col === 1 && c.value === no)!.row - 1;
      const view = host.view(plan.sheetName);
      const grid = view.formulas.map((row, r) => row.map((f, c) => f ?? (view.values[r][c] === "" ? null : view.values[r][c])));
      const fact = col("Факт 2021");
      grid[rowOf("1")][fact] = 1; // plan 1 → achieved
      grid[rowOf("4.1")][fact] = 5; // base 15, plan 0, down → PROGRESS(5; 15; 0)
      const hf = buildEngine({ S: grid });
      const value = (r: number, c: number) => hf.getCellValue({ sheet: 0, row: r, col: c });
      expect(value(rowOf("1"), col("Степень достижения"))).toBe(1);
      expect(value(rowOf("1"), col("Статус"))).toBe("достигнут");
      expect(value(rowOf("4.1"), col("Степень достижения"))).toBeCloseTo(0.6667, 4);
      expect(value(rowOf("4.1"), col("Статус"))).toBe("не достигнут");
      expect(value(rowOf("4.1"), col("Отклонение"))).toBe(5);
      expect(value(rowOf("2"), col("Статус"))).toBe("нет данных");
      const summary = plan.summaryRows[0] - 1;
      expect(value(summary, col("Степень достижения"))).toBeCloseTo((1 + 0.6667) / 2, 3);
      expect(value(summary, col("Статус"))).toBe("средняя");
      hf.destroy();
    } finally {
      host.done();
    }
  });

  it("builds the same plan through buildSheetPlan as a school template of the variant's spec", () => {
    const viaPane = buildPlans({ forms: [{ formId: "targets", preset: "" }], years: { from: 2024, to: 2024 }, variant: "coordinator" })[0];
    const direct = buildSheetPlan(formSpec("targets"), { years: [2024], variant: "coordinator" });
    expect(viaPane).toEqual(direct);
  });
});
