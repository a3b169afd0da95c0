/**
 * Consolidation: the tables of many files of one form → one table with the source of every row, and the
 * findings a coordinator acts on — files that could not be read, missing columns, rows with errors (kept and
 * marked, or left out), the same school in several files, schools of the expected list without a row, and
 * codes that are not in the list.
 */
import type { FormSpec } from "../forms/types";
import { normalizeText } from "../forms/normalize";
import { SEVERITY_RU } from "../validate/codes";
import type { Finding } from "../validate/types";
import { sourceWords } from "./source_words";
import type {
  ConsolidatedRow,
  ConsolidateOptions,
  Consolidation,
  ConsolidationCode,
  ConsolidationFinding,
  SourceFile,
  TableValue,
} from "./types";

/** Order of the kinds of findings on the findings sheet: what blocks the work first. */
export const CONSOLIDATION_CODES: readonly ConsolidationCode[] = [
  "unreadable",
  "header",
  "duplicate",
  "invalid-row",
  "row-warning",
  "no-rows",
  "missing",
  "not-in-list",
];

/** Russian names of the kinds, as the findings sheet shows them. */
export const CONSOLIDATION_KINDS_RU: Readonly<Record<ConsolidationCode, string>> = {
  unreadable: "файл не прочитан",
  header: "нет столбца",
  duplicate: "повтор школы",
  "invalid-row": "ошибки в строке",
  "row-warning": "предупреждение",
  "no-rows": "нет строк",
  missing: "нет данных школы",
  "not-in-list": "нет в перечне",
};

/**
 * A school code as lists and files are compared: normalised text, and a code of digits without its leading zeros
 * (a list kept in Excel loses them: `000123` becomes 123). O(length).
 * @param v the code as read
 * @returns the comparable code, "" for an empty one
 * @example schoolCodeKey(" 000123 ") // => "123"
 */
export function schoolCodeKey(v: TableValue | undefined): string {
  if (v === null || v === undefined || typeof v === "boolean") return "";
  const t = normalizeText(String(v));
  return /^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, "") : t;
}

/** Row number of a finding's cell, `undefined` for file- and sheet-level findings. */
function rowOf(f: Finding): number | undefined {
  const m = /^[A-Z]+(\d+)$/.exec(f.cell);
  return m ? Number(m[1]) : undefined;
}

const describeFinding = (f: Finding): string =>
  `${f.cell}${f.severity === "warning" ? ` (${SEVERITY_RU.warning})` : ""}: ${f.message}`;


/**
 * Consolidates the files of one form. O(rows + findings).
 * @param spec the form spec
 * @param files each file with its validator findings (cross-file ones included) and its table, in the order given
 * @param options what to do with rows that have errors; the expected schools; whether the sources are files or sheets
 * @returns the consolidated table and its findings
 * @example consolidate(formSpec("context"), [{ file: "a.xlsx", findings: [], table }]).rows[0].file // => "a.xlsx"
 */
