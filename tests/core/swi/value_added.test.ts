import { valueAdded, type EduError } from "../../../src/core";
import { expectColumn, fuzz, thrown } from "../helpers";

describe("valueAdded", () => {
  // Same hand-computed fit as for EXPECTED_RESULT: result = 1,6 + 1,1·swi.
  const results = [[1], [3], [5], [4]];
  const swiValues = [[0], [1], [2], [3]];

  test("result minus expected result; residuals of OLS sum to 0", () => {
    const g = valueAdded(results, swiValues);
    expectColumn(g, [-0.6, 0.3, 1.2, -0.9]);
    expect(g.reduce((s, [v]) => s + (v as number), 0)).toBeCloseTo(0, 12);
  });

  test("a missing result or SWI → #N/A in that row only", () => {
    const g = valueAdded([[1], [3], [null], [5], [4], [7]], [[0], [1], [2], [2], [3], ["—"]]);
    expectColumn(g, [-0.6, 0.3, "na", 1.2, -0.9, "na"]);
    expect((g[2][0] as EduError).message).toMatch(/нет результата/);
    expect((g[5][0] as EduError).message).toMatch(/нет ИСБ/);
  });

  test("a school exactly on the line has value added 0 (not −0)", () => {
    const g = valueAdded([[10], [20], [30]], [[-1], [0], [1]]);
    for (const [v] of g) expect(v).toBe(0);
  });

  test("a row spills as a row", () => {
    const g = valueAdded([[1, 3, 5, 4]], [[0, 1, 2, 3]]);
    expect(g).toHaveLength(1);
    g[0].forEach((v, i) => expect(v as number).toBeCloseTo([-0.6, 0.3, 1.2, -0.9][i], 12));
  });

  test("fewer than 3 complete pairs or equal SWI → #N/A in every row", () => {
    expectColumn(valueAdded([[1], [2]], [[0], [1]]), ["na", "na"]);
    expectColumn(valueAdded([[1], [2], [3]], [[2], [2], [2]]), ["na", "na", "na"]);
  });

  test("different lengths → #VALUE!", () => {
    const e = thrown(() => valueAdded([[1], [2], [3]], [[1], [2]]));
    expect(e.kind).toBe("value");
    expect(e.message).toMatch(/одной длины/);
  });
});

describe("valueAdded on arbitrary input", () => {
  test("returns finite numbers, texts or EduError cells, or throws EduError — nothing else", () => {
    fuzz(valueAdded as (...a: unknown[]) => unknown, 2);
  });
});
