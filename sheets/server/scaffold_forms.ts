/// <reference types="google-apps-script" />
/**
 * «Создать таблицы» of the sidebar: the chosen forms as new sheets of the open spreadsheet — the programme's
 * years, a preset per form (the sources' rows, the form's standard rows or an empty table), the school template
 * or the coordinator's variant (buildSheetPlan's `variant`; the coordinator's context sheet also gets the index
 * formulas of «ИСБ» next to its table, by the same writer). Existing sheets are never changed: a taken name gets
 * «(2)», «(3)»…
 */
import { FORMS, formSpec } from "../../src/forms/specs";
import { defaultPreset, preset as presetByName, type Preset } from "../../src/forms/presets";
import { buildSheetPlan } from "../../src/plan/build_sheet_plan";
import type { SheetPlan } from "../../src/plan/types";
import type { FormVariant } from "../../src/forms/variants";
import { writePlan } from "../write_plan";
import { spreadsheetApp } from "./apps_script";
import { freeSheetName } from "../../src/plan/sheet_name";
import { planIndexLayout, writeIndexFormulas } from "./index_formulas";
import { UserError } from "./user_error";

export interface ScaffoldRequest {
  forms: { formId: string; /** preset name; `""` an empty table; absent: the form's standard rows */ preset?: string }[];
  years: { from: number; to: number };
  /** `school`: native formulas only; `coordinator`: derived cells that have one call the add-on's `EDU_*` functions */
  variant: FormVariant;
}

export interface ScaffoldedSheet {
  formId: string;
  title: string;
  name: string;
  requested: string;
  /** the index formulas next to the coordinator's context table: their header cells, e.g. `R3:U3` */
  index?: string;
}

export interface ScaffoldResult {
  sheets: ScaffoldedSheet[];
  /** Russian notes: renamed sheets, what Google Sheets could not do as Excel does */
  notes: string[];
}

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
/** At most this many years per table: wider tables fit neither a screen nor a page. */
export const MAX_YEARS = 10;

/**
 * The programme's years, checked. O(years).
 * @throws {UserError} for a year outside 2000–2100, from > to, or more than 10 years
 * @returns the years in order
 * @example programmeYears({ from: 2024, to: 2026 }) // => [2024, 2025, 2026]
 */
export function programmeYears(years: { from: unknown; to: unknown }): number[] {
  const from = Number(years?.from);
  const to = Number(years?.to);
  for (const y of [from, to]) {
    if (!Number.isInteger(y) || y < YEAR_MIN || y > YEAR_MAX) {
      throw new UserError(`Годы программы: укажите год целым числом от ${YEAR_MIN} до ${YEAR_MAX} (например, 2024).`);
    }
  }
  if (from > to) throw new UserError("Годы программы: год «с» должен быть не позже года «по». Поменяйте их местами.");
  if (to - from + 1 > MAX_YEARS) throw new UserError(`Годы программы: не больше ${MAX_YEARS} лет в одной таблице — сократите период.`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The plans of a request, in the order given. O(forms × plan size).
 * @param request forms with presets, years, variant
 * @throws {UserError} when no form is chosen, a form or preset is unknown, or the years are wrong
 * @returns one plan per form; a preset with its own years keeps them
 */
export function scaffoldPlans(request: ScaffoldRequest): SheetPlan[] {
  const forms = Array.isArray(request?.forms) ? request.forms : [];
  if (forms.length === 0) throw new UserError("Отметьте хотя бы одну таблицу в списке.");
  const years = programmeYears(request.years);
  const variant: FormVariant = request.variant === "coordinator" ? "coordinator" : "school";
  return forms.map((f) => {
    let spec;
    try {
      spec = formSpec(String(f.formId));
    } catch {
      throw new UserError(`Неизвестная таблица «${String(f.formId)}». Обновите панель и выберите таблицу из списка.`);
    }
    let chosen: Preset | undefined;
    if (f.preset === undefined || f.preset === null) chosen = defaultPreset(spec.id);
    else if (f.preset !== "") {
      try {
        chosen = presetByName(String(f.preset));
      } catch {
        throw new UserError(`Набор строк «${String(f.preset)}» не найден. Выберите другой набор для таблицы «${spec.title}».`);
      }
      if (chosen.formId !== spec.id) throw new UserError(`Набор строк «${chosen.title}» относится к другой таблице. Выберите набор для таблицы «${spec.title}».`);
    }
    const planYears = chosen?.years?.length ? [...chosen.years] : years;
    // The coordinator's `EDU.<ID>` formulas become `EDU_<ID>` in the writer (sheets_formula.ts).
    const build = (ys: readonly number[]): SheetPlan => buildSheetPlan(spec, { years: ys, variant, ...(chosen ? { preset: chosen } : {}) });
    try {
      return build(planYears);
    } catch (e) {
      if (!(e instanceof Error) || !/длиннее \d+ символов/.test(e.message)) throw e;
      // The check formula of a row grows with the year columns; find how many years still fit, to say so.
      let fits = 0;
      for (let n = planYears.length - 1; n >= 1 && fits === 0; n--) {
        try {
          build(planYears.slice(0, n));
          fits = n;
        } catch {
          // fewer still
        }
      }
      throw new UserError(
        `Таблица «${spec.title}» на ${planYears.length} лет не помещается: формула проверки строки получается длиннее, чем допускает Excel. ` +
          (fits ? `Выберите не больше ${fits} лет или создайте таблицу по частям.` : "Сократите период."),
      );
    }
  });
}

/**
 * Server function: writes the chosen forms into new sheets; the first new sheet becomes the active one.
 * Calls: 1 for the names + the writer's per sheet (+ about 18 for the index of a coordinator's context sheet).
 * @param request what the sidebar asks for
 * @throws {UserError} for a wrong request (nothing is written then)
 * @returns the sheets made and notes
 */
export function scaffoldForms(request: ScaffoldRequest): ScaffoldResult {
  const plans = scaffoldPlans(request);
  const app = spreadsheetApp();
  const ss = app.getActiveSpreadsheet();
  const existing = ss.getSheets();
  const taken = existing.map((s) => s.getName());
  let index = existing.length;
  const sheets: ScaffoldedSheet[] = [];
  const notes: string[] = [];
  let unfrozen = false;
  let first: GoogleAppsScript.Spreadsheet.Sheet | undefined;
  for (const plan of plans) {
    const name = freeSheetName(plan.sheetName, taken);
    taken.push(name);
    const written = writePlan(app, ss, plan, { name, index: index++ });
    first ??= written.sheet;
    unfrozen ||= written.skipped.includes("frozenColumns");
    const sheet: ScaffoldedSheet = { formId: plan.formId, title: plan.title, name, requested: plan.sheetName };
    if (name !== plan.sheetName) notes.push(`Лист «${plan.sheetName}» уже был, новый назван «${name}».`);
    if (request.variant === "coordinator" && FORMS.find((f) => f.id === plan.formId)?.coordinatorIndex) {
      // The same columns as «ИСБ» inserts next to a table, over the new sheet's empty rows.
      const indexed = writeIndexFormulas(written.sheet, planIndexLayout(plan, name), "");
      sheet.index = indexed.range;
      notes.push(indexed.summary);
    }
    sheets.push(sheet);
  }
  first?.activate();
  if (unfrozen) notes.push("Закреплены строки заголовка, но не первые столбцы: Google Таблицы не закрепляют столбцы под объединённой ячейкой названия.");
  return { sheets, notes };
}
