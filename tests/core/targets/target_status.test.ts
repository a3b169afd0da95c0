import { targetStatus } from "../../../src/core/targets";
import { expectEduError, expectErrorCell, fuzz } from "../helpers";

describe("targetStatus", () => {
  it("answers «достигнут» when the fact equals the plan (catalogue example)", () => {
    expect(targetStatus(100, 100)).toBe("достигнут");
  });

  it("tells exceeded and not reached apart for a growth target", () => {
    expect(targetStatus(101, 100)).toBe("перевыполнен");
    expect(targetStatus(99, 100)).toBe("не достигнут");
  });

  it("follows the direction for a falling target", () => {
    expect(targetStatus(8, 10, "снижение")).toBe("перевыполнен");
    expect(targetStatus(10, 10, "down")).toBe("достигнут");
    expect(targetStatus(12, 10, -1)).toBe("не достигнут");
  });

  it("applies an absolute tolerance on both sides, bounds included", () => {
    expect(targetStatus(98, 100, null, 2)).toBe("достигнут");
    expect(targetStatus(97.9, 100, null, 2)).toBe("не достигнут");
    expect(targetStatus(102, 100, null, 2)).toBe("достигнут");
    expect(targetStatus(102.1, 100, null, 2)).toBe("перевыполнен");
    expect(targetStatus(11, 10, "снижение", 1)).toBe("достигнут");
    expect(targetStatus(8.5, 10, "снижение", 1)).toBe("перевыполнен");
  });

  it("ignores floating-point noise", () => {
    expect(targetStatus(0.1 + 0.2, 0.3)).toBe("достигнут");
    expect(targetStatus(0.3, 0.1 + 0.2)).toBe("достигнут");
  });

  it("answers «нет данных» as a value for a missing fact", () => {
    expect(targetStatus(null, 100)).toBe("нет данных");
    expect(targetStatus("", 100, "снижение", 1)).toBe("нет данных");
  });

  it("answers errors for a missing plan, a negative tolerance, bad text", () => {
    expectEduError(() => targetStatus(100, null), "na", /план/);
    expectEduError(() => targetStatus(100, 100, null, -1), "num", /допуск/);
    expectEduError(() => targetStatus("сто", 100), "value");
    expectEduError(() => targetStatus(100, 100, "вбок"), "value");
  });

  it("works per row of a targets table with one direction per row", () => {
    const out = targetStatus(
      [[80], [5], [null], [50]],
      [[100], [10], [10], [40]],
      [["рост"], ["снижение"], ["рост"], ["???"]],
    ) as unknown[][];
    expect(out[0][0]).toBe("не достигнут");
    expect(out[1][0]).toBe("перевыполнен");
    expect(out[2][0]).toBe("нет данных");
    expectErrorCell(out[3][0], "value");
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(targetStatus as (...a: unknown[]) => unknown, 4);
  });
});
