import { extractTable } from "../../src/consolidate";
import { formSpec } from "../../src/forms";
import { DEFAULT_INDICATORS, indexPlans, INDEX_HEADERS, regionIndex, schoolResults, TOTAL_HEADER, type SchoolResults } from "../../src/region";
import { swi } from "../../src/core";
import { contextBook, resultsBook } from "../consolidate/helpers";

/**
 * The worked example of functions.md (§1, SWI): five schools, % low-income (−), % single-parent (−), % parents with
 * higher education (+). With 100 students the counts are the percentages; every other category is the same in
 * every school, so it has no spread and SWI drops it — the index is the example's.
 */
const EXAMPLE: [string, number, number, number][] = [
  ["S1", 10, 20, 60],
  ["S2", 30, 35, 25],
  ["S3", 20, 25, 40],
  ["S4", 50, 40, 15],
  ["S5", 15, 22, 55],
];
const exampleTable = (extra: Record<string, unknown>[] = []) =>
  extractTable(
    contextBook([
      ...EXAMPLE.map(([code, low, single, higher]) => ({
        "Код ОО": code,
        "Численность обучающихся": 100,
        "Из малообеспеченных семей": low,
        "Из неполных семей": single,
        "Хотя бы один родитель с высшим образованием": higher,
      })),
      ...(extra as Record<string, never>[]),
    ]),
    formSpec("context"),
  )!;

const round4 = (v: number | null): number | null => (v === null ? null : Math.round(v * 10000) / 10000);

describe("DEFAULT_INDICATORS", () => {
  test("the nine categories of forms.md: higher education «+», the rest «−», equal weights", () => {
    expect(DEFAULT_INDICATORS).toHaveLength(9);
    expect(DEFAULT_INDICATORS.filter((i) => i.direction === "+").map((i) => i.header)).toEqual(["Хотя бы один родитель с высшим образованием"]);
    expect(new Set(DEFAULT_INDICATORS.map((i) => i.weight))).toEqual(new Set([1]));
    expect(TOTAL_HEADER).toBe("Численность обучающихся");
  });
});

