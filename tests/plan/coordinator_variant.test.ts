import { buildSheetPlan } from "../../src/plan";
import { materializeForm } from "../../src/forms";
import { RESULTS, TARGETS } from "../../src/forms/specs";

describe("buildSheetPlan: the coordinator's variant", () => {
  test("results: the coordinator-only share column with EDU.SHARE; the school template has exactly the form's columns", () => {
    const school = buildSheetPlan(RESULTS);
    const coordinator = buildSheetPlan(RESULTS, { variant: "coordinator" });
    expect(buildSheetPlan(RESULTS, { variant: "school" })).toEqual(school);
    expect(school.columns.filter((c) => c.role !== "marker" && c.role !== "check").map((c) => c.header)).toEqual(RESULTS.columns.map((c) => c.header));
    const share = coordinator.columns.find((c) => c.key === "belowShare")!;
    expect(share).toMatchObject({ index: 9, letter: "I", role: "derived", header: "Доля не преодолевших порог", numFmt: "0.0%" });
    expect(coordinator.formulas.find((f) => f.col === 9)?.template).toBe('IF(OR($G{row}="",$F{row}=""),"",EDU.SHARE($G{row},$F{row}))');
    expect(coordinator.markerCell).toBe("J1");
    expect(coordinator.checkColumn).toBe(11);
    expect(coordinator.print.area).toBe("A1:I203");
    expect(JSON.stringify(school)).not.toContain("EDU.");
  });

  test("a materialised form is taken as it is: the variant of materialisation decides the columns", () => {
    const plan = buildSheetPlan(materializeForm(RESULTS, { variant: "coordinator", dataRows: 5 }), { variant: "coordinator" });
    expect(plan.columns.some((c) => c.key === "belowShare")).toBe(true);
    expect(buildSheetPlan(materializeForm(RESULTS, { dataRows: 5 }), { variant: "coordinator" }).columns.some((c) => c.key === "belowShare")).toBe(false);
  });

  test("targets: the same columns in both variants, EDU.* formulas for the coordinator only", () => {
    const school = buildSheetPlan(TARGETS, { years: [2025] });
    const coordinator = buildSheetPlan(TARGETS, { years: [2025], variant: "coordinator" });
    expect(coordinator.columns).toEqual(school.columns);
    expect(coordinator.formulas.some((f) => f.template.includes("EDU.ACHIEVEMENT("))).toBe(true);
    expect(school.formulas.some((f) => f.template.includes("EDU."))).toBe(false);
  });
});
