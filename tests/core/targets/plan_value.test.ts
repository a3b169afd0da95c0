import { planValue } from "../../../src/core/targets";
import { expectEduError, expectErrorCell, fuzz } from "../helpers";

describe("planValue", () => {
  it("matches the acceptance example", () => {
    expect(planValue(2018, 25, 2021, 100, 2020)).toBeCloseTo(75, 10);
  });

  it("gives the base and the target exactly at the ends", () => {
    expect(planValue(2018, 0.1, 2021, 0.3, 2018)).toBe(0.1);
    expect(planValue(2018, 0.1, 2021, 0.3, 2021)).toBe(0.3);
  });

  it("works for falling targets, to 0 (Yartsevo indicator 4.1: 15% → 0%)", () => {
    expect(planValue(2018, 15, 2021, 0, 2019)).toBeCloseTo(10, 12);
  });

  it("spills plans for a row of years", () => {
    const out = planValue(2018, 25, 2021, 100, [[2018, 2019, 2020, 2021, 2022]]) as unknown[][];
    expect(out[0].slice(0, 4).map((v) => Math.round((v as number) * 1e6) / 1e6)).toEqual([25, 50, 75, 100]);
    expectErrorCell(out[0][4], "num", /вне интервала/);
  });

  it("answers #NUM! for a year outside the interval or a target year before the base year", () => {
    expectEduError(() => planValue(2018, 25, 2021, 100, 2017), "num", /вне интервала/);
    expectEduError(() => planValue(2018, 25, 2021, 100, 2022), "num");
    expectEduError(() => planValue(2021, 25, 2018, 100, 2020), "num", /раньше базового/);
  });

  it("answers the target when target year = base year", () => {
    expect(planValue(2024, 25, 2024, 100, 2024)).toBe(100);
    expectEduError(() => planValue(2024, 25, 2024, 100, 2025), "num");
  });

  it("answers #N/A for a missing argument and #VALUE! for text", () => {
    expectEduError(() => planValue(2018, null, 2021, 100, 2020), "na", /база/);
    expectEduError(() => planValue(2018, 25, 2021, 100, undefined), "na", /год/);
    expectEduError(() => planValue("двадцатый", 25, 2021, 100, 2020), "value");
  });

  it("answers a clean value or an EduError whatever the input", () => {
    fuzz(planValue as (...a: unknown[]) => unknown, 5);
  });
});