export function consolidate(spec: FormSpec, files: readonly SourceFile[], options: ConsolidateOptions = {}): Consolidation {
  const invalidRows = options.invalidRows ?? "mark";
  const source = options.source ?? "файл";
  const w = sourceWords(source);
  const plural = w.plural;
  const findings: (ConsolidationFinding & { fileIndex: number })[] = [];
  const add = (fileIndex: number, f: ConsolidationFinding): void => {
    findings.push({ ...f, fileIndex });
  };

  const union = unionColumns(spec, files);
  const columns = union.map((c) => c.header);
  const position = new Map(columns.map((h, i) => [h, i]));
  const rows: ConsolidatedRow[] = [];
  const occurrences = new Map<string, { fileIndex: number; file: string; sheet: string; row: number; label: string }[]>();
  const codes = new Map<string, { fileIndex: number; file: string; sheet: string; row: number; code: string }>();
  const codeColumn = spec.columns.some((c) => c.key === "code" && !c.repeat);
  let readFiles = 0;
  let unreadable = 0;
  let rowsRead = 0;
  let rowsWithErrors = 0;
  let rowsExcluded = 0;

  files.forEach((src, fi) => {
    for (const f of src.findings) {
      if (f.code === "unreadable" || f.code === "form-not-found") {
        add(fi, { code: "unreadable", severity: "error", file: src.file, sheet: f.sheet, row: null, key: "", message: `${f.message}. Строки ${w.one.gen} не вошли в свод` });
      } else if (f.code === "header") {
        add(fi, { code: "header", severity: "error", file: src.file, sheet: f.sheet, row: null, key: "", message: `${f.message}. Остальные столбцы ${w.one.gen} вошли в свод` });
      }
    }
    const table = src.table;
    if (!table) {
      unreadable++;
      return;
    }
    readFiles++;
    if (table.rows.length === 0) {
      add(fi, {
        code: "no-rows",
        severity: "warning",
        file: src.file,
        sheet: table.sheet,
        row: null,
        key: "",
        message: `На листе «${table.sheet}» нет заполненных строк: ожидается хотя бы одна строка данных под заголовками`,
      });
    }
    const byRow = new Map<number, Finding[]>();
    for (const f of src.findings) {
      const r = rowOf(f);
      if (r === undefined || r <= table.headerRow || f.code === "header") continue;
      const list = byRow.get(r);
      if (list) list.push(f);
      else byRow.set(r, [f]);
    }
    const target = table.columns.map((c) => position.get(c.header) ?? -1);
    const codeIndex = table.columns.findIndex((c) => c.key === "code");

    for (const r of table.rows) {
      rowsRead++;
      const own = byRow.get(r.row) ?? [];
      const errors = own.filter((f) => f.severity === "error");
      const warnings = own.filter((f) => f.severity === "warning");
      const status: ConsolidatedRow["status"] = errors.length ? "error" : warnings.length ? "warning" : "ok";
      const note = [...errors, ...warnings].map(describeFinding).join("; ");
      const keyText = r.keyLabel;

      if (r.key !== "") {
        const list = occurrences.get(r.key) ?? [];
        list.push({ fileIndex: fi, file: src.file, sheet: table.sheet, row: r.row, label: keyText });
        occurrences.set(r.key, list);
      }
      if (codeColumn && codeIndex >= 0) {
        const code = r.values[codeIndex];
        const k = schoolCodeKey(code);
        if (k !== "" && !codes.has(k)) codes.set(k, { fileIndex: fi, file: src.file, sheet: table.sheet, row: r.row, code: String(code) });
      }

      if (status === "error") {
        rowsWithErrors++;
        const excluded = invalidRows === "exclude";
        if (excluded) rowsExcluded++;
        add(fi, {
          code: "invalid-row",
          severity: "error",
          file: src.file,
          sheet: table.sheet,
          row: r.row,
          key: keyText,
          message:
            (excluded ? "Строка не включена в свод" : "Строка включена в свод и отмечена в столбце «Замечания по строке»") +
            ` (${plural(errors.length, "ошибка", "ошибки", "ошибок")}): ${errors.map(describeFinding).join("; ")}`,
        });
        if (excluded) continue;
      } else if (status === "warning") {
        add(fi, { code: "row-warning", severity: "warning", file: src.file, sheet: table.sheet, row: r.row, key: keyText, message: warnings.map(describeFinding).join("; ") });
      }

      const values: TableValue[] = new Array(columns.length).fill(null);
      target.forEach((t, i) => {
        if (t >= 0) values[t] = r.values[i];
      });
      rows.push({
        file: src.file,
        sheet: table.sheet,
        row: r.row,
        values,
        ...(r.section !== undefined ? { section: r.section } : {}),
        status,
        note,
        key: keyText,
      });
    }
  });

  // The same key in more than one file: every occurrence is listed, so each file's sender sees it.
  let duplicates = 0;
  const keyName = keyDescription(spec);
  for (const list of occurrences.values()) {
    const inFiles = new Set(list.map((o) => o.fileIndex));
    if (inFiles.size < 2) continue;
    duplicates++;
    for (const o of list) {
      const others = list
        .filter((x) => x !== o)
        .map((x) => (source === "лист" ? `лист «${x.sheet}» (строка ${x.row})` : `«${x.file}» (лист «${x.sheet}», строка ${x.row})`));
      add(o.fileIndex, {
        code: "duplicate",
        severity: "error",
        file: o.file,
        sheet: o.sheet,
        row: o.row,
        key: o.label,
        message:
          `${keyName.name} «${o.label}» встречается ${w.inMany(inFiles.size)}: кроме этой строки — ${others.join(", ")}. ` +
          `Ожидается одна строка на ${keyName.unit}: проверьте, ${w.whichOne} ошибка`,
      });
    }
  }

  // The expected schools.
  let missing = 0;
  let notInList = 0;
  const expected = codeColumn ? (options.schools ?? []) : [];
  if (expected.length) {
    const wanted = new Map<string, { code: string; name?: string }>();
    for (const s of expected) {
      const k = schoolCodeKey(s.code);
      if (k !== "" && !wanted.has(k)) wanted.set(k, s);
    }
    for (const [k, s] of wanted) {
      if (codes.has(k)) continue;
      missing++;
      add(files.length, {
        code: "missing",
        severity: "warning",
        file: "",
        sheet: "",
        row: null,
        key: s.code,
        message: `Школа ${s.name ? `«${s.name}» ` : ""}(Код ОО ${s.code}) есть в перечне, но её строки нет ${w.inNone}: ${w.askForIt} или проверьте код`,
      });
    }
    for (const [k, c] of codes) {
      if (wanted.has(k)) continue;
      notInList++;
      add(c.fileIndex, {
        code: "not-in-list",
        severity: "warning",
        file: c.file,
        sheet: c.sheet,
        row: c.row,
        key: c.code,
        message: `Кода ОО «${c.code}» нет в перечне школ: проверьте код или дополните перечень`,
      });
    }
  }

  const rank = new Map(CONSOLIDATION_CODES.map((c, i) => [c, i]));
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (rank.get(a.f.code) ?? 0) - (rank.get(b.f.code) ?? 0) || a.f.fileIndex - b.f.fileIndex || (a.f.row ?? 0) - (b.f.row ?? 0) || a.i - b.i)
    .map(({ f }) => ({ code: f.code, severity: f.severity, file: f.file, sheet: f.sheet, row: f.row, key: f.key, message: f.message }));

  return {
    formId: spec.id,
    title: spec.title,
    columns,
    keys: union.map((c) => c.key),
    sections: spec.sections === true,
    rows,
    findings: sorted,
    stats: {
      files: files.length,
      readFiles,
      unreadableFiles: unreadable,
      rowsRead,
      rows: rows.length,
      rowsWithErrors,
      rowsExcluded,
      duplicates,
      schoolsExpected: expected.length ? new Set(expected.map((s) => schoolCodeKey(s.code)).filter((k) => k !== "")).size : 0,
      missing,
      notInList,
    },
    invalidRows,
    source,
  };
}

