/**
 * Scaffolding: several plans into new sheets of the open workbook, never touching an existing sheet. One sync
 * reads the sheet names; each plan then goes in its own request (see writePlan), so the pane can show progress
 * between sheets. A taken name gets a new one: `Паспорт (2)`.
 */
import type { SheetPlan } from "../../src/plan/types";
import { freeSheetName } from "../../src/plan/sheet_name";
import { featureSupport } from "./requirements";
import { writePlan, type SheetExtra, type WritePlanOptions, type WrittenSheet } from "./write_plan";

export interface ScaffoldProgress {
  /** sheets written so far */
  done: number;
  total: number;
  /** the sheet being written now (absent when all are done) */
  current?: { formId: string; name: string };
}

export interface ScaffoldOptions extends Omit<WritePlanOptions, "activate" | "extra"> {
  onProgress?: (p: ScaffoldProgress) => void;
  /** more for a plan's sheet, by the plan and the name its sheet got (see WritePlanOptions.extra) */
  extras?: (plan: SheetPlan, name: string) => SheetExtra | undefined;
}

export interface ScaffoldResult {
  sheets: WrittenSheet[];
  /** all `context.sync()` calls, the name lookup included */
  syncs: number;
}

/**
 * Writes every plan into a new sheet; the first new sheet becomes the active one. Syncs: 1 + one per usual plan.
 * @param context the request context of `Excel.run`
 * @param plans the plans, in sheet order
 * @param options progress callback, payload budget, supported features, more for some sheets
 * @throws the Office.js error of a failed request; sheets written before it stay
 * @returns the sheets written
 */
export async function scaffoldPlans(context: Excel.RequestContext, plans: readonly SheetPlan[], options: ScaffoldOptions = {}): Promise<ScaffoldResult> {
  const features = options.features ?? featureSupport();
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const taken = worksheets.items.map((w) => w.name);
  const sheets: WrittenSheet[] = [];
  let syncs = 1;
  for (const [i, plan] of plans.entries()) {
    const name = freeSheetName(plan.sheetName, taken);
    taken.push(name);
    options.onProgress?.({ done: i, total: plans.length, current: { formId: plan.formId, name } });
    const { extras, onProgress: _progress, ...writeOptions } = options;
    const extra = extras?.(plan, name);
    const written = await writePlan(context, plan, name, { ...writeOptions, features, activate: i === 0, ...(extra ? { extra } : {}) });
    syncs += written.syncs;
    sheets.push(written);
  }
  options.onProgress?.({ done: plans.length, total: plans.length });
  return { sheets, syncs };
}
