/**
 * Validation of one sheet against one form: headers first (a missing or renamed header is a finding and its
 * column is not read), then every data row through the checks of its columns' rules. Empty rows, section
 * rows and the template's summary rows are skipped; the check and marker columns are never read.
 * The input is never changed.
 */
import type { Form, FormColumn, FormSpec } from "../forms/types";
import { materializeForm } from "../forms/materialize";
import { effectiveRules, NUMERIC_TYPES } from "../forms/effective_rules";
import { normalizeText } from "../forms/normalize";
import { cellText, isBlank } from "../core/shared/coerce";
import { columnLetter, toA1 } from "../plan/a1";
import { CHECK_HEADER } from "../plan/types";
import { CHECKS } from "./checks";
import type { Cell, CheckEnv, PreparedCheck, RowView } from "./checks";
import { codeInfo, renderMessage } from "./codes";
import { inferRepeats, inputColumns, locateHeaders, normalizeHeader, type HeaderBinding } from "./match_headers";
import { isSectionRow, sectionNumber } from "./section_row";
import { findingValue } from "./checks/values";
import { readCell } from "./read_cell";
import type { CellValue, Finding, SheetTable, ValidateOptions } from "./types";

const IGNORED_HEADERS: ReadonlySet<string> = new Set([normalizeHeader(CHECK_HEADER)]);

/** Today (or `asOf`) as `YYYY-MM-DD`, local calendar day. */
function isoDay(asOf: Date | string | undefined): string {
  if (typeof asOf === "string") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`validateTable: дата «${asOf}» не в формате ГГГГ-ММ-ДД`);
    return asOf;
  }
  const d = asOf ?? new Date();
  if (Number.isNaN(d.getTime())) throw new Error("validateTable: неверная дата asOf");
  const mm = String(d.getMonth() + 1).padStart(2, "0");
  const dd = String(d.getDate()).padStart(2, "0");
  return `${d.getFullYear()}-${mm}-${dd}`;
}

/** The concrete form to validate a sheet with: given, or the spec materialised with the sheet's years and actors. */
function formFor(table: SheetTable, form: FormSpec | Form, options: ValidateOptions): Form {
  if ("spec" in form) return form;
  const inferred = inferRepeats(form, table, IGNORED_HEADERS);
  return materializeForm(form, {
    years: options.years ?? inferred.years,
    actors: options.actors ?? inferred.actors,
    dataRows: 1,
  });
}

/** Texts that mark a summary row of a template (its labels, `Итого`). */
function summaryLabels(form: Form): { column: string; labels: Set<string> }[] {
  return (form.spec.summary ?? []).map((s) => ({ column: s.labelColumn, labels: new Set([normalizeText(s.label), "итого"]) }));
}

/**
 * Findings for one sheet of a form. O(rows × rules) plus O(rows) memory for uniqueness.
 * @param table the sheet as read
 * @param form the form spec (years and actors are read from the headers unless given in options) or a materialised form
 * @param options reference lists, `asOf`, history, years, actors, cross-file index
 * @throws {Error} when `options.asOf` is not a valid date
 * @returns findings, sheet-level first, then by row and column
 * @example validateTable({ name: "Лист1", rows: [[], [], ["Код ОО"]] }, formSpec("context")).map((f) => f.code)[0] // => "header"
 */
export function validateTable(table: SheetTable, form: FormSpec | Form, options: ValidateOptions = {}): Finding[] {
  const asOf = isoDay(options.asOf);
  const concrete = formFor(table, form, options);
  const findings: (Finding & { order: number })[] = [];
  const binding = locateHeaders(concrete, table);
  const inputs = inputColumns(concrete);

  const push = (f: Finding, row: number, col: number): void => {
    findings.push({ ...f, order: row * 10000 + col });
  };

  if (!binding) {
    const info = codeInfo("form-not-found");
    push(
      {
        sheet: table.name,
        cell: "",
        field: "",
        value: null,
        severity: info.severity,
        code: info.code,
        message: renderMessage("form-not-found", { form: concrete.spec.title, headers: inputs.slice(0, 3).map((c) => `«${c.header}»`).join(", ") }),
      },
      -1,
      0,
    );
    return strip(findings);
  }

  headerFindings(table, concrete, binding, push);

  const present = (col: FormColumn): boolean => binding.columns[col.index] >= 0;
  const letters = binding.columns.map((i) => (i >= 0 ? columnLetter(i + 1) : ""));
  const address = (col: FormColumn, row: number): string => `${letters[col.index]}${row}`;
  let historyCache: RowView[] | undefined;

  const env: CheckEnv = {
    form: concrete,
    sheet: table.name,
    options,
    asOf,
    has: present,
    related(key, from) {
      const all = concrete.columns.filter((c) => c.key === key && present(c));
      if (all.length <= 1) return all[0];
      return from.year !== undefined ? all.find((c) => c.year === from.year) : all[0];
    },
    holds(cond, view) {
      if (!cond) return true;
      const col = concrete.columns.find((c) => c.key === cond.column);
      const cell = col ? view.cells[col.index] : undefined;
      if (!col || !cell || cell.blank) return false;
      const value = col.spec.enum ? cell.canon : cell.text;
      if (value === undefined) return false;
      const v = normalizeText(value);
      return cond.in.some((x) => normalizeText(x) === v);
    },
    address,
    emit(code, col, view, p) {
      const info = codeInfo(code);
      const tableCol = col ? binding.columns[col.index] : -1;
      const cell = col && view ? view.cells[col.index] : undefined;
      push(
        {
          sheet: table.name,
          cell: col && view && tableCol >= 0 ? address(col, view.row) : "",
          field: col?.header ?? "",
          value: p.value !== undefined ? p.value : findingValue(cell?.raw),
          severity: info.severity,
          code,
          message: p.message ?? renderMessage(code, p.params),
        },
        view?.row ?? 0,
        tableCol + 1,
      );
    },
    history() {
      if (!historyCache) historyCache = (options.history ?? []).flatMap((t) => dataRows(t, concrete, locateHeaders(concrete, t)));
      return historyCache;
    },
  };

  const steps: PreparedCheck[] = [];
  for (const col of inputs) {
    if (!present(col)) continue;
    for (const rule of effectiveRules(col.spec)) {
      const prepared = CHECKS[rule.kind].prepare(env, col, rule);
      if (prepared) steps.push(prepared);
    }
  }

  for (const view of dataRows(table, concrete, binding)) for (const s of steps) s.row(view);
  for (const s of steps) s.end?.();
  return strip(findings);
}

