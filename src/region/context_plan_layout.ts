/**
 * Where the index goes on a new `context` sheet, from its plan alone (before anything is written): the columns of
 * `Код ОО`, of the total and of each indicator of the index (src/region/indicators), the pre-formatted data rows,
 * and the first column right of everything the plan writes. Both hosts put the coordinator's index there.
 */
import { CONTEXT } from "../forms/specs/context";
import type { SheetPlan } from "../plan/types";
import { DEFAULT_INDICATORS, TOTAL_HEADER } from "./indicators";

/** An indicator of the index and its column. */
export interface PlanIndicator {
  header: string;
  direction: "+" | "-";
  /** 1-based sheet column */
  col: number;
}

export interface ContextPlanLayout {
  /** 1-based rows: the header row and the pre-formatted data rows */
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** 1-based columns of `Код ОО` and of the total */
  codeCol: number;
  totalCol: number;
  indicators: PlanIndicator[];
  /** the first column right of the plan's columns (form, marker, check, hidden lists) */
  startCol: number;
}

/**
 * The layout of a `context` plan. O(columns × indicators).
 * @param plan a plan of the `context` form (buildSheetPlan)
 * @throws {Error} when the plan is not of `context`, or lacks `Код ОО`, the total or every indicator
 * @returns the layout
 * @example contextPlanLayout(buildSheetPlan(CONTEXT)).startCol // => 18 (after the hidden marker P and the check column Q)
 */
export function contextPlanLayout(plan: SheetPlan): ContextPlanLayout {
  if (plan.formId !== CONTEXT.id) throw new Error(`contextPlanLayout: план формы «${plan.formId}», а не «${CONTEXT.id}»`);
  const byKey = (key: string): number => plan.columns.find((c) => c.key === key && c.role === "input")?.index ?? 0;
  const byHeader = (header: string): number => plan.columns.find((c) => c.header === header && c.role === "input")?.index ?? 0;
  const codeCol = byKey("code");
  const totalCol = byHeader(TOTAL_HEADER);
  const indicators = DEFAULT_INDICATORS.map((i) => ({ header: i.header, direction: i.direction, col: byHeader(i.header) })).filter((i) => i.col > 0);
  if (!codeCol || !totalCol || indicators.length === 0) throw new Error("contextPlanLayout: в плане нет столбцов «Код ОО», численности или показателей ИСБ");
  return {
    headerRow: plan.headerRow,
    firstRow: plan.firstDataRow,
    lastRow: plan.lastDataRow,
    codeCol,
    totalCol,
    indicators,
    startCol: Math.max(...plan.columns.map((c) => c.index)) + 1,
  };
}
