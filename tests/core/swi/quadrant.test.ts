import { quadrant, EduError } from "../../../src/core";
import { fuzz, thrown } from "../helpers";

describe("quadrant", () => {
  // SWI present for schools 1–10: P25 = 1 + 9·0,25 = 3,25 → schools 1–3 are in unfavourable conditions (НСУ).
  // Results present for schools 1–9 (and 11): 10 20 30 40 50 60 70 80 90 plus 55 → sorted 10 20 30 40 50 55 60 70 80 90:
  // P25 = 30 + 0,25·10 = 32,5 (≤ 32,5 → low results), P75 = 70 + 0,75·10 = 77,5 (≥ 77,5 → high results).
  const swiValues = [[1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [null]];
  const results = [[10], [90], [50], [20], [60], [80], [30], [70], [40], [null], [55]];
  const expected = [
    "НОР и НСУ", // low SWI, low result
    "резильентная", // low SWI, high result
    "НСУ", // low SWI, middle result
    "НОР", // low result only
    "",
    "", // high result, context not low
    "НОР",
    "",
    "",
    "нет данных", // result missing
    "нет данных", // SWI missing
  ];

  test("every label of the table", () => {
    expect(quadrant(swiValues, results)).toEqual(expected.map((l) => [l]));
  });

  test("boundaries: equal to the percentile counts (≤ for low, ≥ for high)", () => {
    // 1..5 → P25 = 2, P75 = 4
    const g = quadrant([[1], [2], [3], [4], [5]], [[1], [4], [2], [2], [5]]);
    expect(g).toEqual([["НОР и НСУ"], ["резильентная"], ["НОР"], ["НОР"], [""]]);
  });

  test("custom levels", () => {
    // low_swi 0 → only the minimum SWI is low; low_result 0,5 → P50 = 3; high_result 1 → only the maximum
    const g = quadrant([[1], [2], [3], [4], [5]], [[5], [1], [3], [4], [2]], 0, "0,5", 1);
    expect(g).toEqual([["резильентная"], ["НОР"], ["НОР"], [""], ["НОР"]]);
  });

  test("rows spill as a row", () => {
    expect(quadrant([[1, 2, 3, 4, 5]], [[1, 4, 2, 2, 5]])).toEqual([["НОР и НСУ", "резильентная", "НОР", "НОР", ""]]);
  });

  test("error values and text count as missing", () => {
    const g = quadrant([[new EduError("na", "нет")], [2], [3]], [[1], ["н/д"], [3]]);
    expect(g).toEqual([["нет данных"], ["нет данных"], [""]]);
  });

  test("no SWI at all → «нет данных» everywhere", () => {
    expect(quadrant([[null], [null]], [[1], [2]])).toEqual([["нет данных"], ["нет данных"]]);
  });

  test("different lengths → #VALUE!", () => {
    const e = thrown(() => quadrant([[1], [2], [3]], [[1], [2]]));
    expect(e.kind).toBe("value");
    expect(e.message).toMatch(/одной длины/);
  });

  test("levels: outside 0–1 → #NUM!, text → #VALUE!, low_result > high_result → #NUM!", () => {
    const s = [[1], [2]];
    expect(thrown(() => quadrant(s, s, 1.5)).kind).toBe("num");
    expect(thrown(() => quadrant(s, s, null, "четверть")).kind).toBe("value");
    expect(thrown(() => quadrant(s, s, null, 0.8, 0.2)).kind).toBe("num");
  });

  test("a block → #VALUE!", () => {
    expect(thrown(() => quadrant([[1, 2], [3, 4]], [[1, 2], [3, 4]])).kind).toBe("value");
  });
});

describe("quadrant on arbitrary input", () => {
  test("returns finite numbers, texts or EduError cells, or throws EduError — nothing else", () => {
    fuzz(quadrant as (...a: unknown[]) => unknown, 5);
  });
});
