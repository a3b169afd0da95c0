import { resultsDerived, resultsPlans, shareColumns, RESULTS_DERIVED, type ResultsTable } from "../../src/region";
import { risk30, stablyLow } from "../../src/core/thresholds";

const KEYS = ["code", "year", "procedure", "subject", "grade", "participants", "belowMin", "average"];
type Row = [string, string, string, string, number | null, number | null, number | null, number | null];
const table = (rows: Row[]): ResultsTable => ({ keys: KEYS, rows: rows.map((values) => ({ values })) });
const Y = ["2022/2023", "2023/2024", "2024/2025"];

const ROWS: Row[] = [
  // 000101: ЕГЭ profile mathematics below 27 three years running; Russian fine
  ...Y.map((y, i): Row => ["000101", y, "ЕГЭ", "Математика профильная", null, 10, 4, [25, 24, 26.3][i]]),
  ...Y.map((y, i): Row => ["000101", y, "ЕГЭ", "Русский язык", null, 20, 0, [60, 62, 65][i]]),
  // 000102: ВПР mathematics, grade 5, at or above 30 % two years running (condition B); ОГЭ fine
  ["000102", Y[1], "ВПР", "Математика", 5, 30, 10, 3.4],
  // two rows of one year (two files) pool: (3 + 9) / (10 + 20) = 0,4, the mean weighted by participants
  ["000102", Y[2], "ВПР", "Математика", 5, 10, 3, 3.0],
  ["000102", Y[2], "ВПР", "Математика", 5, 20, 9, 3.6],
  ["000102", Y[2], "ОГЭ", "Русский язык", null, 20, 2, 3.9],
  // 000103: two procedures at or above 30 % in the current year only (condition A)
  ["000103", Y[1], "ОГЭ", "Русский язык", null, 20, 2, 3.5],
  ["000103", Y[2], "ОГЭ", "Русский язык", null, 20, 6, 3.3],
  ["000103", Y[2], "ВПР", "Русский язык", 6, 25, 10, 3.1],
  // 000104: no row in the current year — no RISK_30
  ["000104", Y[0], "ОГЭ", "Русский язык", null, 20, 8, 3.1],
  // 000105: chemistry has only the admission minimum (36): it is the threshold
  ...Y.map((y): Row => ["000105", y, "ЕГЭ", "Химия", null, 5, 0, 30]),
  // 000106: ОГЭ mean mark below 3 three years running; a row with more below than participants has no share
  ...Y.map((y, i): Row => ["000106", y, "ОГЭ", "Русский язык", null, 20, i === 2 ? 25 : 5, [2.9, 2.8, 2.95][i]]),
  // rows without a share
  ["000107", Y[2], "ЕГЭ", "Русский язык", null, 0, 0, 50],
  ["000107", Y[2], "ЕГЭ", "Математика профильная", null, 10, null, 50],
];