describe("regionIndex", () => {
  test("the worked example of functions.md: SWI z, groups by quartiles", () => {
    const idx = regionIndex(exampleTable());
    expect(idx.schools.map((s) => round4(s.swi))).toEqual([1.004, -0.6024, 0.2534, -1.39, 0.7349]);
    expect(idx.schools.map((s) => s.group)).toEqual([4, 1, 2, 1, 3]);
    expect(idx.schools[0].shares[0]).toBeCloseTo(0.1, 12);
    expect(idx.indicators.filter((i) => i.used).map((i) => i.header)).toEqual([
      "Из малообеспеченных семей",
      "Из неполных семей",
      "Хотя бы один родитель с высшим образованием",
    ]);
    expect(idx.counts).toMatchObject({ schools: 5, withSwi: 5, groups: [2, 1, 1, 1] });
    expect(idx.schools.every((s) => s.type === null && s.note === "")).toBe(true);
  });

  test("minmax and rank as in the example; the same numbers as the core function on the shares", () => {
    expect(regionIndex(exampleTable(), { method: "minmax" }).schools.map((s) => round4(s.swi))).toEqual([1, 0.3241, 0.6852, 0, 0.888]);
    expect(regionIndex(exampleTable(), { method: "rank" }).schools.map((s) => s.swi)).toEqual([1, 0.25, 0.5, 0, 0.75]);
    const idx = regionIndex(exampleTable());
    const core = swi(
      idx.schools.map((s) => s.shares),
      [DEFAULT_INDICATORS.map((i) => i.direction)],
    ).map((r) => r[0]);
    expect(idx.schools.map((s) => s.swi)).toEqual(core);
  });

  test("rows without a code or repeating one are left out; a share that cannot be computed is missing, with a note", () => {
    const idx = regionIndex(
      exampleTable([
        { "Код ОО": "S1", "Численность обучающихся": 100 },
        { "Код ОО": null, "Наименование ОО": "без кода" },
        { "Код ОО": "S6", "Численность обучающихся": 100, "Из малообеспеченных семей": 20, "Из неполных семей": 150, "Хотя бы один родитель с высшим образованием": 50 },
        { "Код ОО": "S7", "Численность обучающихся": null },
      ]),
    );
    expect(idx.excluded.map((e) => [e.row, e.code, e.reason])).toEqual([
      [9, "S1", "«Код ОО» повторяет строку 4: учтена первая строка школы"],
      [10, "", "нет «Код ОО»"],
    ]);
    const s6 = idx.schools.find((s) => s.code === "S6")!;
    expect(s6.shares[1]).toBeNull();
    expect(s6.note).toMatch(/^доля «Из неполных семей» не рассчитана: часть \(150\) больше целого \(100\)$/);
    expect(s6.swi).not.toBeNull();
    const s7 = idx.schools.find((s) => s.code === "S7")!;
    expect(s7.swi).toBeNull();
    expect(s7.group).toBeNull();
    expect(s7.note).toMatch(/^нет «Численность обучающихся»: доли не рассчитаны; ИСБ не рассчитан: /);
    expect(idx.counts.withSwi).toBe(6);
  });

  test("the type of school through QUADRANT with the schools' results", () => {
    const results: SchoolResults = {
      byCode: new Map([
        ["s1", 40],
        ["s2", 80],
        ["s3", 60],
        ["s4", 30],
      ]),
      procedure: "ЕГЭ",
      subject: "Русский язык",
      measure: "mean",
      label: "ЕГЭ, Русский язык: средний балл",
      header: "Результат",
      explanation: "",
      rows: 4,
      years: [],
    };
    const idx = regionIndex(exampleTable(), { results });
    // SWI order: S4 < S2 < S3 < S5 < S1; P25 of SWI is S2's; results P25 = 37,5, P75 = 65.
    expect(idx.schools.map((s) => [s.code, s.result, s.type])).toEqual([
      ["S1", 40, ""],
      ["S2", 80, "резильентная"],
      ["S3", 60, ""],
      ["S4", 30, "НОР и НСУ"],
      ["S5", null, "нет данных"],
    ]);
    expect(idx.counts).toMatchObject({ withResult: 4, types: { "": 2, резильентная: 1, "НОР и НСУ": 1, "нет данных": 1 } });
  });

  test("a table without the code or the total, or without schools: a Russian error", () => {
    const t = exampleTable();
    expect(() => regionIndex({ ...t, columns: t.columns.map((c) => (c.key === "code" ? { ...c, letter: "" } : c)) })).toThrow("нет столбца «Код ОО»");
    expect(() => regionIndex({ ...t, columns: t.columns.map((c) => (c.key === "students" ? { ...c, letter: "" } : c)) })).toThrow("нет столбца «Численность обучающихся»");
    expect(() => regionIndex({ ...t, rows: [] })).toThrow("нет ни одной школы");
  });

  test("one school: no spread, so no index — a missing value with the core's reason, not an error", () => {
    const idx = regionIndex({ ...exampleTable(), rows: exampleTable().rows.slice(0, 1) });
    expect(idx.schools[0].swi).toBeNull();
    expect(idx.schools[0].note).toMatch(/^ИСБ не рассчитан: ИСБ не рассчитан: у всех показателей меньше 2 значений/);
  });
});

describe("schoolResults", () => {
  const table = extractTable(
    resultsBook([
      { "Код ОО": "S1", "Учебный год": "2023/2024", "Средний балл": 50 },
      { "Код ОО": "S1", "Учебный год": "2024/2025", "Средний балл": 70, "Число участников": 30, "Не преодолели минимальный порог": 3 },
      { "Код ОО": "S2", "Учебный год": "2024/2025", "Предмет": "русский", "Средний балл": "61,5", "Число участников": 10, "Не преодолели минимальный порог": 0 },
      { "Код ОО": "S2", "Учебный год": "2024/2025", "Процедура": "ВПР", "Предмет": "Математика", "Класс": 5, "Средний балл": 3.5, "Число участников": 20, "Не преодолели минимальный порог": 4 },
      { "Код ОО": "S2", "Учебный год": "2024/2025", "Процедура": "ВПР", "Предмет": "Математика", "Класс": 6, "Средний балл": 4, "Число участников": 30, "Не преодолели минимальный порог": 1 },
      { "Код ОО": "000123", "Учебный год": "2024/2025", "Средний балл": 80 },
    ]),
    formSpec("results"),
  )!;

  test("default: the mean score of ЕГЭ in Russian in the latest year; aliases and text numbers read; codes without leading zeros", () => {
    const r = schoolResults(table);
    expect(r).toMatchObject({ procedure: "ЕГЭ", subject: "Русский язык", year: "2024/2025", measure: "mean", years: ["2023/2024", "2024/2025"], rows: 3 });
    expect([...r.byCode]).toEqual([
      ["s1", 70],
      ["s2", 61.5],
      ["123", 80],
    ]);
    expect(r.label).toBe("ЕГЭ, Русский язык, 2024/2025: средний балл");
    expect(schoolResults(table, { year: "2023/2024" }).byCode.get("s1")).toBe(50);
  });

  test("ВПР: the classes of a school pooled by participants, or one grade; the share who passed the threshold", () => {
    expect(schoolResults(table, { procedure: "впр", subject: "математика" }).byCode.get("s2")).toBeCloseTo((3.5 * 20 + 4 * 30) / 50, 12);
    const g5 = schoolResults(table, { procedure: "ВПР", subject: "Математика", grade: 5, measure: "pass" });
    expect(g5.byCode.get("s2")).toBeCloseTo(0.8, 12);
    expect(g5.label).toBe("ВПР, Математика, 5 класс, 2024/2025: доля преодолевших минимальный порог");
    expect(schoolResults(table, { measure: "pass" }).byCode.get("s1")).toBeCloseTo(0.9, 12);
  });

  test("wrong choices: Russian errors", () => {
    expect(() => schoolResults(table, { procedure: "ГИА" })).toThrow("процедура «ГИА» неизвестна");
    expect(() => schoolResults(table, { subject: "астрология" })).toThrow("предмет «астрология» не найден");
    expect(() => schoolResults(table, { year: "2024-2025" })).toThrow("ожидается вид 2024/2025");
    expect(schoolResults(table, { subject: "Физика" }).byCode.size).toBe(0);
  });
});

