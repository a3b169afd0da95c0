import { DEFAULT_PRESETS, PRESETS, defaultPreset, preset, presetsFor } from "../../../src/forms/presets";
import { parsePeriod } from "../../../src/forms/period";
import { FINANCE_SOURCES, TARGET_DIRECTIONS, TARGET_UNITS } from "../../../src/forms/presets/headers";
import { column, dataRows, formHeaders, presetFindings } from "./helpers";

const FORM_IDS = ["passport", "plan", "targets", "finance", "responsibility", "cycle", "risk-profile"];

describe("PRESETS", () => {
  it("has the agreed presets, named in latin kebab-case, unique", () => {
    expect(PRESETS.map((p) => p.name)).toEqual([
      "passport-sections",
      "passport-tambov",
      "passport-yartsevo",
      "plan-region-2023-2025",
      "plan-tambov",
      "plan-krasnye-baki",
      "plan-yartsevo",
      "targets-yartsevo",
      "targets-tambov",
      "finance-yartsevo",
      "responsibility-phases",
      "responsibility-astrakhan",
      "cycle-stages",
      "cycle-krasnye-baki",
      "risk-factors-500",
    ]);
    for (const p of PRESETS) expect(p.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(PRESETS.map((p) => [p.name, p] as const))("%s: fills a known form, with a Russian title and a source", (_n, p) => {
    expect(FORM_IDS).toContain(p.formId);
    expect(p.title).toMatch(/[А-Яа-я]/);
    expect(p.source.length).toBeGreaterThan(5);
    expect(p.rows.length).toBeGreaterThan(0);
    for (const y of p.years ?? []) expect(Number.isInteger(y)).toBe(true);
  });

  it.each(PRESETS.map((p) => [p.name, p] as const))("%s: keys every row by exactly the form's headers", (_n, p) => {
    const headers = formHeaders(p);
    for (const row of dataRows(p)) expect(Object.keys(row.values).sort()).toEqual([...headers].sort());
    for (const row of p.rows) if (row.kind === "section") expect(row.text.trim()).not.toBe("");
  });

  it.each(PRESETS.map((p) => [p.name, p] as const))("%s: leaves a cell null rather than blank, and trims text", (_n, p) => {
    for (const row of dataRows(p)) {
      for (const v of Object.values(row.values)) {
        if (typeof v !== "string") continue;
        expect(v).not.toBe("");
        expect(v).toBe(v.trim());
        expect(v).not.toMatch(/ {2}|<\/?[a-z]/);
      }
    }
  });

  it.each(PRESETS.map((p) => [p.name, p] as const))(
    "%s: the validator finds its numbering, periods and values consistent (only empty cells left to fill)",
    async (_n, p) => {
      const findings = await presetFindings(p);
      expect(findings.filter((f) => f.code !== "required").map((f) => `${f.cell} ${f.code}: ${f.message}`)).toEqual([]);
    },
  );

  it("is checked by a validator that catches a number outside its section", async () => {
    const bad = { ...preset("plan-tambov"), rows: [...preset("plan-tambov").rows] };
    const i = bad.rows.findIndex((r) => r.kind === "row" && r.values["№ п/п"] === "2.3");
    const row = bad.rows[i];
    if (row.kind !== "row") throw new Error("row expected");
    bad.rows[i] = { kind: "row", values: { ...row.values, "№ п/п": "3.3" } };
    const findings = await presetFindings(bad);
    expect(findings.map((f) => f.code)).toContain("numbering");
  });

  it.each(presetsFor("plan").map((p) => [p.name, p] as const))("%s: every period is read by parsePeriod in the preset's years", (_n, p) => {
    const periods = column(p, "Сроки реализации");
    expect(periods.every((s) => typeof s === "string")).toBe(true);
    for (const text of periods) {
      const period = parsePeriod(text, { years: p.years });
      expect({ text, ok: period !== undefined }).toEqual({ text, ok: true });
      expect(period?.end).toBeDefined();
    }
  });

  it.each(presetsFor("passport").filter((p) => p.years).map((p) => [p.name, p] as const))("%s: «Сроки реализации» is a year range", (_n, p) => {
    const row = dataRows(p).find((r) => r.values["Раздел"] === "Сроки реализации");
    const period = parsePeriod(row?.values["Содержание"]);
    const years = p.years ?? [];
    expect(period).toMatchObject({ kind: "range", unit: "year", start: `${years[0]}-01-01`, end: `${years[years.length - 1]}-12-31` });
  });

  it("uses only the allowed values of enum columns", () => {
    for (const p of presetsFor("targets")) {
      for (const u of column(p, "Единица измерения")) if (u !== null) expect(TARGET_UNITS).toContain(u);
      for (const d of column(p, "Направление")) if (d !== null) expect(TARGET_DIRECTIONS).toContain(d);
    }
    for (const p of presetsFor("finance")) for (const s of column(p, "Источник финансирования")) if (s !== null) expect(FINANCE_SOURCES).toContain(s);
    for (const p of PRESETS.filter((x) => x.formId === "plan")) expect(new Set(column(p, "Статус"))).toEqual(new Set([null]));
  });
});

describe("presetsFor", () => {
  it("lists a form's presets, the default first", () => {
    expect(presetsFor("plan").map((p) => p.name)).toEqual(["plan-region-2023-2025", "plan-tambov", "plan-krasnye-baki", "plan-yartsevo"]);
    expect(presetsFor("targets").map((p) => p.name)).toEqual(["targets-yartsevo", "targets-tambov"]);
    for (const [form, name] of Object.entries(DEFAULT_PRESETS)) expect(presetsFor(form)[0].name).toBe(name);
  });

  it("is empty for a form without presets or an unknown form", () => {
    expect(presetsFor("context")).toEqual([]);
    expect(presetsFor("нет такой")).toEqual([]);
  });
});

describe("preset", () => {
  it("finds a preset by name, ignoring case and spaces", () => {
    expect(preset("plan-tambov").formId).toBe("plan");
    expect(preset("  PLAN-Tambov ").name).toBe("plan-tambov");
  });

  it("throws a Russian error listing the known names by form", () => {
    expect(() => preset("plan-moscow")).toThrow(/Неизвестный набор строк «plan-moscow»/);
    expect(() => preset("plan-moscow")).toThrow(/plan: plan-region-2023-2025, plan-tambov, plan-krasnye-baki, plan-yartsevo/);
    expect(() => preset("")).toThrow(/risk-profile: risk-factors-500/);
  });
});

describe("defaultPreset", () => {
  it("gives the standard rows of the forms that have them", () => {
    expect(defaultPreset("risk-profile")?.rows).toHaveLength(12);
    expect(defaultPreset("passport")?.rows).toHaveLength(10);
    expect(defaultPreset("cycle")?.rows).toHaveLength(6);
    expect(defaultPreset("responsibility")?.rows).toHaveLength(3);
    expect(defaultPreset("plan")).toBeUndefined();
  });
});
