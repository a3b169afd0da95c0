import { demoRegionData, demoSet, DEMO_FOLDERS, seededRandom } from "../../src/demo";
import { formSpec } from "../../src/forms";
import { extractTable, crossFileFindings, consolidate, mergeFindings } from "../../src/consolidate";
import { validateWorkbook, type CellValue, type WorkbookTables } from "../../src/validate";
import { buildSheetPlan } from "../../src/plan";
import { resultsDerived } from "../../src/region";

/** A file of the set as the reader would give it: the template's layout (title, instruction, headers, rows) and marker. */
function tablesOf(formId: string, rows: Record<string, string | number | null>[], sheetName?: string, rename?: { from: string; to: string }): WorkbookTables {
  const plan = buildSheetPlan(formSpec(formId), { dataRows: rows.length + 1, years: [2025] });
  const inputs = plan.columns.filter((c) => c.role === "input");
  const header: CellValue[] = inputs.map((c) => (rename && c.header === rename.from ? rename.to : c.header));
  const title: CellValue[] = [plan.title];
  title[plan.columns.find((c) => c.role === "marker")!.index - 1] = plan.marker;
  return {
    sheets: [
      {
        name: sheetName ?? plan.sheetName,
        rows: [title, [plan.instruction], header, ...rows.map((r) => inputs.map((c) => r[c.header] ?? null))],
        marker: { formId, version: plan.version },
      },
    ],
  };
}

describe("seededRandom", () => {
  test("the same sequence for the same seed, within bounds", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const r = seededRandom(1);
    const ints = Array.from({ length: 200 }, () => r.int(1, 6));
    expect(new Set(ints)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(seededRandom(1).pick(["a", "b"])).toBe(seededRandom(1).pick(["a", "b"]));
  });
});