/** How the key of a row is named in messages: `Код ОО`, or the combination of the unique rule's columns. */
function keyDescription(spec: FormSpec): { name: string; unit: string } {
  for (const c of spec.columns) {
    const rule = c.rules?.find((r) => r.kind === "unique");
    if (!rule || rule.kind !== "unique") continue;
    if (!rule.with?.length) return { name: c.header, unit: c.key === "code" ? "школу" : "значение" };
    const names = [c.key, ...rule.with].map((k) => spec.columns.find((x) => x.key === k)?.header ?? k);
    return { name: `Сочетание ${names.map((n) => `«${n}»`).join(", ")}`, unit: "сочетание" };
  }
  return { name: "Строка", unit: "строку" };
}

/** The form's columns present in any file, in the spec's order (repeated columns by their header). */
function unionColumns(spec: FormSpec, files: readonly SourceFile[]): { header: string; key: string }[] {
  const pos = new Map(spec.columns.map((c, i) => [c.key, i]));
  const seen = new Map<string, { key: string; first: number }>();
  let n = 0;
  for (const f of files) for (const c of f.table?.columns ?? []) if (!seen.has(c.header)) seen.set(c.header, { key: c.key, first: n++ });
  if (seen.size === 0) {
    for (const c of spec.columns) if (!c.derived && !c.repeat) seen.set(c.header, { key: c.key, first: n++ });
  }
  return [...seen.entries()]
    .sort(([ha, a], [hb, b]) => (pos.get(a.key) ?? 0) - (pos.get(b.key) ?? 0) || (a.key === b.key ? ha.localeCompare(hb) : a.first - b.first))
    .map(([header, c]) => ({ header, key: c.key }));
}
