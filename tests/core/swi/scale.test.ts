import { powerOfTwoScale } from "../../../src/core/swi/scale";

describe("powerOfTwoScale", () => {
  test("ordinary magnitudes and zero are left alone", () => {
    for (const m of [0, 1, 1e-100, 1e100, 12345]) expect(powerOfTwoScale(m)).toBe(1);
  });

  test("extreme magnitudes are brought near 1 by a power of two", () => {
    for (const m of [1e300, Number.MAX_VALUE, 1e-300, 1e-320, Number.MIN_VALUE]) {
      const f = powerOfTwoScale(m);
      expect(Number.isFinite(f) && f > 0).toBe(true);
      expect(Number.isInteger(Math.log2(f))).toBe(true);
      const scaled = m * f;
      expect(scaled).toBeGreaterThan(2 ** -80);
      expect(scaled).toBeLessThan(2 ** 30);
    }
  });
});
