/**
 * The form's table in one workbook, read the way the validator reads it (the same sheet, the same header
 * binding, the same data rows), with values stored as consolidation keeps them: numbers typed as text become
 * numbers, enum spellings their canonical value, text is trimmed. Also the first occurrence of every key of a
 * unique rule (read and keyed by the validator's readCell and uniqueKey), so that uniqueness across files can be
 * decided after the files were read in any order.
 */
import type { Form, FormColumn, FormSpec } from "../forms/types";
import { materializeForm } from "../forms/materialize";
import { effectiveRules, NUMERIC_TYPES } from "../forms/effective_rules";
import { canonicalEnum, normalizeText } from "../forms/normalize";
import { cellNumber, cellText, isBlank } from "../core/shared/coerce";
import { columnLetter } from "../plan/a1";
import { CHECK_HEADER } from "../plan/types";
import { findForm } from "../validate/find_form";
import { inferRepeats, inputColumns, locateHeaders, normalizeHeader, type HeaderBinding } from "../validate/match_headers";
import { isSectionRow } from "../validate/section_row";
import { describeValue, findingValue, formatDate, isDateValue } from "../validate/checks/values";
import { readCell } from "../validate/read_cell";
import { uniqueKey } from "../validate/unique_key";
import type { CellValue, SheetTable, WorkbookTables } from "../validate/types";
import type { ExtractedRow, ExtractedTable, KeyGroup, TableValue } from "./types";

const IGNORED_HEADERS: ReadonlySet<string> = new Set([normalizeHeader(CHECK_HEADER)]);

/**
 * A cell value as consolidation stores it. O(length of the text).
 * @param raw the value as read
 * @param col the form column
 * @returns the value: a number for a numeric column when the text reads as one, the canonical value of an enum,
 *   trimmed text (numbers of text columns as their text), a date as `ДД.ММ.ГГГГ`; `null` when empty
 * @example tableValue("1 234", numberColumn) // => 1234
 */
export function tableValue(raw: CellValue | undefined, col: FormColumn): TableValue {
  if (raw === undefined || raw === null) return null;
  if (isDateValue(raw)) return Number.isNaN(raw.getTime()) ? null : formatDate(raw);
  if (typeof raw === "boolean") return raw;
  if (NUMERIC_TYPES.has(col.spec.type)) {
    const n = cellNumber(raw);
    if (n !== undefined) return n;
  }
  const text = cellText(raw);
  if (text === undefined) return null;
  if (col.spec.enum) return canonicalEnum(col.spec.enum, text) ?? text;
  return text;
}

/** A value of a column that is not the form's: kept as read, text trimmed. */
function extraValue(raw: CellValue | undefined): TableValue {
  if (raw === undefined || raw === null) return null;
  if (isDateValue(raw)) return Number.isNaN(raw.getTime()) ? null : formatDate(raw);
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw === "boolean") return raw;
  const t = raw.trim();
  return t === "" ? null : t;
}

/** The concrete form of a sheet: repeated columns as its headers show them. */
function formOf(spec: FormSpec, sheet: SheetTable): Form {
  return materializeForm(spec, { ...inferRepeats(spec, sheet, IGNORED_HEADERS), dataRows: 1 });
}

/** Labels that mark a summary row of a template (its own label, `Итого`). */
function summaryMatcher(form: Form): (values: ReadonlyMap<string, CellValue>) => boolean {
  const summaries = (form.spec.summary ?? []).map((s) => ({ column: s.labelColumn, labels: new Set([normalizeText(s.label), "итого"]) }));
  return (values) =>
    summaries.some((s) => {
      const t = cellText(values.get(s.column));
      return t !== undefined && s.labels.has(normalizeText(t).replace(/:$/, ""));
    });
}

/**
 * The form's table in a workbook. O(cells of the form's sheet).
 * @param tables the workbook as read
 * @param spec the form spec
 * @returns the table, or `undefined` when the workbook has no sheet of the form (the validator's `form-not-found`)
 * @example extractTable(tables, formSpec("context"))?.rows[0].values[0] // => "670101"
 */
