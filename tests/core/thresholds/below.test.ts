import { below } from "../../../src/core/thresholds";
import { expectEduError, expectErrorCell, fuzz } from "../helpers";

describe("below", () => {
  it("passes a score equal to the threshold (acceptance: BELOW(27; 27) = FALSE)", () => {
    expect(below(27, 27)).toBe(false);
  });

  it("is TRUE strictly below and FALSE above", () => {
    expect(below(26.99, 27)).toBe(true);
    expect(below(28, 27)).toBe(false);
  });

  it("reads single cells given as 1×1 ranges and numbers typed as Russian text", () => {
    expect(below([[35]], [[36]])).toBe(true);
    expect(below("35,5", "36")).toBe(true);
  });

  it("works element-wise over a column against one threshold, errors in their own cells", () => {
    const out = below([[20], [36], [null], ["н/д"], [50]], 36) as unknown[][];
    expect(out).toHaveLength(5);
    expect(out[0][0]).toBe(true);
    expect(out[1][0]).toBe(false);
    expectErrorCell(out[2][0], "na");
    expectErrorCell(out[3][0], "value");
    expect(out[4][0]).toBe(false);
  });

  it("pairs scores with per-row thresholds", () => {
    expect(below([[30], [30]], [[36], [27]])).toEqual([[true], [false]]);
  });

  it("answers #N/A for a missing value or threshold and #VALUE! for text", () => {
    expectEduError(() => below(null, 27), "na", /значение/);
    expectEduError(() => below("", 27), "na");
    expectEduError(() => below(30, undefined), "na", /порог/);
    expectEduError(() => below("тридцать", 27), "value", /числом/);
    expectEduError(() => below(true, 27), "value");
  });

  it("rejects ranges of different sizes", () => {
    expectEduError(() => below([[1], [2]], [[1], [2], [3]]), "value", /разного размера/);
  });

  it("handles 100,000 rows", () => {
    const scores = Array.from({ length: 100_000 }, (_, i) => [i % 100]);
    const out = below(scores, 36) as unknown[][];
    expect(out).toHaveLength(100_000);
    expect(out.filter((r) => r[0] === true)).toHaveLength(36_000);
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(below as (...a: unknown[]) => unknown, 2);
  });
});
