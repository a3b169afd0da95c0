import { share, EduError } from "../../../src/core";
import { fuzz, thrown } from "../helpers";

describe("share", () => {
  test("part / total as a fraction", () => {
    expect(share(30, 120)).toBe(0.25);
    expect(share(0, 5)).toBe(0);
    expect(share(5, 5)).toBe(1);
    expect(share("1 200", "2 400")).toBe(0.5);
    expect(share([["12,5"]], [[50]])).toBe(0.25);
  });

  test("acceptance: SHARE(30; 0) → #DIV/0!", () => {
    const e = thrown(() => share(30, 0));
    expect(e.kind).toBe("div0");
    expect(e.message).toMatch(/равно 0/);
    expect(thrown(() => share(0, 0)).kind).toBe("div0");
  });

  test("acceptance: SHARE(31; 30) → #NUM!", () => {
    const e = thrown(() => share(31, 30));
    expect(e.kind).toBe("num");
    expect(e.message).toMatch(/больше целого/);
  });

  test("negative part or total → #NUM!", () => {
    expect(thrown(() => share(-1, 30)).kind).toBe("num");
    expect(thrown(() => share(1, -30)).kind).toBe("num");
  });

  test("a part off by rounding only is the whole", () => {
    expect(share(0.1 + 0.2, 0.3)).toBe(1);
  });

  test("missing → #N/A, text → #VALUE!", () => {
    expect(thrown(() => share(null, 30)).kind).toBe("na");
    expect(thrown(() => share(5, "")).kind).toBe("na");
    expect(thrown(() => share("много", 30)).kind).toBe("value");
    expect(thrown(() => share(true, 30)).kind).toBe("value");
  });

  test("element-wise over equal ranges, errors stay in their cells", () => {
    const g = share([[30], [31], [5], [null]], [[120], [30], [0], [10]]) as unknown[][];
    expect(g).toHaveLength(4);
    expect(g[0][0]).toBe(0.25);
    expect((g[1][0] as EduError).kind).toBe("num");
    expect((g[2][0] as EduError).kind).toBe("div0");
    expect((g[3][0] as EduError).kind).toBe("na");
  });

  test("a single total is reused for every part", () => {
    expect(share([[10, 20, 40]], 40)).toEqual([[0.25, 0.5, 1]]);
  });

  test("an error value in a cell → #N/A in that cell", () => {
    const g = share([[new EduError("na", "нет")], [1]], [[2], [2]]) as unknown[][];
    expect((g[0][0] as EduError).kind).toBe("na");
    expect(g[1][0]).toBe(0.5);
  });

  test("ranges of different sizes → #VALUE!", () => {
    expect(thrown(() => share([[1], [2]], [[1], [2], [3]])).kind).toBe("value");
  });
});

describe("share on arbitrary input", () => {
  test("returns finite numbers, texts or EduError cells, or throws EduError — nothing else", () => {
    fuzz(share as (...a: unknown[]) => unknown, 2);
  });
});
