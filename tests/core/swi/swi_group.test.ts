import { swi, swiGroup, EduError } from "../../../src/core";
import { fuzz, thrown } from "../helpers";

const EXAMPLE = [
  [10, 20, 60],
  [30, 35, 25],
  [20, 25, 40],
  [50, 40, 15],
  [15, 22, 55],
];

describe("swiGroup", () => {
  test("quartile groups of the SWI z example: 4 / 1 / 2 / 1 / 3", () => {
    const index = swi(EXAMPLE, [["-", "-", "+"]]);
    expect(swiGroup(index)).toEqual([[4], [1], [2], [1], [3]]);
  });

  test("a value equal to a cut-off stays in the lower group", () => {
    // 1..5: P25 = 2, P50 = 3, P75 = 4
    expect(swiGroup([[1], [2], [3], [4], [5]])).toEqual([[1], [1], [2], [3], [4]]);
    // interpolated cut-offs: 1..4 → P25 = 1,75, P50 = 2,5, P75 = 3,25
    expect(swiGroup([[1], [2], [3], [4]])).toEqual([[1], [2], [3], [4]]);
  });

  test("labels instead of numbers, as a row or a column", () => {
    const labels = [["низкий", "ниже среднего", "выше среднего", "высокий"]];
    const expected = [["высокий"], ["низкий"], ["ниже среднего"], ["низкий"], ["выше среднего"]];
    const index = swi(EXAMPLE, [["-", "-", "+"]]);
    expect(swiGroup(index, null, labels)).toEqual(expected);
    expect(swiGroup(index, null, labels[0].map((l) => [l]))).toEqual(expected);
  });

  test("custom cut-offs; given in any order they are sorted", () => {
    const values = [[1], [2], [3], [4], [5]];
    expect(swiGroup(values, [[0.5]])).toEqual([[1], [1], [1], [2], [2]]);
    expect(swiGroup(values, [["0,75", "0,25"]], [["Н", "С", "В"]])).toEqual([["Н"], ["Н"], ["С"], ["С"], ["В"]]);
    expect(swiGroup(values, [[0.75, 0.25]])).toEqual(swiGroup(values, [[0.25, 0.75]]));
  });

  test("cut-offs 0 and 1", () => {
    expect(swiGroup([[1], [2], [3]], [[0, 1]])).toEqual([[1], [2], [2]]);
  });

  test("missing value → #N/A in that row; the percentiles use the present values", () => {
    const g = swiGroup([[1], [null], [2], ["н/д"], [3], [4], [5]]);
    expect(g[1][0]).toBeInstanceOf(EduError);
    expect((g[1][0] as EduError).kind).toBe("na");
    expect((g[3][0] as EduError).kind).toBe("na");
    expect([g[0][0], g[2][0], g[4][0], g[5][0], g[6][0]]).toEqual([1, 1, 2, 3, 4]);
  });

  test("error values from SWI rows count as missing", () => {
    const na = new EduError("na", "нет данных");
    const g = swiGroup([[1], [na], [3]]);
    expect((g[1][0] as EduError).kind).toBe("na");
  });

  test("no value at all → #N/A in every row", () => {
    const g = swiGroup([[null], ["текст"]]);
    expect(g.every(([v]) => v instanceof EduError && v.kind === "na")).toBe(true);
  });

  test("a row of values spills as a row", () => {
    expect(swiGroup([[1, 2, 3, 4, 5]])).toEqual([[1, 1, 2, 3, 4]]);
  });

  test("a single cell", () => {
    expect(swiGroup(7)).toEqual([[1]]);
    expect(swiGroup([[7]])).toEqual([[1]]);
  });

  test("wrong number of labels → #VALUE!", () => {
    const e = thrown(() => swiGroup([[1], [2]], null, [["a", "b", "c"]]));
    expect(e.kind).toBe("value");
    expect(e.message).toMatch(/нужно 4/);
  });

  test("cut-off outside 0–1 → #NUM!, not a number → #VALUE!", () => {
    expect(thrown(() => swiGroup([[1], [2]], [[0.5, 1.5]])).kind).toBe("num");
    expect(thrown(() => swiGroup([[1], [2]], [[-0.1]])).kind).toBe("num");
    expect(thrown(() => swiGroup([[1], [2]], [["половина"]])).kind).toBe("value");
    expect(thrown(() => swiGroup([[1], [2]], [[0.5, null]])).kind).toBe("value");
  });

  test("a block of values → #VALUE!", () => {
    expect(thrown(() => swiGroup([[1, 2], [3, 4]])).kind).toBe("value");
  });

  test("percent text cut-offs", () => {
    expect(swiGroup([[1], [2], [3], [4], [5]], [["50%"]])).toEqual([[1], [1], [1], [2], [2]]);
  });
});

describe("swiGroup on arbitrary input", () => {
  test("returns finite numbers, texts or EduError cells, or throws EduError — nothing else", () => {
    fuzz(swiGroup as (...a: unknown[]) => unknown, 3);
  });
});