describe("demoRegionData", () => {
  const region = demoRegionData();

  test("deterministic: the same region on every call", () => {
    expect(demoRegionData()).toEqual(region);
  });

  test("about sixty schools in four municipalities, unique six-digit codes, plausible passports", () => {
    expect(region.schools).toHaveLength(60);
    expect(region.municipalities).toHaveLength(4);
    expect(new Set(region.schools.map((s) => s.code)).size).toBe(60);
    expect(region.schools.every((s) => /^0\d{5}$/.test(s.code))).toBe(true);
    for (const s of region.schools) {
      expect(s.students).toBeGreaterThanOrEqual(25);
      expect(s.students).toBeLessThanOrEqual(1300);
      expect(Object.keys(s.categories)).toHaveLength(9);
      for (const n of Object.values(s.categories)) {
        expect(Number.isInteger(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(s.students);
      }
    }
    const rural = region.schools.filter((s) => s.locality === "село");
    expect(rural.length).toBeGreaterThan(20);
    expect(rural.length).toBeLessThan(50);
    // Higher education of parents is more common in town than in the countryside.
    const share = (xs: typeof region.schools) => xs.reduce((a, s) => a + s.categories["Хотя бы один родитель с высшим образованием"] / s.students, 0) / xs.length;
    expect(share(region.schools.filter((s) => s.locality === "город"))).toBeGreaterThan(share(rural));
  });

  test("results: three years, ЕГЭ only where there is an 11th grade, values within the form's bounds", () => {
    expect(region.resultYears).toEqual(["2022/2023", "2023/2024", "2024/2025"]);
    const rows = [...region.results.values()].flat();
    expect(new Set(rows.map((r) => r["Учебный год"]))).toEqual(new Set(region.resultYears));
    const seniors = new Set(region.schools.filter((s) => s.seniorGrades).map((s) => s.code));
    for (const r of rows) {
      const avg = r["Средний балл"] as number;
      if (r["Процедура"] === "ЕГЭ") {
        expect(seniors.has(r["Код ОО"] as string)).toBe(true);
        expect(avg).toBeGreaterThanOrEqual(0);
        expect(avg).toBeLessThanOrEqual(100);
      } else {
        expect(avg).toBeGreaterThanOrEqual(2);
        expect(avg).toBeLessThanOrEqual(5);
      }
      expect(r["Не преодолели минимальный порог"]).toBeLessThanOrEqual(r["Число участников"] as number);
    }
  });
  test("a school with stably low results and one with the risk indicator, found by the consolidation's derived results", () => {
    const rows = [...region.results.values()].flat();
    const keys = ["code", "year", "procedure", "subject", "grade", "participants", "belowMin", "average"];
    const headers = ["Код ОО", "Учебный год", "Процедура", "Предмет", "Класс", "Число участников", "Не преодолели минимальный порог", "Средний балл"];
    const d = resultsDerived({ keys, rows: rows.map((r) => ({ values: headers.map((h) => r[h] ?? null) })) });
    const school = (code: string) => d.schools.find((s) => s.code === code)!;
    const low = school(region.planted.stablyLow).assessments.find((a) => a.subject === "Математика профильная")!;
    expect(low).toMatchObject({ stablyLow: true, threshold: 27, means: [25.4, 24.8, 26.1] });
    const risk = school(region.planted.risk);
    expect(risk.risk).toBe(true);
    expect(risk.conditions.b).toBe(true);
    expect(risk.riskText).toContain("ВПР, Математика, 5 класс");
    expect(region.planted.stablyLow).not.toBe(region.planted.risk);
    // the other years stay as they were before the earliest year was added: that year has its own random sequence
    expect(d.counts.schools).toBe(60);
  });
});

describe("demoSet", () => {
  const set = demoSet();

  test("a file per school, a results file per municipality, the lists; deterministic", () => {
    expect(demoSet()).toEqual(set);
    expect(set.files.filter((f) => f.path.startsWith(`${DEMO_FOLDERS.schools}/`))).toHaveLength(60);
    expect(set.files.filter((f) => f.path.startsWith(`${DEMO_FOLDERS.results}/`))).toHaveLength(4);
    expect(new Set(set.files.map((f) => f.path)).size).toBe(set.files.length);
    expect(set.schoolList).toHaveLength(60);
    expect(set.mistakes.map((m) => m.id)).toEqual([
      "text-number",
      "part-exceeds-total",
      "required",
      "enum",
      "academic-year",
      "duplicate-code",
      "renamed-sheet",
      "renamed-header",
      "not-a-workbook",
    ]);
    for (const m of set.mistakes) expect(set.files.some((f) => f.path === m.file)).toBe(true);
    expect(new Set(set.mistakes.map((m) => m.file)).size).toBe(set.mistakes.length);
  });

  test("the pure pipeline finds every planted mistake of the school files (the command line adds the file system)", () => {
    const spec = formSpec("context");
    const files = set.files.filter((f) => f.formId === "context" || f.text !== undefined).filter((f) => f.path.startsWith(DEMO_FOLDERS.schools));
    const prepared = files.map((f) => {
      if (f.text !== undefined) return { file: f.path, findings: [{ sheet: "", cell: "", field: "", value: null, severity: "error" as const, code: "unreadable", message: "не книга" }] };
      const t = tablesOf("context", f.rows!, f.sheetName, f.renameHeader);
      const table = extractTable(t, spec)!;
      return { file: f.path, findings: validateWorkbook(t, spec, { references: { municipalities: set.region.municipalities } }), table };
    });
    const extra = crossFileFindings(prepared.map((p) => ({ file: p.file, sheet: p.table?.sheet ?? "", keys: p.table?.keys ?? [] })));
    const sources = prepared.map((p, i) => ({ ...p, findings: mergeFindings(p.findings, extra[i]) }));
    const c = consolidate(spec, sources, { schools: set.schoolList });
    const findingsOf = (file: string) => sources.find((s) => s.file === file)!.findings;
    for (const m of set.mistakes) {
      for (const e of m.expect) {
        if (e.kind === "finding") expect(findingsOf(m.file).some((f) => f.code === e.code && (e.field === undefined || f.field === e.field))).toBe(true);
        if (e.kind === "accepted" || e.kind === "recognised") expect(findingsOf(m.file)).toEqual([]);
        if (e.kind === "accepted") expect(c.rows.find((r) => r.file === m.file)!.values[c.columns.indexOf(e.field)]).toBe(e.value);
        if (e.kind === "recognised") expect(c.rows.find((r) => r.file === m.file)!.sheet).toBe(e.sheet);
        if (e.kind === "duplicate") expect(c.findings.some((f) => f.code === "duplicate" && f.key === e.code)).toBe(true);
        if (e.kind === "missing") expect(c.findings.some((f) => f.code === "missing" && f.key === e.code)).toBe(true);
      }
    }
    // Nothing but the planted mistakes: every other school file is clean.
    const planted = new Set(set.mistakes.map((m) => m.file));
    expect(sources.filter((s) => !planted.has(s.file) && s.findings.length).map((s) => s.file)).toEqual([]);
  });
});
