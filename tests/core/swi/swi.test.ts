import { swi, EduError, type ResultGrid } from "../../../src/core";
import { fuzz, thrown } from "../helpers";

/** The worked example of functions.md §1: % low-income (-), % single-parent (-), % parents with higher education (+). */
const EXAMPLE = [
  [10, 20, 60],
  [30, 35, 25],
  [20, 25, 40],
  [50, 40, 15],
  [15, 22, 55],
];
const DIRS = [["-", "-", "+"]];
const Z = [1.004, -0.6024, 0.2534, -1.39, 0.7349];
const MINMAX = [1, 0.3241, 0.6852, 0, 0.888];
const RANK = [1, 0.25, 0.5, 0, 0.75];

const column = (g: ResultGrid): unknown[] => g.map((r) => r[0]);

function expectValues(g: ResultGrid, expected: number[], digits = 4): void {
  expect(g).toHaveLength(expected.length);
  g.forEach((row, i) => {
    expect(row).toHaveLength(1);
    expect(typeof row[0]).toBe("number");
    expect(row[0] as number).toBeCloseTo(expected[i], digits);
  });
}

/** Same shape and numbers as the reference grid, to `digits` decimals. */
function expectClose(g: ResultGrid, reference: ResultGrid, digits = 10): void {
  expectValues(g, column(reference) as number[], digits);
}

function cellError(v: unknown): EduError {
  expect(v).toBeInstanceOf(EduError);
  return v as EduError;
}