describe("resultsDerived", () => {
  const d = resultsDerived(table(ROWS), { names: new Map([["101", "МБОУ «СОШ № 1»"]]) });
  const school = (code: string) => d.schools.find((s) => s.code === code)!;

  test("the share below the threshold of every row, through SHARE", () => {
    expect(d.rowShares.slice(0, 3)).toEqual([0.4, 0.4, 0.4]);
    expect(d.rowShares.slice(6, 9)).toEqual([10 / 30, 0.3, 0.45]);
    expect(d.rowShares[ROWS.length - 3]).toBeNull(); // 25 of 20
    expect(d.rowShares.slice(-2)).toEqual([null, null]); // no participants; no count
    expect(d.years).toEqual(Y);
    expect(d.current).toBe("2024/2025");
  });

  test("stably low: ЕГЭ against the certificate minimum of the exam year, other subjects against the admission minimum, ОГЭ/ВПР against 3", () => {
    const math = school("000101").assessments.find((a) => a.subject === "Математика профильная")!;
    expect(math).toMatchObject({ label: "ЕГЭ, Математика профильная", threshold: 27, stablyLow: true, means: [25, 24, 26.3] });
    expect(math.stablyLow).toBe(stablyLow([[25, 24, 26.3]], 27));
    expect(school("000101").assessments.find((a) => a.subject === "Русский язык")).toMatchObject({ threshold: 24, stablyLow: false });
    expect(school("000101").name).toBe("МБОУ «СОШ № 1»");
    expect(school("000105").assessments[0]).toMatchObject({ threshold: 36, stablyLow: true });
    expect(school("000106").assessments[0]).toMatchObject({ threshold: 3, stablyLow: true });
    // fewer than three years: no verdict
    expect(school("000103").assessments.every((a) => a.stablyLow === null)).toBe(true);
    expect(d.counts.stablyLow).toBe(3);
  });

  test("RISK_30 per school over procedures × years, with the condition that raised it", () => {
    const b = school("000102");
    const vpr = b.assessments.find((a) => a.procedure === "ВПР")!;
    expect(vpr.label).toBe("ВПР, Математика, 5 класс");
    expect(vpr.shares).toEqual([null, 10 / 30, 0.4]);
    expect(vpr.means[2]).toBeCloseTo((3.0 * 10 + 3.6 * 20) / 30, 10);
    expect(b.risk).toBe(true);
    expect(b.risk).toBe(risk30(b.assessments.map((a) => a.shares)));
    expect(b.conditions).toEqual({ a: false, b: true });
    expect(b.riskText).toBe("Б: два года подряд не ниже 30 % — ВПР, Математика, 5 класс (2023/2024: 33,3 %, 2024/2025: 40 %)");
    const c = school("000103");
    expect([c.risk, c.conditions]).toEqual([true, { a: true, b: false }]);
    expect(c.riskText).toBe("А: 2 процедуры с долей не ниже 30 % в 2024/2025 — ОГЭ, Русский язык 30 %; ВПР, Русский язык, 6 класс 40 %");
    expect(school("000101").risk).toBe(true); // mathematics 40 % three years: condition B
    expect(school("000105").risk).toBe(false);
    expect(school("000104")).toMatchObject({ risk: null, riskText: "нет данных о доле не преодолевших порог за 2024/2025" });
    expect(d.counts).toMatchObject({ schools: 7, risk: 3 });
  });

  test("ЕГЭ without a threshold for the exam year: no verdict, and why", () => {
    const old = resultsDerived(table(["2021/2022", "2022/2023", "2023/2024"].map((y): Row => ["1", y, "ЕГЭ", "Физика", null, 10, 1, 20])));
    expect(old.schools[0].assessments[0]).toMatchObject({ threshold: null, stablyLow: null });
    expect(old.schools[0].assessments[0].thresholdNote).toMatch(/^порог не определён: нет данных о пороге за 2024 год/);
  });

  test("sheets: «По школам» with the risk, its condition and the stably low subjects; notes; the share columns", () => {
    const [schools, notes] = resultsPlans(d, { formulas: true });
    expect([schools.sheetName, notes.sheetName]).toEqual([RESULTS_DERIVED.schoolsSheet, RESULTS_DERIVED.notesSheet]);
    const headers = schools.cells.filter((c) => c.row === 3).map((c) => c.value);
    expect(headers).toEqual(["Код ОО", "Наименование ОО", "Риск 30 %", "Условие риска", "Стабильно низкие результаты", "Примечание"]);
    const row = (code: string) => {
      const r = schools.cells.find((c) => c.col === 1 && c.value === code)!.row;
      return schools.cells.filter((c) => c.row === r).map((c) => c.value);
    };
    expect(row("000101")).toEqual(["000101", "МБОУ «СОШ № 1»", "да", expect.stringMatching(/^Б: /), "ЕГЭ, Математика профильная: 25; 24; 26,3 (порог 27)"]);
    expect(row("000104")).toEqual(["000104", "нет данных", "нет данных о доле не преодолевших порог за 2024/2025", "меньше 3 лет с результатом: ОГЭ, Русский язык"]);
    expect(schools.conditionalFormats[0].formula).toBe('$C4="да"');
    const text = notes.cells.map((c) => String(c.value ?? "")).join(" ");
    expect(text).toContain("минимальный балл для поступления в вуз");
    expect(text).toContain("средняя отметка ниже 3");
    expect(text).toContain("записан значениями");
    expect(shareColumns(d).map((c) => c.header)).toEqual([RESULTS_DERIVED.share]);
    expect(shareColumns(d, { formulas: true })[1]).toMatchObject({ header: RESULTS_DERIVED.shareFormula, formula: "EDU.SHARE({col:belowMin}{row},{col:participants}{row})" });
  });
});
