/**
 * Requirement sets of the Excel JavaScript API the pane uses, checked with
 * `Office.context.requirements.isSetSupported`. The writer needs ExcelApi 1.4; everything newer is optional and
 * skipped (and reported) where the host lacks it. Every Excel that runs the add-in's shared runtime and custom
 * functions (Excel on the web, Microsoft 365, Excel 2021+) has all of them.
 */

/** The minimum ExcelApi set of the pane: adding sheets, formats, merges, protection (1.2), used range or null (1.4). */
export const MIN_EXCEL_API = "1.4";

/** Optional features of the writer, the set each needs, and how a person would call it. */
export const OPTIONAL_FEATURES = {
  calculationSuspend: { set: "1.6", ru: "пауза пересчёта во время записи" },
  conditionalFormats: { set: "1.6", ru: "подсветка ошибок (условное форматирование)" },
  freezePanes: { set: "1.7", ru: "закрепление шапки" },
  dataValidation: { set: "1.8", ru: "выпадающие списки и проверка при вводе" },
  fillDown: { set: "1.9", ru: "быстрое заполнение формул (copyFrom)" },
  autoFilter: { set: "1.9", ru: "автофильтр" },
  pageLayout: { set: "1.9", ru: "параметры печати" },
} as const;

export type OptionalFeature = keyof typeof OPTIONAL_FEATURES;

/**
 * Whether the host supports an ExcelApi requirement set. Outside Office (no `Office` global) nothing is supported.
 * @param version e.g. "1.9"
 * @returns true when `ExcelApi <version>` is supported
 * @example supportsExcelApi("1.1") // => true in any Excel
 */
export function supportsExcelApi(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.context?.requirements) return false;
  return office.context.requirements.isSetSupported("ExcelApi", version);
}

/**
 * Which optional features the host supports, asked once per write.
 * @returns feature → supported
 */
export function featureSupport(): Record<OptionalFeature, boolean> {
  const out = {} as Record<OptionalFeature, boolean>;
  const cache = new Map<string, boolean>();
  for (const [k, f] of Object.entries(OPTIONAL_FEATURES)) {
    if (!cache.has(f.set)) cache.set(f.set, supportsExcelApi(f.set));
    out[k as OptionalFeature] = cache.get(f.set) as boolean;
  }
  return out;
}
