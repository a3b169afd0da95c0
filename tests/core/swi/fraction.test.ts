import { optionalFraction } from "../../../src/core/swi/fraction";
import { thrown } from "../helpers";

describe("optionalFraction", () => {
  test("numbers, text, percent, 1×1 range and the default", () => {
    expect(optionalFraction(0.3, 0.5, "x")).toBe(0.3);
    expect(optionalFraction("0,3", 0.5, "x")).toBe(0.3);
    expect(optionalFraction("30%", 0.5, "x")).toBeCloseTo(0.3, 15);
    expect(optionalFraction([[1]], 0.5, "x")).toBe(1);
    expect(optionalFraction(null, 0.5, "x")).toBe(0.5);
    expect(optionalFraction([[""]], 0.5, "x")).toBe(0.5);
  });

  test("outside 0–1 → #NUM!; not a number or a larger range → #VALUE!", () => {
    expect(thrown(() => optionalFraction(1.01, 0.5, "x")).kind).toBe("num");
    expect(thrown(() => optionalFraction(-1, 0.5, "x")).kind).toBe("num");
    expect(thrown(() => optionalFraction("треть", 0.5, "x")).kind).toBe("value");
    expect(thrown(() => optionalFraction(true, 0.5, "x")).kind).toBe("value");
    expect(thrown(() => optionalFraction([[0.1, 0.2]], 0.5, "x")).kind).toBe("value");
  });
});
