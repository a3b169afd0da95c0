/**
 * «Создать таблицы» in the open workbook: the plans written into new sheets (see scaffoldPlans) and, on the
 * coordinator's context sheet, the index columns of «Рассчитать» queued with the sheet's own request, before the
 * sheet is protected. One code path for the index: the same plan and the same writer as «Рассчитать».
 */
import type { SheetPlan } from "../../src/plan/types";
import type { FormVariant } from "../../src/forms/variants";
import { columnLetter } from "../../src/plan/a1";
import { scaffoldPlans, type ScaffoldOptions, type ScaffoldResult } from "../office/scaffold_plans";
import { calculationBytes, writeCalculation } from "../calculate/insert_calculation";
import { coordinatorCalculation } from "./build_plans";

export interface CreatedIndex {
  /** the sheet's name */
  sheet: string;
  /** the columns of the index, e.g. `R:AE` */
  columns: string;
  /** the pre-formatted rows the formulas cover, e.g. `4–203` */
  rows: string;
  /** the header of the column to type the result in */
  result: string;
}

export interface CreatedSheets extends ScaffoldResult {
  /** the index columns written next to the coordinator's context tables */
  indexes: CreatedIndex[];
}

/**
 * Writes the plans into new sheets; the coordinator's context sheets get the index. Syncs: as scaffoldPlans (the
 * index goes in the sheet's request).
 * @param context the request context of `Excel.run`
 * @param plans the plans (buildPlans)
 * @param variant the variant they were built for
 * @param options progress, payload budget, supported features
 * @throws the Office.js error of a failed request; sheets written before it stay
 * @returns the sheets written and the indexes added
 */
export async function createSheets(context: Excel.RequestContext, plans: readonly SheetPlan[], variant: FormVariant, options: Omit<ScaffoldOptions, "extras"> = {}): Promise<CreatedSheets> {
  const indexes: CreatedIndex[] = [];
  const result = await scaffoldPlans(context, plans, {
    ...options,
    extras: (plan, name) => {
      const calc = coordinatorCalculation(plan, variant, name);
      if (!calc) return undefined;
      const input = calc.columns.find((c) => c.input);
      indexes.push({
        sheet: name,
        columns: `${columnLetter(calc.area.c0)}:${columnLetter(calc.area.c1)}`,
        rows: `${calc.firstRow}–${calc.lastRow}`,
        result: input?.header ?? "",
      });
      return { bytes: calculationBytes(calc), write: (sheet) => void writeCalculation(sheet, calc, { chart: false }) };
    },
  });
  return { ...result, indexes };
}