export function extractTable(tables: WorkbookTables, spec: FormSpec): ExtractedTable | undefined {
  const found = findForm(tables, spec);
  if (!found) return undefined;
  const sheet = found.sheet;
  const form = formOf(spec, sheet);
  const binding = locateHeaders(form, sheet);
  if (!binding) return undefined;
  const inputs = inputColumns(form);
  const at = (c: FormColumn): number => binding.columns[c.index];
  const present = inputs.filter((c) => at(c) >= 0);

  const headerCells = sheet.rows[binding.headerRow] ?? [];
  const claimed = new Set(binding.columns.filter((i) => i >= 0));
  const extras: { index: number; header: string }[] = [];
  headerCells.forEach((v, i) => {
    if (claimed.has(i) || isBlank(v) || IGNORED_HEADERS.has(normalizeHeader(v))) return;
    const header = cellText(v);
    if (header !== undefined) extras.push({ index: i, header: header.replace(/\s+/g, " ") });
  });

  const groups = keyGroups(form, inputs, binding);
  const firstSeen = groups.map(() => new Set<string>());
  const keys: KeyGroup[] = groups.map((g) => ({ field: g.col.header, names: g.cols.map((c) => c.header), first: [] }));
  const isSummary = summaryMatcher(form);
  const firstTwo = inputs.slice(0, 2);
  const rest = inputs.slice(2);

  const rows: ExtractedRow[] = [];
  let section: string | undefined;
  for (let r = binding.headerRow + 1; r < sheet.rows.length; r++) {
    const raw = sheet.rows[r];
    if (!raw || raw.length === 0) continue;
    const cell = (c: FormColumn): CellValue | undefined => (at(c) >= 0 ? raw[at(c)] : undefined);
    if (present.every((c) => isBlank(cell(c)))) continue;
    if (spec.sections && isSectionRow([...firstTwo, ...rest].map((c) => cell(c) ?? null))) {
      section = cellText(present.map(cell).find((v) => !isBlank(v))) ?? "";
      continue;
    }
    if (spec.summary?.length && isSummary(new Map(present.map((c) => [c.key, cell(c) ?? null])))) continue;

    const values = inputs.map((c) => tableValue(cell(c), c));
    let key = "";
    let keyLabel = "";
    groups.forEach((g, gi) => {
      // The validator's reading and key, so that a repeat across files is what a repeat within a file is.
      if (readCell(cell(g.col), g.col).blank) return;
      const k = uniqueKey(g.cols.map((c) => readCell(cell(c), c)));
      if (gi === 0) {
        key = k;
        keyLabel = g.cols
          .map((c) => tableValue(cell(c), c))
          .filter((v) => v !== null)
          .map(String)
          .join(" · ");
      }
      if (firstSeen[gi].has(k)) return;
      firstSeen[gi].add(k);
      const v = cell(g.col);
      keys[gi].first.push({ key: k, row: r + 1, cell: `${columnLetter(at(g.col) + 1)}${r + 1}`, value: findingValue(v), described: describeValue(v) });
    });
    rows.push({
      row: r + 1,
      values,
      extras: extras.map((e) => extraValue(raw[e.index])),
      ...(section !== undefined ? { section } : {}),
      key,
      keyLabel,
    });
  }

  return {
    formId: spec.id,
    sheet: sheet.name,
    by: found.by,
    headerRow: binding.headerRow + 1,
    columns: inputs.map((c) => ({ key: c.key, header: c.header, letter: at(c) >= 0 ? columnLetter(at(c) + 1) : "" })),
    extraHeaders: extras.map((e) => e.header),
    rows,
    keys,
  };
}

/**
 * The unique rules of the sheet's present columns with the columns of each key, as the validator's `unique`
 * check builds them (the related columns present in the sheet, the same year's column for repeated ones).
 */
function keyGroups(form: Form, inputs: readonly FormColumn[], binding: HeaderBinding): { col: FormColumn; cols: FormColumn[] }[] {
  const present = (c: FormColumn): boolean => binding.columns[c.index] >= 0;
  const related = (key: string, from: FormColumn): FormColumn | undefined => {
    const all = form.columns.filter((c) => c.key === key && present(c));
    if (all.length <= 1) return all[0];
    return from.year !== undefined ? all.find((c) => c.year === from.year) : all[0];
  };
  const out: { col: FormColumn; cols: FormColumn[] }[] = [];
  for (const col of inputs) {
    if (!present(col)) continue;
    for (const rule of effectiveRules(col.spec)) {
      if (rule.kind !== "unique") continue;
      const cols = [col];
      for (const k of rule.with ?? []) {
        const other = related(k, col);
        if (other) cols.push(other);
      }
      out.push({ col, cols });
    }
  }
  return out;
}
