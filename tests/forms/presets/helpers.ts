/** Test helpers for the presets: header lists per form, and the validator's findings on a preset's template. */
import { buildSheetPlan } from "../../../src/plan/build_sheet_plan";
import { planWorkbookBuffer } from "../../../src/xlsx/write_plan";
import { loadWorkbook } from "../../../src/xlsx/read_workbook";
import { validateWorkbook, type Finding } from "../../../src/validate";
import { formSpec } from "../../../src/forms/specs";
import {
  CYCLE_HEADERS,
  FINANCE_HEADERS,
  PASSPORT_HEADERS,
  PLAN_HEADERS,
  RESPONSIBILITY_FIRST_HEADER,
  RISK_PROFILE_HEADERS,
  TARGETS_HEADERS,
  amountHeader,
  planHeader,
} from "../../../src/forms/presets/headers";
import type { Preset, PresetRow } from "../../../src/forms/presets";

/** The exact header texts of a preset's form, with its year and actor columns (forms.md). */
export function formHeaders(p: Preset): string[] {
  const years = p.years ?? [];
  switch (p.formId) {
    case "plan":
      return [...PLAN_HEADERS];
    case "targets":
      return [...TARGETS_HEADERS, ...years.map(planHeader)];
    case "finance":
      return [...FINANCE_HEADERS, ...years.map(amountHeader)];
    case "responsibility":
      return [RESPONSIBILITY_FIRST_HEADER, ...(p.columns ?? [])];
    case "cycle":
      return [...CYCLE_HEADERS];
    case "risk-profile":
      return [...RISK_PROFILE_HEADERS];
    case "passport":
      return [...PASSPORT_HEADERS];
    default:
      throw new Error(`unknown form ${p.formId}`);
  }
}

export const dataRows = (p: Preset) => p.rows.filter((r): r is Extract<PresetRow, { kind: "row" }> => r.kind === "row");
export const sections = (p: Preset) => p.rows.filter((r): r is Extract<PresetRow, { kind: "section" }> => r.kind === "section").map((r) => r.text);
export const column = (p: Preset, header: string) => dataRows(p).map((r) => r.values[header]);

/**
 * The findings the real validator makes on a preset's fresh template (built by the plan builder, written and
 * read back through exceljs), so that the presets are held to the same numbering and period rules as a filled form.
 */
export async function presetFindings(p: Preset): Promise<Finding[]> {
  const spec = formSpec(p.formId);
  const plan = buildSheetPlan(spec, { preset: p, years: p.years });
  const tables = await loadWorkbook(await planWorkbookBuffer([plan]));
  // Before every programme began, so that nothing is overdue yet.
  return validateWorkbook(tables, spec, { asOf: "2000-01-01" });
}
