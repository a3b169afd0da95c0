import { buildPlans, programmeYears, ChoiceError } from "../../../taskpane/create/build_plans";
import { FORMS } from "../../../src/forms/specs";
import { defaultPreset } from "../../../src/forms/presets";

describe("programmeYears", () => {
  it("lists the years from–to", () => {
    expect(programmeYears({ from: 2024, to: 2026 })).toEqual([2024, 2025, 2026]);
    expect(programmeYears({ from: 2025, to: 2025 })).toEqual([2025]);
  });
  it.each([
    [{ from: 2026, to: 2024 }, "не позже"],
    [{ from: 1999, to: 2024 }, "от 2000 до 2100"],
    [{ from: 2024.5, to: 2025 }, "целым числом"],
    [{ from: Number.NaN, to: 2025 }, "целым числом"],
    [{ from: 2020, to: 2030 }, "не больше 10 лет"],
  ])("refuses %j with a message that says what to do", (years, gist) => {
    expect(() => programmeYears(years)).toThrow(ChoiceError);
    expect(() => programmeYears(years)).toThrow(gist);
  });
});

describe("buildPlans", () => {
  it("builds every form in the order chosen, with its default rows when no preset is named", () => {
    const plans = buildPlans({ forms: FORMS.map((f) => ({ formId: f.id })), years: { from: 2024, to: 2026 }, variant: "school" });
    expect(plans.map((p) => p.formId)).toEqual(FORMS.map((f) => f.id));
    const risk = plans.find((p) => p.formId === "risk-profile")!;
    expect(risk.cells.filter((c) => c.col === 1 && c.row >= risk.firstDataRow).length).toBe(defaultPreset("risk-profile")!.rows.length);
    const finance = plans.find((p) => p.formId === "finance")!;
    expect(finance.columns.map((c) => c.header)).toContain("Объём средств 2026, руб.");
  });

  it("takes a preset's own years, so that its plan columns exist", () => {
    const [plan] = buildPlans({ forms: [{ formId: "targets", preset: "targets-yartsevo" }], years: { from: 2024, to: 2026 }, variant: "school" });
    expect(plan.columns.map((c) => c.header)).toContain("План 2021");
    expect(plan.columns.map((c) => c.header)).not.toContain("План 2024");
  });

  it("starts an empty table for preset «»", () => {
    const [plan] = buildPlans({ forms: [{ formId: "cycle", preset: "" }], years: { from: 2024, to: 2024 }, variant: "school" });
    expect(plan.cells.filter((c) => c.row >= plan.firstDataRow && c.style !== "list")).toEqual([]);
  });

  it("refuses no forms, an unknown preset and a preset of another form", () => {
    expect(() => buildPlans({ forms: [], years: { from: 2024, to: 2024 }, variant: "school" })).toThrow("Отметьте хотя бы одну таблицу");
    expect(() => buildPlans({ forms: [{ formId: "plan", preset: "нет-такого" }], years: { from: 2024, to: 2024 }, variant: "school" })).toThrow("не найден");
    expect(() => buildPlans({ forms: [{ formId: "plan", preset: "cycle-stages" }], years: { from: 2024, to: 2024 }, variant: "school" })).toThrow(
      "относится к другой таблице",
    );
  });
});
