/**
 * What the sidebar needs to draw itself: the forms with their presets (Russian titles from the specs), the
 * default years, and — asked separately, because it reads every sheet's head — which forms the spreadsheet has.
 */
import { FORMS } from "../../src/forms/specs";
import type { FormSpec } from "../../src/forms/types";
import { DEFAULT_PRESETS, presetsFor } from "../../src/forms/presets";
import { coordinatorTemplates } from "../../src/forms/variants";
import { INDEX_FUNCTIONS } from "./index_formulas";
import { spreadsheetApp } from "./apps_script";
import { recogniseSheet } from "../../src/validate/recognise_form";
import { MAX_YEARS, YEAR_MAX, YEAR_MIN } from "./scaffold_forms";
import { sheetHeads } from "./sheet_heads";

export interface SidebarForm {
  id: string;
  title: string;
  kind: "data" | "roadmap";
  presets: { name: string; title: string; years: number[] }[];
  /** the preset a new sheet starts with when none is chosen, `null` for an empty table */
  defaultPreset: string | null;
  /** the add-on's functions the coordinator's variant calls (`EDU_ACHIEVEMENT`…); empty when it is the school template */
  coordinator: string[];
  /** the coordinator's sheet gets the index formulas next to its table */
  coordinatorIndex: boolean;
  /** the form has a column per year */
  yearColumns: boolean;
}

export interface SidebarState {
  spreadsheet: string;
  activeSheet: string;
  forms: SidebarForm[];
  years: { from: number; to: number; min: number; max: number; maxYears: number };
}

/**
 * The add-on's functions a form's coordinator variant calls, in Sheets' names, in order of first use. O(formulas).
 * @param spec the form spec
 * @returns e.g. `["EDU_GAP", "EDU_PROGRESS", …]`; the index functions for the context table; empty for a form
 *   without a coordinator variant
 * @example coordinatorFunctions(formSpec("plan")) // => []
 */
export function coordinatorFunctions(spec: FormSpec): string[] {
  const names = new Set<string>(spec.coordinatorIndex ? INDEX_FUNCTIONS : []);
  for (const t of coordinatorTemplates(spec)) for (const m of t.matchAll(/\bEDU\.([A-Z][A-Z0-9_]*)\(/g)) names.add(`EDU_${m[1]}`);
  return [...names];
}

/**
 * Server function: the forms, presets and default years. Calls: 3.
 * @param today the date that fixes the default years (tests); default now
 * @returns the state
 */
export function sidebarState(today?: string): SidebarState {
  const ss = spreadsheetApp().getActiveSpreadsheet();
  const year = (today ? new Date(today) : new Date()).getFullYear();
  return {
    spreadsheet: ss.getName(),
    activeSheet: ss.getActiveSheet().getName(),
    forms: FORMS.map((f) => ({
      id: f.id,
      title: f.title,
      kind: f.kind,
      presets: presetsFor(f.id).map((p) => ({ name: p.name, title: p.title, years: [...(p.years ?? [])] })),
      defaultPreset: DEFAULT_PRESETS[f.id] ?? null,
      coordinator: coordinatorFunctions(f),
      coordinatorIndex: f.coordinatorIndex === true,
      yearColumns: f.columns.some((c) => c.repeat === "year"),
    })),
    years: { from: year, to: year + 2, min: YEAR_MIN, max: YEAR_MAX, maxYears: MAX_YEARS },
  };
}

/**
 * Server function: the sheets of this spreadsheet made from (or shaped like) each form. Calls: 1 + 6 per sheet.
 * @returns form id → sheet names
 */
export function existingForms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of sheetHeads(spreadsheetApp().getActiveSpreadsheet())) {
    const found = recogniseSheet(t);
    if (found) (out[found.spec.id] ??= []).push(t.name);
  }
  return out;
}
