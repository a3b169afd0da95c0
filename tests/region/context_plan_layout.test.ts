import { contextPlanLayout, DEFAULT_INDICATORS } from "../../src/region";
import { buildSheetPlan } from "../../src/plan";
import { CONTEXT, RESULTS } from "../../src/forms/specs";

describe("contextPlanLayout", () => {
  test("the code, the total, the nine indicators and the pre-formatted rows of a context plan; the index right of the check column", () => {
    const l = contextPlanLayout(buildSheetPlan(CONTEXT, { dataRows: 50 }));
    expect(l).toMatchObject({ headerRow: 3, firstRow: 4, lastRow: 53, codeCol: 1, totalCol: 6, startCol: 18 });
    expect(l.indicators.map((i) => [i.col, i.direction])).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15].map((c) => [c, c === 14 ? "+" : "-"]));
    expect(l.indicators.map((i) => i.header)).toEqual(DEFAULT_INDICATORS.map((i) => i.header));
  });

  test("starts right of the hidden lists a plan adds (the municipalities)", () => {
    const plan = buildSheetPlan(CONTEXT, { municipalities: ["Северный район", "Южный район"] });
    const lists = plan.columns.filter((c) => c.role === "list").map((c) => c.index);
    expect(lists.length).toBeGreaterThan(0);
    expect(contextPlanLayout(plan).startCol).toBe(Math.max(...lists) + 1);
  });

  test("refuses a plan of another form", () => {
    expect(() => contextPlanLayout(buildSheetPlan(RESULTS))).toThrow(/план формы «results»/);
  });
});
