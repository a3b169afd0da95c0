/**
 * The sheets of a consolidation, for every host that writes one (the command line, the Excel task pane, the Sheets
 * sidebar): «Свод», «Замечания», «Сводка» of any form, and for `results` also its derived results (forms.md) —
 * the share below the threshold as a column of «Свод» and the sheets «По школам» and «Пояснения».
 */
import type { FormSpec } from "../forms/types";
import { RESULTS } from "../forms/specs/results";
import { consolidationPlans } from "../consolidate/consolidation_plans";
import { schoolCodeKey } from "../consolidate/consolidate";
import type { Consolidation, ExpectedSchool } from "../consolidate/types";
import type { SheetPlan } from "../plan/types";
import { resultsDerived, type ResultsDerived } from "./results_derived";
import { resultsPlans, shareColumns } from "./results_plans";

export interface ConsolidatedPlansOptions {
  /** the expected schools: their names are shown on «По школам» */
  schools?: readonly ExpectedSchool[];
  /** add the `EDU.SHARE` formula column to «Свод» (for hosts where the add-in's functions exist) */
  formulas?: boolean;
  /** other names of «По школам» and «Пояснения» (the texts use them) */
  resultsSheets?: { schools?: string; notes?: string };
}

export interface ConsolidatedPlans {
  /** «Свод», «Замечания», «Сводка» */
  consolidation: SheetPlan[];
  /** for `results`: the derived results and their sheets «По школам», «Пояснения» */
  results?: { derived: ResultsDerived; plans: SheetPlan[] };
  /** every plan, in the order the sheets are written */
  plans: SheetPlan[];
}

/**
 * The plans of a consolidation, with the derived results where the form has them. O(rows × columns + findings).
 * @param c the consolidation
 * @param spec its form
 * @param options expected schools (names), the formula column, the names of the results' sheets
 * @returns the plans, grouped and in writing order
 * @example consolidatedPlans(consolidation, RESULTS).plans.map((p) => p.sheetName) // => ["Свод", "Замечания", "Сводка", "По школам", "Пояснения"]
 */
export function consolidatedPlans(c: Consolidation, spec: FormSpec, options: ConsolidatedPlansOptions = {}): ConsolidatedPlans {
  if (spec.id !== RESULTS.id) {
    const consolidation = consolidationPlans(c, spec);
    return { consolidation, plans: consolidation };
  }
  const names = new Map((options.schools ?? []).filter((s) => s.name).map((s) => [schoolCodeKey(s.code), s.name as string]));
  const derived = resultsDerived(c, { names });
  const consolidation = consolidationPlans(c, spec, { computed: shareColumns(derived, { formulas: options.formulas }) });
  const plans = resultsPlans(derived, { formulas: options.formulas, ...(options.resultsSheets ? { sheets: options.resultsSheets } : {}) });
  return { consolidation, results: { derived, plans }, plans: [...consolidation, ...plans] };
}
