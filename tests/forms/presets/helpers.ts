/** Test helpers for the presets: header lists per form and the numbering rule of roadmap tables. */
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
 * Problems of the numbering of a roadmap table (empty when consistent): a number is dotted digits, unique;
 * under a numbered section `N` (or `N.M`) every number is `N.k`; elsewhere a dotted number's parent was
 * numbered before it; siblings count up by one.
 */
export function numberingProblems(p: Preset, key = "№ п/п"): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  let sectionNo: string | null = null;
  let lastSibling = new Map<string, number>();
  for (const row of p.rows) {
    if (row.kind === "section") {
      const m = /^(\d+(?:\.\d+)*)\.?\s/.exec(row.text);
      sectionNo = m ? m[1] : null;
      lastSibling = new Map();
      continue;
    }
    const no = row.values[key];
    if (no === null || no === undefined) continue;
    const text = String(no);
    if (!/^\d+(\.\d+)*$/.test(text)) {
      problems.push(`${text}: not a number`);
      continue;
    }
    if (seen.has(text)) problems.push(`${text}: repeated`);
    seen.add(text);
    const parts = text.split(".");
    const parent = parts.slice(0, -1).join(".");
    const last = Number(parts[parts.length - 1]);
    if (sectionNo !== null && parent !== sectionNo) problems.push(`${text}: not under section ${sectionNo}`);
    if (sectionNo === null && parent !== "" && !seen.has(parent)) problems.push(`${text}: parent ${parent} not numbered before`);
    const prev = lastSibling.get(parent) ?? 0;
    if (last !== prev + 1) problems.push(`${text}: follows ${parent ? parent + "." : ""}${prev}`);
    lastSibling.set(parent, last);
  }
  return problems;
}
