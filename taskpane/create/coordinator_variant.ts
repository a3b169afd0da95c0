/**
 * The coordinator's variant of a form: the same sheet as the school template, but the derived columns call
 * the add-in's functions instead of long native formulas, so a coordinator sees the federal methodology's
 * numbers and statuses (and their Russian error notes) exactly as `=ОБР.…` computes them in any cell.
 *
 * `targets`: Отклонение `EDU.GAP`, Степень достижения `EDU.ACHIEVEMENT` (`EDU.PROGRESS` from the base value
 * where the plan is 0, since the ratio is undefined there), Статус `EDU.TARGET_STATUS`, and the summary row
 * `EDU.PROGRAM_DEGREE` with its rating `EDU.EFFECTIVENESS` (the spec's thresholds passed as an array).
 * Other forms have no coordinator variant yet and are returned unchanged.
 *
 * The variant is a spec, so it goes through the same plan builder as every template (buildSheetPlan).
 */
import type { ColumnSpec, FormSpec, SummaryRowSpec } from "../../src/forms/types";

export type Variant = "school" | "coordinator";

const FACT = "{latest:fact}";
const PLAN = "{latest:plan@fact}";
const NO_DATA = `OR({name}="",${FACT}="",${PLAN}="")`;

/** Derived formulas of the coordinator's `targets`, by column key. */
export const TARGETS_COORDINATOR_FORMULAS: Readonly<Record<string, string>> = {
  gap: `IF(${NO_DATA},"",EDU.GAP(${FACT},${PLAN},{direction}))`,
  achievement: `IF(${NO_DATA},"",IF(${PLAN}=0,EDU.PROGRESS(${FACT},{base},${PLAN}),EDU.ACHIEVEMENT(${FACT},${PLAN},{direction})))`,
  status: `IF({name}="","",IF(OR(${FACT}="",${PLAN}=""),"нет данных",EDU.TARGET_STATUS(${FACT},${PLAN},{direction})))`,
};

/** Summary cells of the coordinator's `targets`, by column key. */
export const TARGETS_COORDINATOR_SUMMARY: Readonly<Record<string, string>> = {
  achievement: 'IFERROR(EDU.PROGRAM_DEGREE({achievement#}),"")',
  status: 'IF({achievement}="","",EDU.EFFECTIVENESS({achievement},{{opt:high},{opt:medium},{opt:satisfactory}}))',
};

/** Forms that have a coordinator variant. */
export const COORDINATOR_FORMS: readonly string[] = ["targets"];

function targetsVariant(spec: FormSpec): FormSpec {
  const columns: ColumnSpec[] = spec.columns.map((c) => {
    const formula = TARGETS_COORDINATOR_FORMULAS[c.key];
    return formula && c.derived ? { ...c, derived: { formula } } : c;
  });
  const summary: SummaryRowSpec[] = (spec.summary ?? []).map((s) => ({
    ...s,
    cells: Object.fromEntries(Object.entries(s.cells).map(([key, cell]) => [key, TARGETS_COORDINATOR_SUMMARY[key] ? { formula: TARGETS_COORDINATOR_SUMMARY[key] } : cell])),
  }));
  return { ...spec, columns, summary };
}

/**
 * The spec of a form for a variant. O(columns).
 * @param spec the form spec
 * @param variant `school` (the spec itself) or `coordinator`
 * @returns the spec to build the plan from
 * @example formVariant(formSpec("targets"), "coordinator").columns.find((c) => c.key === "status")?.derived?.formula.includes("EDU.TARGET_STATUS") // => true
 */
export function formVariant(spec: FormSpec, variant: Variant): FormSpec {
  if (variant === "coordinator" && spec.id === "targets") return targetsVariant(spec);
  return spec;
}
