import { programDegree } from "../../../src/core/targets";
import { expectEduError, fuzz } from "../helpers";

describe("programDegree", () => {
  it("matches the acceptance example: 1,25 counts as 1", () => {
    expect(programDegree([[0.968], [1.25], [0.75]])).toBeCloseTo(0.906, 4);
    expect(programDegree([[0.968, 1.25, 0.75]])).toBeCloseTo(0.906, 4);
  });

  it("uses another cap when given (1,3 in some programmes)", () => {
    expect(programDegree([[0.968], [1.25], [0.75]], 1.3)).toBeCloseTo((0.968 + 1.25 + 0.75) / 3, 12);
    expect(programDegree([[1.5], [0.5]], 1.3)).toBeCloseTo(0.9, 12);
  });

  it("averages over the present degrees only", () => {
    expect(programDegree([[0.8], [null], [""], ["н/д"], [1]])).toBeCloseTo(0.9, 12);
    expect(programDegree(0.7)).toBe(0.7);
  });

  it("answers #N/A when no degree is present", () => {
    expectEduError(() => programDegree([[null], ["н/д"]]), "na", /нет данных/);
  });

  it("validates the cap", () => {
    expectEduError(() => programDegree([[1]], 0), "num", /предел/);
    expectEduError(() => programDegree([[1]], "один"), "value");
    expectEduError(() => programDegree([[1]], [[1, 2]]), "value");
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(programDegree as (...a: unknown[]) => unknown, 2);
  });
});
