import { delta } from "../../../src/core/targets";
import { expectEduError, expectErrorCell, fuzz } from "../helpers";

describe("delta", () => {
  it("is fact − base (catalogue: ПРИРОСТ(80; 25) = 55)", () => {
    expect(delta(80, 25)).toBe(55);
    expect(delta(5, 15)).toBe(-10);
    expect(delta("12,5", "10")).toBe(2.5);
  });

  it("works element-wise with errors in their own cells", () => {
    const out = delta([[80], [null], ["x"]], [[25], [10], [1]]) as unknown[][];
    expect(out[0][0]).toBe(55);
    expectErrorCell(out[1][0], "na");
    expectErrorCell(out[2][0], "value");
  });

  it("answers #N/A for missing numbers, #VALUE! for text, #NUM! on overflow", () => {
    expectEduError(() => delta(null, 1), "na", /факт/);
    expectEduError(() => delta(1, ""), "na", /база/);
    expectEduError(() => delta("много", 1), "value");
    expectEduError(() => delta(1e308, -1e308), "num");
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(delta as (...a: unknown[]) => unknown, 2);
  });
});