describe("indexPlans", () => {
  test("the table with the index next to it, notes; with --formulas the EDU.* array formulas over the same cells", () => {
    const results = schoolResults(
      extractTable(resultsBook(EXAMPLE.map(([code], i) => ({ "Код ОО": code, "Средний балл": 50 + i * 5 }))), formSpec("results"))!,
    );
    const idx = regionIndex(exampleTable(), { results });
    const { plans, arrayFormulas } = indexPlans(idx, { formulas: true, source: "свод.xlsx" });
    const [table, notes] = plans;
    expect([table.sheetName, notes.sheetName]).toEqual(["ИСБ", "Пояснения"]);
    const headers = table.cells.filter((c) => c.row === 3).map((c) => String(c.value));
    const swiCol = headers.indexOf(INDEX_HEADERS.swi) + 1;
    expect(headers.slice(15, 21)).toEqual([INDEX_HEADERS.swi, INDEX_HEADERS.group, results.header, INDEX_HEADERS.type, INDEX_HEADERS.note, "Доля: Из малообеспеченных семей"]);
    expect(table.cells.find((c) => c.row === 4 && c.col === swiCol)!.value).toBeCloseTo(1.004, 3);
    expect(table.columns[swiCol - 1]).toMatchObject({ numFmt: "0.0000", style: "derived" });
    expect(arrayFormulas.map((f) => f.formula)).toEqual([
      'EDU.SWI(U4:AC8,{"-","-","-","-","-","-","-","+","-"},{1,1,1,1,1,1,1,1,1})',
      "EDU.SWI_GROUP(AD4:AD8)",
      "EDU.QUADRANT(AD4:AD8,R4:R8)",
    ]);
    expect(arrayFormulas.map((f) => f.range)).toEqual(["AD4:AD8", "AE4:AE8", "AF4:AF8"]);
    expect(arrayFormulas[1].values).toEqual([4, 1, 2, 1, 3]);
    const noteText = notes.cells.map((c) => String(c.value)).join("\n");
    expect(noteText).toContain("Файл «свод.xlsx», лист «Контекстные данные»");
    expect(noteText).toContain("направление «+» (чем больше доля, тем благополучнее)");
    expect(noteText).toContain("Показатель не учтён: меньше двух значений или все значения одинаковые.");
    expect(noteText).toContain("Школ по группам: 1 — 2, 2 — 1, 3 — 1, 4 — 1.");
    expect(noteText).toContain("надстройка «Дорожная карта»");
  });

  test("without results and formulas: no result, type or formula columns, and the notes say why", () => {
    const { plans, arrayFormulas } = indexPlans(regionIndex(exampleTable(), { method: "rank" }));
    const headers = plans[0].cells.filter((c) => c.row === 3).map((c) => String(c.value));
    expect(headers).not.toContain(INDEX_HEADERS.type);
    expect(headers.filter((h) => h.includes("формула"))).toEqual([]);
    expect(arrayFormulas).toEqual([]);
    expect(plans[1].cells.map((c) => String(c.value)).join("\n")).toContain("Не определён: таблица результатов не найдена");
  });
});
