/**
 * A spec plus the choices of one sheet (the programme's years, the actors, the prefilled rows) gives the
 * concrete form: the exact column list (`План 2024`, `План 2025`, `Факт 2024`…) that a plan is built from
 * and a table is validated against.
 */
import type { ColumnSpec, Form, FormColumn, FormPreset, FormPresetRow, FormSpec } from "./types";
import type { FormVariant } from "./variants";

export interface MaterializeOptions {
  /**
   * the programme's years: the repeated `{year}` columns, and the years that place periods without a year;
   * default: the preset's years, else (for forms with year columns) the current year and the next two
   */
  years?: readonly number[];
  /** actor columns of repeated `{actor}` columns; default: the preset's extra columns, else the spec's default actors */
  actors?: readonly string[];
  /** rows that fill the sheet (a preset of src/forms/presets or the spec's default preset) */
  preset?: FormPreset;
  /** prefilled rows given directly (take precedence over the preset's rows) */
  rows?: readonly FormPresetRow[];
  /** number of pre-formatted data rows; default the spec's */
  dataRows?: number;
  /** the date that fixes the default years (default today) */
  today?: Date;
  /**
   * `school` (default): the form's columns; `coordinator`: its coordinator-only columns too (a sheet made where the
   * add-in is installed)
   */
  variant?: FormVariant;
}

const MAX_DATA_ROWS = 100000;

/** The current year and the next two: the default horizon of a new roadmap. */
function defaultYears(today: Date): number[] {
  const y = today.getFullYear();
  return [y, y + 1, y + 2];
}

function checkYears(years: readonly number[]): number[] {
  const out = [...new Set(years)].sort((a, b) => a - b);
  for (const y of out) {
    if (!Number.isInteger(y) || y < 2000 || y > 2100) {
      throw new Error(`materializeForm: год ${y} вне допустимых границ: ожидается целое число от 2000 до 2100`);
    }
  }
  return out;
}

/**
 * The concrete form of a spec: repeated columns expanded, prefilled rows attached. O(columns × years + rows).
 * @param spec the form spec
 * @param options years, actors, preset, number of data rows, variant (the coordinator's sheet adds its own columns)
 * @throws {Error} when a year is outside 2000–2100, an actor name is empty or repeats a header, the preset belongs
 *   to another form, or a prefilled row names a column the form does not have
 * @returns the form
 * @example materializeForm(formSpec("finance"), { years: [2024, 2025] }).columns.map((c) => c.header).slice(4, 6) // => ["Объём средств 2024, руб.", "Объём средств 2025, руб."]
 */
export function materializeForm(spec: FormSpec, options: MaterializeOptions = {}): Form {
  const preset = options.preset;
  if (preset && preset.formId !== spec.id) {
    throw new Error(`materializeForm: заготовка «${preset.name}» относится к форме «${preset.formId}», а не «${spec.id}»`);
  }
  const hasYears = spec.columns.some((c) => c.repeat === "year");
  const hasActors = spec.columns.some((c) => c.repeat === "actor");
  // A form without year columns keeps the programme's years anyway: they place periods such as «апрель» in time.
  const years = checkYears(options.years ?? preset?.years ?? (hasYears ? defaultYears(options.today ?? new Date()) : []));
  const actors = hasActors ? (options.actors ?? preset?.columns ?? spec.defaultActors ?? []).map((a) => a.trim()) : [];

  const columns: FormColumn[] = [];
  const add = (c: ColumnSpec, header: string, extra: Partial<FormColumn> = {}): void => {
    columns.push({ index: columns.length, key: c.key, header, spec: c, ...extra });
  };
  const specColumns = options.variant === "coordinator" ? [...spec.columns, ...(spec.coordinatorColumns ?? [])] : spec.columns;
  for (const c of specColumns) {
    if (c.repeat === "year") for (const year of years) add(c, c.header.replace("{year}", String(year)), { year });
    else if (c.repeat === "actor") for (const actor of actors) add(c, c.header.replace("{actor}", actor), { actor });
    else add(c, c.header);
  }

  const seen = new Set<string>();
  for (const c of columns) {
    if (c.header.trim() === "") throw new Error("materializeForm: пустое название столбца участника");
    const k = c.header.trim().toLowerCase();
    if (seen.has(k)) throw new Error(`materializeForm: столбец «${c.header}» повторяется`);
    seen.add(k);
  }

  const rows = options.rows ?? preset?.rows ?? [];
  const headers = new Set(columns.map((c) => c.header));
  for (const r of rows) {
    if (r.kind !== "row") continue;
    for (const h of Object.keys(r.values)) {
      if (!headers.has(h)) throw new Error(`materializeForm: в заполняемой строке столбец «${h}», которого нет в форме «${spec.id}»`);
    }
  }

  const wanted = options.dataRows ?? spec.dataRows;
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > MAX_DATA_ROWS) {
    throw new Error(`materializeForm: число строк данных ${wanted}: ожидается целое число от 1 до ${MAX_DATA_ROWS}`);
  }
  return { spec, id: spec.id, columns, years, actors, rows, dataRows: Math.max(wanted, rows.length) };
}

/**
 * The columns of a form with a key: one column, or one per year / actor for a repeated key. O(columns).
 * @param form the form
 * @param key the column key
 * @returns the columns in order (empty when the form has no such key)
 * @example columnsOf(materializeForm(formSpec("targets"), { years: [2024, 2025] }), "plan").map((c) => c.header) // => ["План 2024", "План 2025"]
 */
export function columnsOf(form: Form, key: string): FormColumn[] {
  return form.columns.filter((c) => c.key === key);
}

/**
 * The column a rule of `from` refers to by `key`: the same year's column when both are repeated by year,
 * else the only column with that key. O(columns).
 * @param form the form
 * @param key the key referred to
 * @param from the column the rule belongs to
 * @returns the column, or `undefined` when the form has none
 * @example relatedColumn(form, "plan", factOf2025)?.header // => "План 2025"
 */
export function relatedColumn(form: Form, key: string, from?: FormColumn): FormColumn | undefined {
  const all = columnsOf(form, key);
  if (all.length <= 1) return all[0];
  if (from?.year !== undefined) return all.find((c) => c.year === from.year);
  return all[0];
}
