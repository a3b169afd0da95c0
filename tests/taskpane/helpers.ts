/**
 * Shared setup of the task-pane tests: a test host installed as the global `Office`/`Excel` for the duration
 * of a test, and `Excel.run` typed as the pane sees it.
 */
import { createHost, type Host, type HostOptions } from "./host";
import { FORMS, formSpec } from "../../src/forms/specs";
import { workbookFromPlans } from "../../src/xlsx/write_plan";
import { defaultPreset } from "../../src/forms/presets";
import { buildSheetPlan, type SheetPlan, type SheetPlanOptions } from "../../src/plan";
import { CONTEXT_SAMPLE } from "../support/context_sample";

/** A fresh host installed on globalThis; call `done()` (or use withHost) to remove it. */
export function installHost(options: HostOptions = {}): Host & { done(): void } {
  const host = createHost(options);
  host.install(globalThis);
  return Object.assign(host, { done: () => host.uninstall(globalThis) });
}

/** `Excel.run` of a host, with the context typed as Office.js. */
export function run<T>(host: Host, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return host.Excel.run((ctx: unknown) => batch(ctx as Excel.RequestContext)) as Promise<T>;
}

/** The plan of every form as the pane builds it by default (default preset rows where the form has them). */
export function defaultPlans(options: SheetPlanOptions = {}): SheetPlan[] {
  return FORMS.map((spec) => {
    const preset = spec.defaultPreset ? defaultPreset(spec.id) : undefined;
    return buildSheetPlan(spec, { years: [2024, 2025, 2026], ...(preset ? { preset } : {}), ...options });
  });
}

/** One row of a form, keyed by header. */
export type Row = Record<string, string | number | null>;

/** A school's `context` row, keyed by header: 400 pupils and plausible counts, with `over` replacing values. */
export function contextRecord(code: string, over: Row = {}): Row {
  return { ...CONTEXT_SAMPLE, "Код ОО": code, "Наименование ОО": `МБОУ «СОШ ${code}»`, ...over };
}

/** A `.xlsx` file of a form's template filled with rows (as a school sends it). */
export async function formFileBytes(formId: string, rows: Row[], sheetName?: string): Promise<Uint8Array> {
  const plan = buildSheetPlan(formSpec(formId), { dataRows: rows.length + 1, years: [2025] });
  const wb = workbookFromPlans([plan]);
  const ws = wb.worksheets[0];
  if (sheetName) ws.name = sheetName;
  const col = new Map(plan.columns.filter((c) => c.role === "input").map((c) => [c.header, c.index]));
  rows.forEach((r, i) => {
    for (const [header, v] of Object.entries(r)) if (v !== null) ws.getCell(plan.firstDataRow + i, col.get(header)!).value = v;
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Rows of a sheet laid out as a form's template (title, instruction, header row 3, data from row 4), for host.addSheet. */
export function templateRows(formId: string, rows: Row[], marker = true): (string | number | null)[][] {
  const spec = formSpec(formId);
  const headers = spec.columns.filter((c) => !c.derived && !c.repeat).map((c) => c.header);
  const title: (string | number | null)[] = [spec.title];
  if (marker) title[headers.length] = `edu-roadmap:${spec.id}:v${spec.version}`;
  return [title, ["Инструкция"], headers, ...rows.map((r) => headers.map((h) => r[h] ?? null))];
}
