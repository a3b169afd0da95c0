/**
 * The functions inside a real formula engine: cells reference each other, spilled results feed other
 * formulas, and a changed input recomputes everything downstream — as in a coordinator's workbook.
 */
import { buildEngine } from "../harness/hyperformula_edu";
import { ACCEPTANCE, matches, SWI_EXAMPLE, type Expected } from "../acceptance/examples";
import { CATALOG } from "../../src/core";
import { DetailedCellError, HyperFormula } from "hyperformula";

const ERROR_NAME: Record<string, string> = { VALUE: "#VALUE!", NA: "#N/A", DIV_BY_ZERO: "#DIV/0!", NUM: "#NUM!" };

/** An engine value as the acceptance table writes it. */
function plain(v: unknown): unknown {
  if (v instanceof DetailedCellError) return { error: ERROR_NAME[v.type] ?? v.type };
  return v;
}

/** A literal argument written into a formula in English notation (comma separators, {a,b;c,d} arrays). */
function literal(v: unknown): string {
  if (v === undefined) return "";
  if (typeof v === "string") return `"${v.replace(/"/g, '""')}"`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (Array.isArray(v)) return `{${(v as unknown[][]).map((row) => row.map(literal).join(",")).join(";")}}`;
  return String(v);
}

describe("every function is registered in the engine", () => {
  it("knows all 22 EDU.* names", () => {
    const hf = buildEngine({ S: [[]] });
    const names = hf.getRegisteredFunctionNames();
    for (const f of CATALOG) expect(names).toContain(`EDU.${f.id}`);
    hf.destroy();
  });
});

describe("acceptance examples as formulas", () => {
  it.each(ACCEPTANCE.map((e) => [e.source, e] as const))("%s", (_s, example) => {
    const hf = buildEngine({ S: [[`=EDU.${example.id}(${example.args.map(literal).join(",")})`]] });
    const expected = example.expected;
    const height = Array.isArray(expected) ? expected.length : 1;
    const values: unknown[] = [];
    for (let r = 0; r < height; r++) values.push(plain(hf.getCellValue({ sheet: 0, row: r, col: 0 })));
    const actual = Array.isArray(expected) ? values : values[0];
    if (!matches(actual, expected as Expected)) throw new Error(`${example.source}: got ${JSON.stringify(actual)}`);
    hf.destroy();
  });
});

describe("a coordinator's sheet", () => {
  // A: school, B–D: indicators, E: SWI (spilled), F: group of the spilled SWI, G: results, H: school type.
  const rows = SWI_EXAMPLE.map((r, i) => [`Школа ${i + 1}`, ...r]);
  const results = [72, 40, 65, 30, 70];
  function sheet(): HyperFormula {
    const data: unknown[][] = [["ОО", "Малообесп.", "Неполные", "Высшее", "ИСБ", "Группа", "Балл", "Тип"]];
    rows.forEach((r, i) => data.push([...r, null, null, results[i], null]));
    data[1][4] = '=EDU.SWI(B2:D6, {"-","-","+"})';
    data[1][5] = "=EDU.SWI_GROUP(E2:E6)";
    data[1][7] = "=EDU.QUADRANT(E2:E6, G2:G6, 0.25, 0.25, 0.75)";
    data.push(["Итого", null, null, null, "=AVERAGE(E2:E6)", '=COUNTIF(F2:F6,1)', "=EDU.SHARE_BELOW(G2:G6, 36)", null]);
    return buildEngine({ S: data });
  }
  const col = (hf: HyperFormula, c: number) => [1, 2, 3, 4, 5].map((r) => hf.getCellValue({ sheet: 0, row: r, col: c }));

  it("spills the index and feeds it to the grouping and to native formulas", () => {
    const hf = sheet();
    const swi = col(hf, 4) as number[];
    expect(swi.map((v) => Number(v.toFixed(4)))).toEqual([1.004, -0.6024, 0.2534, -1.39, 0.7349]);
    expect(col(hf, 5)).toEqual([4, 1, 2, 1, 3]);
    expect(hf.getCellValue({ sheet: 0, row: 6, col: 4 })).toBeCloseTo(0, 10); // z-scores average to 0
    expect(hf.getCellValue({ sheet: 0, row: 6, col: 5 })).toBe(2);
    expect(hf.getCellValue({ sheet: 0, row: 6, col: 6 })).toBeCloseTo(0.2, 10); // one of five below 36
    hf.destroy();
  });

  it("classifies schools by context and results", () => {
    const hf = sheet();
    // Lowest-quartile SWI: school 4 (−1.39) and school 2 (−0.60, equal to P25); lowest results: 30 and 40.
    expect(col(hf, 7)).toEqual(["", "НОР и НСУ", "", "НОР и НСУ", ""]);
    hf.destroy();
  });

  it("recomputes downstream cells when a school's data change", () => {
    const hf = sheet();
    const before = col(hf, 4) as number[];
    hf.setCellContents({ sheet: 0, row: 4, col: 1 }, [[5, 10, 80]]); // school 4 becomes the most favourable
    const after = col(hf, 4) as number[];
    expect(after[3]).toBeGreaterThan(before[3]);
    expect(Math.max(...after)).toBe(after[3]);
    expect(col(hf, 5)[3]).toBe(4);
    hf.destroy();
  });

  it("computes target indicators row by row from referenced cells", () => {
    const hf = buildEngine({
      T: [
        ["Показатель", "Направление", "База", "План", "Факт", "Степень", "Прогресс", "Статус"],
        ["Доля школ с низкими результатами", "снижение", 15, 0, 5, "=EDU.ACHIEVEMENT(E2,D2,B2,1)", "=EDU.PROGRESS(E2,C2,D2)", "=EDU.TARGET_STATUS(E2,D2,B2)"],
        ["Доля выпускников, получивших аттестат", "рост", 25, 100, 80, "=EDU.ACHIEVEMENT(E3,D3,B3,1)", "=EDU.PROGRESS(E3,C3,D3)", "=EDU.TARGET_STATUS(E3,D3,B3)"],
        ["Итого", null, null, null, null, "=EDU.PROGRAM_DEGREE(G2:G3)", "=EDU.EFFECTIVENESS(F4)", null],
      ],
    });
    const v = (r: number, c: number) => plain(hf.getCellValue({ sheet: 0, row: r, col: c }));
    expect(v(1, 5)).toEqual({ error: "#DIV/0!" }); // plan 0 with a fact above it: use PROGRESS
    expect(v(1, 6)).toBeCloseTo(0.6667, 4);
    expect(v(1, 7)).toBe("не достигнут");
    expect(v(2, 5)).toBeCloseTo(0.8, 10);
    expect(v(2, 6)).toBeCloseTo(0.7333, 4);
    expect(v(3, 5)).toBeCloseTo((0.6667 + 0.7333) / 2, 3);
    expect(v(3, 6)).toBe("удовлетворительная"); // exactly 0,70
    hf.destroy();
  });

  it("spills element-wise results over ranges", () => {
    const hf = buildEngine({ S: [[30, 120, "=EDU.SHARE(A1:A3,B1:B3)"], [0, 0, null], [50, 40, null]] });
    expect(plain(hf.getCellValue({ sheet: 0, row: 0, col: 2 }))).toBe(0.25);
    expect(plain(hf.getCellValue({ sheet: 0, row: 1, col: 2 }))).toEqual({ error: "#DIV/0!" });
    expect(plain(hf.getCellValue({ sheet: 0, row: 2, col: 2 }))).toEqual({ error: "#NUM!" });
    hf.destroy();
  });
});
