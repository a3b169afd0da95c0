import { deltaPct } from "../../../src/core/targets";
import { expectEduError, expectErrorCell, fuzz } from "../helpers";

describe("deltaPct", () => {
  it("is (fact − base) / |base| (catalogue: ПРИРОСТ_ПРОЦ(30; 25) = 0,2)", () => {
    expect(deltaPct(30, 25)).toBeCloseTo(0.2, 12);
    expect(deltaPct(20, 25)).toBeCloseTo(-0.2, 12);
  });

  it("keeps the sign of the change for a negative base", () => {
    expect(deltaPct(-5, -10)).toBeCloseTo(0.5, 12);
    expect(deltaPct(-15, -10)).toBeCloseTo(-0.5, 12);
  });

  it("answers #DIV/0! for a zero base", () => {
    expectEduError(() => deltaPct(5, 0), "div0", /базовое значение равно 0/);
    const out = deltaPct([[5], [6]], [[0], [3]]) as unknown[][];
    expectErrorCell(out[0][0], "div0");
    expect(out[1][0]).toBe(1);
  });

  it("answers #N/A for missing numbers and #NUM! on overflow", () => {
    expectEduError(() => deltaPct(null, 1), "na");
    expectEduError(() => deltaPct(1e308, 1e-308), "num");
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(deltaPct as (...a: unknown[]) => unknown, 2);
  });
});
