import { thresholdStatus } from "../../../src/core/thresholds";
import { expectEduError, expectErrorCell, fuzz } from "../helpers";

describe("thresholdStatus", () => {
  it("puts a score just above the threshold in the risk zone (catalogue: СТАТУС_ПОРОГА(38; 36; 5))", () => {
    expect(thresholdStatus(38, 36, 5)).toBe("зона риска");
  });

  it("labels the three zones with the bounds as the spec writes them", () => {
    expect(thresholdStatus(35.9, 36, 5)).toBe("ниже порога");
    expect(thresholdStatus(36, 36, 5)).toBe("зона риска");
    expect(thresholdStatus(40.99, 36, 5)).toBe("зона риска");
    expect(thresholdStatus(41, 36, 5)).toBe("порог преодолён");
  });

  it("has no risk zone by default: the threshold itself passes", () => {
    expect(thresholdStatus(36, 36)).toBe("порог преодолён");
    expect(thresholdStatus(36, 36, null)).toBe("порог преодолён");
    expect(thresholdStatus(35, 36)).toBe("ниже порога");
  });

  it("answers «нет данных» as a value for a missing score", () => {
    expect(thresholdStatus(null, 36)).toBe("нет данных");
    expect(thresholdStatus("", 36, 5)).toBe("нет данных");
    expect(thresholdStatus([[30], [null], [50]], 36, 5)).toEqual([["ниже порога"], ["нет данных"], ["порог преодолён"]]);
  });

  it("still requires the threshold and a non-negative margin", () => {
    expectEduError(() => thresholdStatus(30, null), "na", /порог/);
    expectEduError(() => thresholdStatus(30, 36, -1), "num", /запас/);
    expectEduError(() => thresholdStatus("abc", 36), "value");
  });

  it("works per row with per-row thresholds and margins, errors in their own cells", () => {
    const out = thresholdStatus([[25], [40], [40]], [[24], [36], [36]], [[2], [5], [-1]]) as unknown[][];
    expect(out[0][0]).toBe("зона риска");
    expect(out[1][0]).toBe("зона риска");
    expectErrorCell(out[2][0], "num");
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(thresholdStatus as (...a: unknown[]) => unknown, 3);
  });
});
