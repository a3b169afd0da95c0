import { effectiveness } from "../../../src/core/targets";
import { expectEduError, expectErrorCell, fuzz } from "../helpers";

describe("effectiveness", () => {
  it("matches the acceptance example", () => {
    expect(effectiveness(0.858)).toBe("средняя");
  });

  it("uses the federal scale with the bounds included", () => {
    expect(effectiveness(0.9)).toBe("высокая");
    expect(effectiveness(1.2)).toBe("высокая");
    expect(effectiveness(0.8999)).toBe("средняя");
    expect(effectiveness(0.8)).toBe("средняя");
    expect(effectiveness(0.7)).toBe("удовлетворительная");
    expect(effectiveness(0.6999)).toBe("неудовлетворительная");
    expect(effectiveness(0)).toBe("неудовлетворительная");
  });

  it("counts a mean that only misses a bound by rounding noise as reaching it", () => {
    expect(effectiveness(0.9 - 1e-15)).toBe("высокая");
  });

  it("accepts three descending thresholds as a row or a column", () => {
    expect(effectiveness(0.858, [[0.95, 0.85, 0.75]])).toBe("средняя");
    expect(effectiveness(0.84, [[0.95], [0.85], [0.75]])).toBe("удовлетворительная");
    expect(effectiveness(0.84, null)).toBe("средняя");
  });

  it("rejects thresholds that are not three descending numbers", () => {
    expectEduError(() => effectiveness(0.8, [[0.9, 0.8]]), "value", /три/);
    expectEduError(() => effectiveness(0.8, [[0.9, "x", 0.7]]), "value", /три числа/);
    expectEduError(() => effectiveness(0.8, [[0.9, null, 0.7]]), "value");
    expectEduError(() => effectiveness(0.8, [[0.7, 0.8, 0.9]]), "num", /убывать/);
    expectEduError(() => effectiveness(0.8, [[0.9, 0.9, 0.7]]), "num");
    expectEduError(() => effectiveness(0.8, [[0.9, 0.8], [0.7, 0.6]]), "value");
  });

  it("works over a range, errors in their own cells", () => {
    const out = effectiveness([[0.95], [0.85], [null], ["x"], [0.1]]) as unknown[][];
    expect(out[0][0]).toBe("высокая");
    expect(out[1][0]).toBe("средняя");
    expectErrorCell(out[2][0], "na");
    expectErrorCell(out[3][0], "value");
    expect(out[4][0]).toBe("неудовлетворительная");
  });

  it("answers #N/A for a missing value", () => {
    expectEduError(() => effectiveness(null), "na");
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(effectiveness as (...a: unknown[]) => unknown, 2);
  });
});