/** Header findings: every input column of the form that the header row lacks. */
function headerFindings(table: SheetTable, form: Form, binding: HeaderBinding, push: (f: Finding, row: number, col: number) => void): void {
  const headerRow = table.rows[binding.headerRow] ?? [];
  const claimed = new Set(binding.columns.filter((i) => i >= 0));
  const anchor = form.columns.find((c) => binding.columns[c.index] >= 0);
  const offset = anchor ? binding.columns[anchor.index] - anchor.index : 0;
  const info = codeInfo("header");
  for (const col of inputColumns(form)) {
    if (binding.columns[col.index] >= 0) continue;
    const guess = col.index + offset;
    const there = guess >= 0 && !claimed.has(guess) ? headerRow[guess] : undefined;
    const renamed = there !== undefined && !isBlank(there) && !IGNORED_HEADERS.has(normalizeHeader(there));
    push(
      {
        sheet: table.name,
        cell: renamed ? toA1(binding.headerRow + 1, guess + 1) : "",
        field: col.header,
        value: renamed ? findingValue(there) : null,
        severity: info.severity,
        code: "header",
        message: renderMessage("header", {
          field: col.header,
          found: renamed ? `: на его месте «${String(there).trim()}»` : "",
          row: binding.headerRow + 1,
        }),
      },
      -1,
      col.index,
    );
  }
}

/** The data rows of a sheet below its header row: empty, section and summary rows are not returned as data. */
function dataRows(table: SheetTable, form: Form, binding: HeaderBinding | undefined): RowView[] {
  if (!binding) return [];
  const cols = inputColumns(form).filter((c) => binding.columns[c.index] >= 0);
  const numeric = cols.map((c) => NUMERIC_TYPES.has(c.spec.type));
  const summaries = summaryLabels(form);
  const sectionsAllowed = form.spec.sections === true;
  const out: RowView[] = [];
  let section: RowView["section"];
  let sectionIndex = 0;
  const raw: CellValue[] = new Array(cols.length);
  for (let r = binding.headerRow + 1; r < table.rows.length; r++) {
    const row = table.rows[r];
    if (!row) continue;
    let empty = true;
    for (let i = 0; i < cols.length; i++) {
      const v = row[binding.columns[cols[i].index]];
      raw[i] = v === undefined ? null : v;
      if (empty && !isBlank(raw[i])) empty = false;
    }
    if (empty) continue;
    if (sectionsAllowed && isSectionRow(firstTwoFirst(form, binding, row, raw, cols))) {
      const text = cellText(raw.find((v) => !isBlank(v))) ?? "";
      section = { row: r + 1, number: sectionNumber(text), index: ++sectionIndex };
      continue;
    }
    if (isSummaryRow(summaries, cols, raw)) continue;
    const cells: (Cell | undefined)[] = new Array(form.columns.length);
    for (let i = 0; i < cols.length; i++) cells[cols[i].index] = readCell(raw[i], cols[i], numeric[i]);
    out.push({ row: r + 1, cells, section });
  }
  return out;
}

/**
 * The row's input cells in form order, so that "first or second column" of a section means the form's first
 * two columns whatever their position in the sheet.
 */
function firstTwoFirst(form: Form, binding: HeaderBinding, row: readonly CellValue[], raw: readonly CellValue[], cols: readonly FormColumn[]): CellValue[] {
  const first = inputColumns(form).slice(0, 2);
  const out: CellValue[] = first.map((c) => {
    const i = binding.columns[c.index];
    return i >= 0 && row[i] !== undefined ? row[i] : null;
  });
  const firstKeys = new Set(first.map((c) => c.index));
  cols.forEach((c, i) => {
    if (!firstKeys.has(c.index)) out.push(raw[i]);
  });
  return out;
}

/** A summary row of a template: its label column holds the summary's label or «Итого». */
function isSummaryRow(summaries: { column: string; labels: Set<string> }[], cols: readonly FormColumn[], raw: readonly CellValue[]): boolean {
  if (summaries.length === 0) return false;
  for (let i = 0; i < cols.length; i++) {
    if (!summaries.some((s) => s.column === cols[i].key)) continue;
    const t = cellText(raw[i]);
    if (t === undefined) continue;
    const n = normalizeText(t).replace(/:$/, "");
    if (summaries.some((s) => s.column === cols[i].key && s.labels.has(n))) return true;
  }
  return false;
}

function strip(findings: (Finding & { order: number })[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.order - b.f.order || a.i - b.i)
    .map(({ f }) => ({ sheet: f.sheet, cell: f.cell, field: f.field, value: f.value, severity: f.severity, code: f.code, message: f.message }));
}