describe("swi", () => {
  describe("worked example of functions.md", () => {
    test("z (default) gives 1.0040 / −0.6024 / 0.2534 / −1.3900 / 0.7349", () => {
      expectValues(swi(EXAMPLE, DIRS), Z);
      expectValues(swi(EXAMPLE, DIRS, null, "z"), Z);
    });

    test("minmax column, ends exactly 1 and 0", () => {
      const g = swi(EXAMPLE, DIRS, null, "minmax");
      expectValues(g, MINMAX);
      expect(g[0][0]).toBe(1);
      expect(g[3][0]).toBe(0);
      expect(Object.is(g[3][0], -0)).toBe(false);
    });

    test("rank column 1 / 0,25 / 0,5 / 0 / 0,75", () => {
      expectValues(swi(EXAMPLE, DIRS, null, "rank"), RANK, 10);
    });

    test("Russian aliases and any case", () => {
      expectValues(swi(EXAMPLE, DIRS, null, "Z-оценка"), Z);
      expectValues(swi(EXAMPLE, DIRS, null, "МинМакс"), MINMAX);
      expectValues(swi(EXAMPLE, DIRS, null, " ранг "), RANK);
      expectValues(swi(EXAMPLE, DIRS, null, [["RANK"]]), RANK);
    });

    test("always one column, one value per school", () => {
      const g = swi(EXAMPLE, DIRS);
      expect(g.every((r) => r.length === 1)).toBe(true);
    });
  });

  describe("directions", () => {
    test.each([
      ["+/- as a row", [["-", "-", "+"]]],
      ["as a column", [["-"], ["-"], ["+"]]],
      ["numbers 1/-1", [[-1, -1, 1]]],
      ["рост/снижение", [["снижение", "Снижение", "рост"]]],
      ["up/down, flat array", ["down", "down", "up"]],
      ["text numbers", [["-1", "−1", "+1"]]],
    ])("%s", (_name, dirs) => {
      expectValues(swi(EXAMPLE, dirs), Z);
    });

    test("default is all '-' (higher share = worse)", () => {
      const all = swi(EXAMPLE, [["-", "-", "-"]]);
      expect(swi(EXAMPLE)).toEqual(all);
      expect(swi(EXAMPLE, null, null, null, null)).toEqual(all);
      expect(swi(EXAMPLE, [[null, null, null]])).toEqual(all);
    });

    test("reversing every direction negates the z index", () => {
      const up = column(swi(EXAMPLE, [["+", "+", "-"]])) as number[];
      const down = column(swi(EXAMPLE, DIRS)) as number[];
      up.forEach((v, i) => expect(v).toBeCloseTo(-down[i], 12));
    });

    test("wrong length → #VALUE! saying how many are needed", () => {
      const e = thrown(() => swi(EXAMPLE, [["-", "+"]]));
      expect(e.kind).toBe("value");
      expect(e.message).toMatch(/нужно 3/);
      expect(thrown(() => swi(EXAMPLE, "-")).kind).toBe("value");
    });

    test("unreadable or empty direction → #VALUE!", () => {
      const e = thrown(() => swi(EXAMPLE, [["-", "вбок", "+"]]));
      expect(e.kind).toBe("value");
      expect(e.message).toMatch(/2-е направление/);
      expect(thrown(() => swi(EXAMPLE, [["-", null, "+"]])).message).toMatch(/пусто/);
      expect(thrown(() => swi(EXAMPLE, [["-", true, "+"]])).kind).toBe("value");
    });

    test("a 2-D block of directions → #VALUE!", () => {
      expect(thrown(() => swi(EXAMPLE, [["-", "-"], ["+", "+"]])).kind).toBe("value");
    });
  });

  describe("weights", () => {
    test("equal weights of any size give the unweighted index", () => {
      expectValues(swi(EXAMPLE, DIRS, [[2, 2, 2]]), Z);
      expectValues(swi(EXAMPLE, DIRS, [[1e-300], [1e-300], [1e-300]]), Z);
      expectValues(swi(EXAMPLE, DIRS, [["0,5", "0,5", "0,5"]]), Z);
    });

    test("weighted mean of oriented components", () => {
      // minmax components of S2: low-income (-) 1 − 20/40 = 0.5, single-parent (-) 1 − 15/20 = 0.25, higher-ed (+) 10/45
      const g = swi(EXAMPLE, DIRS, [[2, 1, 1]], "minmax");
      expect(g[1][0] as number).toBeCloseTo((2 * 0.5 + 0.25 + 10 / 45) / 4, 12);
    });

    test("weight 0 leaves an indicator out", () => {
      const g = swi(EXAMPLE, DIRS, [[1, 0, 0]], "rank");
      expect(column(g)).toEqual([1, 0.25, 0.5, 0, 0.75]);
      const only = swi(EXAMPLE, DIRS, [[0, 0, 1]], "minmax");
      expect(only[1][0] as number).toBeCloseTo(10 / 45, 12);
    });

    test("negative weight → #NUM!, all zero → #NUM!", () => {
      const neg = thrown(() => swi(EXAMPLE, DIRS, [[1, -1, 1]]));
      expect(neg.kind).toBe("num");
      expect(neg.message).toMatch(/отрицательн/);
      const zero = thrown(() => swi(EXAMPLE, DIRS, [[0, 0, 0]]));
      expect(zero.kind).toBe("num");
      expect(zero.message).toMatch(/все веса равны 0/);
    });

    test("wrong length, text or empty weight → #VALUE!", () => {
      expect(thrown(() => swi(EXAMPLE, DIRS, [[1, 1]])).kind).toBe("value");
      expect(thrown(() => swi(EXAMPLE, DIRS, [[1, "много", 1]])).message).toMatch(/2-й вес/);
      expect(thrown(() => swi(EXAMPLE, DIRS, [[1, null, 1]])).kind).toBe("value");
    });
  });

  describe("missing values and coverage", () => {
    const withGaps = [
      [10, 20, 60],
      [30, null, 25],
      [20, 25, ""],
      [50, 40, 15],
      [15, "н/д", null],
      [null, null, null],
    ];

    test("components are averaged over what the school has; statistics over present values only", () => {
      const g = swi(withGaps, DIRS, null, "minmax");
      // low-income 10..50, single-parent 20..40, higher-ed 15..60
      expect(g[1][0] as number).toBeCloseTo((1 - 20 / 40 + (25 - 15) / 45) / 2, 12);
      expect(g[2][0] as number).toBeCloseTo((1 - 10 / 40 + 1 - 5 / 20) / 2, 12);
    });

    test("school below min_coverage → #N/A in that row only", () => {
      const g = swi(withGaps, DIRS, null, "minmax");
      const e = cellError(g[4][0]);
      expect(e.kind).toBe("na");
      expect(e.message).toMatch(/33,3% суммарного веса, нужно не меньше 50%/);
      expect(typeof g[0][0]).toBe("number");
      expect(typeof g[3][0]).toBe("number");
    });

    test("a school without any value → #N/A", () => {
      const e = cellError(swi(withGaps, DIRS)[5][0]);
      expect(e.kind).toBe("na");
      expect(e.message).toMatch(/нет значений/);
    });

    test("min_coverage 0 accepts one indicator; 1 requires all; exactly the share passes", () => {
      expect(typeof swi(withGaps, DIRS, null, null, 0)[4][0]).toBe("number");
      const all = swi(withGaps, DIRS, null, null, 1);
      expect(cellError(all[1][0]).kind).toBe("na");
      expect(typeof all[0][0]).toBe("number");
      expect(typeof swi(withGaps, DIRS, null, null, "0,5")[1][0]).toBe("number");
    });

    test("coverage counts weights, not indicators", () => {
      // S5 has only low-income: 1/3 of the indicators but 3/5 of the weight
      expect(typeof swi(withGaps, DIRS, [[3, 1, 1]])[4][0]).toBe("number");
      expect(cellError(swi(withGaps, DIRS, [[1, 3, 1]])[4][0]).kind).toBe("na");
    });

    test("weights 0,1 + 0,2 reach min_coverage 0,3 despite rounding", () => {
      const rows = [
        [1, 1, null],
        [2, 3, 5],
        [3, 2, 4],
      ];
      expect(typeof swi(rows, null, [[0.1, 0.2, 0.7]], null, 0.3)[0][0]).toBe("number");
    });

    test("text, booleans and error values in cells are missing, not zero", () => {
      const errorValue = { type: "Error", errorType: "NotAvailable" };
      const base = swi(EXAMPLE, DIRS, null, "minmax");
      const g = swi(
        [
          [10, 20, 60],
          [30, 35, 25],
          [20, 25, 40],
          [50, 40, 15],
          [15, 22, 55],
          [true, "текст", errorValue],
        ],
        DIRS,
        null,
        "minmax",
      );
      expect(g.slice(0, 5)).toEqual(base);
      expect(cellError(g[5][0]).kind).toBe("na");
    });

    test("bad min_coverage: text → #VALUE!, outside 0–1 → #NUM!", () => {
      expect(thrown(() => swi(EXAMPLE, DIRS, null, null, "половина")).kind).toBe("value");
      expect(thrown(() => swi(EXAMPLE, DIRS, null, null, 1.5)).kind).toBe("num");
      expect(thrown(() => swi(EXAMPLE, DIRS, null, null, -0.1)).kind).toBe("num");
    });
  });

  describe("numbers typed as text", () => {
    test('"12,5" and "1 234" count as numbers', () => {
      const asText = [
        ["10", "20,0", "60"],
        ["30", "35", "25"],
        ["20", "25", "40"],
        ["50", "40", "15"],
        ["15", "22", "55"],
      ];
      expectClose(swi(asText, DIRS), swi(EXAMPLE, DIRS));
      const thousands = [["1 234"], ["1\u00a0000"], ["12,5"]];
      const g = swi(thousands, "+", null, "minmax");
      expect(column(g)).toEqual([1, (1000 - 12.5) / (1234 - 12.5), 0]);
    });
  });

  describe("dropped indicators", () => {
    test("an indicator with zero spread is dropped for every school", () => {
      const rows = EXAMPLE.map((r) => [...r, 7]);
      expectClose(swi(rows, [["-", "-", "+", "+"]]), swi(EXAMPLE, DIRS));
    });

    test("an indicator with fewer than 2 present values is dropped", () => {
      const rows = EXAMPLE.map((r, i) => [...r, i === 2 ? 99 : null]);
      expectClose(swi(rows, [["-", "-", "+", "-"]]), swi(EXAMPLE, DIRS));
    });

    test("nothing left → #N/A in every row with the reason", () => {
      const g = swi([[1, 5], [1, null], [1, null]]);
      expect(g).toHaveLength(3);
      for (const [v] of g) {
        const e = cellError(v);
        expect(e.kind).toBe("na");
        expect(e.message).toMatch(/меньше 2 значений или нет разброса/);
      }
    });

    test("what is left has weight 0 → #N/A in every row", () => {
      const rows = EXAMPLE.map((r) => [r[0], 7]);
      const e = cellError(swi(rows, null, [[0, 1]])[0][0]);
      expect(e.kind).toBe("na");
      expect(e.message).toMatch(/вес 0/);
    });

    test("a single school (1×K) or a single cell → #N/A", () => {
      expect(cellError(swi([[10, 20, 30]], DIRS)[0][0]).kind).toBe("na");
      expect(swi(5)).toHaveLength(1);
      expect(cellError(swi([[5]])[0][0]).kind).toBe("na");
    });
  });

  describe("rank ties", () => {
    test("tied values share the average rank", () => {
      const g = swi([[10], [30], [30], [50]], "+", null, "rank");
      expect(column(g)).toEqual([0, 0.5, 0.5, 1]);
      const down = swi([[10], [30], [30], [30], [50]], "-", null, "rank");
      expect(column(down)).toEqual([1, 0.5, 0.5, 0.5, 0]);
    });
  });

  describe("z details", () => {
    test("uses the sample standard deviation (STDEV.S)", () => {
      // values 1, 2, 3: mean 2, sd 1 → z = −1, 0, 1
      const g = swi([[1], [2], [3]], "+");
      expect(column(g)).toEqual([-1, 0, 1]);
    });

    test("scale-free: shares 0–1 and 0–100 give the same index", () => {
      const fractions = EXAMPLE.map((r) => r.map((x) => x / 100));
      expectClose(swi(fractions, DIRS), swi(EXAMPLE, DIRS));
      expectValues(swi(fractions, DIRS, null, "rank"), RANK, 10);
    });

    test("extreme magnitudes neither overflow nor vanish", () => {
      for (const f of [1e300, 1e-300, 1e-320]) {
        const rows = [[1 * f], [2 * f], [3 * f]];
        const g = swi(rows, "+", null, "z");
        (column(g) as number[]).forEach((v, i) => expect(v).toBeCloseTo(i - 1, 6));
        const mm = swi(rows, "+", null, "minmax");
        (column(mm) as number[]).forEach((v, i) => expect(v).toBeCloseTo(i / 2, 6));
      }
      const wide = swi([[-1.7e308], [0], [1.7e308]], "+", null, "minmax");
      expect(column(wide)).toEqual([0, 0.5, 1]);
    });
  });

  describe("arguments and robustness", () => {
    test("unknown method → #VALUE! listing the accepted ones", () => {
      const e = thrown(() => swi(EXAMPLE, DIRS, null, "среднее"));
      expect(e.kind).toBe("value");
      expect(e.message).toMatch(/"z".*"minmax".*"rank"/);
      expect(thrown(() => swi(EXAMPLE, DIRS, null, true)).kind).toBe("value");
      expect(thrown(() => swi(EXAMPLE, DIRS, null, [["z", "rank"]])).kind).toBe("value");
    });

    test("empty or ragged indicators → #VALUE!", () => {
      expect(thrown(() => swi([])).kind).toBe("value");
      expect(thrown(() => swi([[]])).kind).toBe("value");
      expect(thrown(() => swi([[1, 2], [3]])).kind).toBe("value");
    });

    test("NaN, Infinity, nested arrays and objects are missing values", () => {
      const g = swi(
        [
          [NaN, 1],
          [Infinity, 2],
          [[[3]], 3],
          [{}, 4],
        ],
        [["+", "+"]],
      );
      expect(column(g)).toHaveLength(4);
      (column(g) as number[]).forEach((v) => expect(Number.isFinite(v)).toBe(true));
    });

    test("100,000 rows: one finite value per row", () => {
      const rows: unknown[][] = [];
      for (let i = 0; i < 100_000; i++) rows.push([i % 97, (i * 7) % 13, i % 2 ? null : "1,5"]);
      const g = swi(rows);
      expect(g).toHaveLength(100_000);
      expect(g.every((r) => typeof r[0] === "number" && Number.isFinite(r[0]))).toBe(true);
    });
  });
});

describe("swi on arbitrary input", () => {
  test("returns finite numbers, texts or EduError cells, or throws EduError — nothing else", () => {
    fuzz(swi as (...a: unknown[]) => unknown, 5);
  });
});
