import { risk30 } from "../../../src/core/thresholds";
import { expectEduError, fuzz } from "../helpers";

describe("risk30", () => {
  // rows: procedures, columns: years (last = current)
  const conditionAOnly = [
    [0.1, 0.35],
    [0.2, 0.3],
    [0.05, 0.1],
  ];
  const conditionBOnly = [
    [0.31, 0.4],
    [0.1, 0.1],
  ];
  const both = [
    [0.3, 0.3],
    [0.1, 0.5],
  ];
  const neither = [
    [0.5, 0.1],
    [0.1, 0.35],
  ];

  it("raises the risk on condition A: two procedures at or above 30% in the current year", () => {
    expect(risk30(conditionAOnly)).toBe(true);
    expect(risk30(conditionAOnly, null, "и")).toBe(false);
  });

  it("raises the risk on condition B: one procedure at or above 30% two years running", () => {
    expect(risk30(conditionBOnly)).toBe(true);
    expect(risk30(conditionBOnly, 0.3, "и")).toBe(false);
  });

  it("needs both conditions in mode «и»", () => {
    expect(risk30(both, 0.3, "и")).toBe(true);
    expect(risk30(both, 0.3, "AND")).toBe(true);
    expect(risk30(both, 0.3, "or")).toBe(true);
  });

  it("does not combine different procedures across years for B", () => {
    expect(risk30(neither)).toBe(false);
  });

  it("uses the limit argument", () => {
    expect(risk30(conditionAOnly, 0.4)).toBe(false);
    expect(risk30(neither, 0.1)).toBe(true);
  });

  it("reads shares as percentages when the limit is above 1", () => {
    expect(risk30([[10, 35], [20, 30]], 30)).toBe(true);
    expectEduError(() => risk30([[10, 35], [20, 30]]), "num", /от 0 до 1/);
  });

  it("has B false with a single year column", () => {
    expect(risk30([[0.5]])).toBe(false);
    expect(risk30([[0.5], [0.3]])).toBe(true);
    expect(risk30([[0.5], [0.3]], null, "и")).toBe(false);
  });

  it("treats empty cells as procedures not held", () => {
    expect(risk30([[0.4, null], [0.4, 0.4], [null, 0.1]])).toBe(true);
    expect(risk30([[0.4, null], [null, 0.4]])).toBe(false);
  });

  it("answers #N/A when the current year has no data", () => {
    expectEduError(() => risk30([[0.4, null], [0.5, ""]]), "na", /текущий год/);
  });

  it("checks its arguments", () => {
    expectEduError(() => risk30(both, 0), "num", /предел/);
    expectEduError(() => risk30(both, -0.3), "num");
    expectEduError(() => risk30(both, "треть"), "value");
    expectEduError(() => risk30(both, 0.3, "либо"), "value", /режим/);
    expectEduError(() => risk30([[0.1, -0.2]]), "num");
    expectEduError(() => risk30([[0.1, 0.2], [0.3]]), "value");
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(risk30 as (...a: unknown[]) => unknown, 3);
  });
});
