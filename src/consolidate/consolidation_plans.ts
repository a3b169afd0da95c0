/**
 * The consolidated workbook as sheet plans: «Свод» (the form's columns, the source of every row, the row's status
 * and findings, the form's hidden marker so the table is read back as the form), «Замечания» (what to act on) and
 * «Сводка» (the counts). Any writer applies them: exceljs in the command line, Office.js in the task pane.
 */
import type { FormSpec } from "../forms/types";
import { markerText } from "../plan/build_sheet_plan";
import { columnLetter } from "../plan/a1";
import type { SheetPlan } from "../plan/types";
import { SEVERITY_RU } from "../validate/codes";
import { CONSOLIDATION_KINDS_RU } from "./consolidate";
import { sourceWords } from "./source_words";
import { tablePlan, type TableColumn } from "../plan/table_plan";
import type { Consolidation, TableValue } from "./types";

/** Headers of the columns a consolidated table adds to the form's columns. */
export const SOURCE_HEADERS = {
  section: "Раздел",
  file: "Источник (файл)",
  sheet: "Лист",
  row: "Строка",
  status: "Статус строки",
  note: "Замечания по строке",
} as const;

/** Sheet names of the consolidated workbook. */
export const CONSOLIDATION_SHEETS = { table: "Свод", findings: "Замечания", summary: "Сводка" } as const;

const STATUS_RU = { ok: "", warning: SEVERITY_RU.warning, error: SEVERITY_RU.error } as const;

const plural = sourceWords().plural;

/**
 * How rows with errors were treated, in words for the sheets.
 * @example invalidRowsText({ ...c, invalidRows: "exclude" }) // => "Строки с ошибками исключены из свода; они перечислены на листе «Замечания»."
 */
export function invalidRowsText(c: Consolidation): string {
  return c.invalidRows === "exclude"
    ? "Строки с ошибками исключены из свода; они перечислены на листе «Замечания»."
    : "Строки с ошибками включены в свод и отмечены: красная строка, «ошибка» в столбце «Статус строки», описание в столбце «Замечания по строке».";
}

/**
 * Table columns for a form's headers: the spec's width (at least the header's longest word) and number format.
 * O(columns).
 * @param spec the form spec
 * @param headers the headers, in order
 * @param keys the spec's column key of each header
 * @returns the columns
 * @example formTableColumns(formSpec("context"), ["Код ОО"], ["code"])[0].width // => 12
 */
export function formTableColumns(spec: FormSpec, headers: readonly string[], keys: readonly string[]): TableColumn[] {
  const byKey = new Map(spec.columns.map((col) => [col.key, col]));
  return headers.map((header, i) => {
    const col = byKey.get(keys[i]);
    const longest = header.split(/\s+/).reduce((m, w) => Math.max(m, w.length), 0);
    return {
      header,
      width: Math.max(col?.width ?? 14, Math.ceil(longest * 1.1) + 2),
      ...(col?.numFmt && col.numFmt !== "@" ? { numFmt: col.numFmt } : {}),
      wrap: col?.type === "text" && (col?.width ?? 0) >= 30,
    };
  });
}

/** Widths of the columns a consolidated table adds, by header. */
export const SOURCE_WIDTHS: Readonly<Record<string, number>> = {
  [SOURCE_HEADERS.section]: 30,
  [SOURCE_HEADERS.file]: 32,
  [SOURCE_HEADERS.sheet]: 18,
  [SOURCE_HEADERS.row]: 8,
  [SOURCE_HEADERS.status]: 15,
  [SOURCE_HEADERS.note]: 80,
};

/**
 * A computed column of «Свод», right of the form's columns: a value per consolidated row and, optionally, a formula
 * in which `{col:<key>}` is the letter of the form's column with that key and `{row}` the row (the value is its
 * cached result). A formula naming a column the table lacks is left out.
 */
export interface ConsolidationColumn {
  header: string;
  width: number;
  numFmt?: string;
  /** one value per row of {@link Consolidation.rows} */
  values: readonly TableValue[];
  formula?: string;
}

/**
 * The sheet plans of a consolidation. O(rows × columns + findings).
 * @param c the consolidation
 * @param spec the form spec (widths and number formats of its columns)
 * @param options `computed`: columns derived from the rows (the share below the threshold of `results`)
 * @returns plans of «Свод», «Замечания», «Сводка», in that order
 * @example consolidationPlans(consolidate(formSpec("context"), files), formSpec("context")).map((p) => p.sheetName) // => ["Свод", "Замечания", "Сводка"]
 */
export function consolidationPlans(c: Consolidation, spec: FormSpec, options: { computed?: readonly ConsolidationColumn[] } = {}): SheetPlan[] {
  const formColumns = formTableColumns(spec, c.columns, c.keys);
  const letterOf = (key: string): string | undefined => {
    const i = c.keys.indexOf(key);
    return i >= 0 ? columnLetter(i + 1) : undefined;
  };
  const computed = (options.computed ?? []).map((x) => {
    let formula = x.formula;
    formula = formula?.replace(/\{col:(\w+)\}/g, (whole, key: string) => letterOf(key) ?? "\u0000");
    return { ...x, formula: formula?.includes("\u0000") ? undefined : formula };
  });
  const computedColumns: TableColumn[] = computed.map((x) => ({
    header: x.header,
    width: x.width,
    ...(x.numFmt ? { numFmt: x.numFmt } : {}),
    computed: true,
    ...(x.formula ? { formula: x.formula } : {}),
  }));
  const extra: TableColumn[] = [
    ...(c.sections ? [{ header: SOURCE_HEADERS.section, width: 30, wrap: true }] : []),
    { header: SOURCE_HEADERS.file, width: 32 },
    { header: SOURCE_HEADERS.sheet, width: 18 },
    { header: SOURCE_HEADERS.row, width: 8, numFmt: "0" },
    { header: SOURCE_HEADERS.status, width: 15 },
    { header: SOURCE_HEADERS.note, width: 80 },
  ];
  const columns = [...formColumns, ...computedColumns, ...extra];
  const statusColumn = columns.findIndex((x) => x.header === SOURCE_HEADERS.status);
  const rows: TableValue[][] = c.rows.map((r, ri) => [
    ...r.values,
    ...computed.map((x) => x.values[ri] ?? null),
    ...(c.sections ? [r.section ?? null] : []),
    r.file,
    r.sheet,
    r.row,
    STATUS_RU[r.status] || null,
    r.note || null,
  ]);
  const s = c.stats;
  const w = sourceWords(c.source);
  const sheets = c.source === "лист";
  const table = tablePlan({
    sheetName: CONSOLIDATION_SHEETS.table,
    title: `Свод: ${c.title}`,
    note:
      `Собрано ${w.count(s.files)}, ${sheets ? "распознано" : "прочитано"} ${s.readFiles}; в своде ${plural(s.rows, "строка", "строки", "строк")}. ` +
      `${invalidRowsText(c)} Замечания — на листе «${CONSOLIDATION_SHEETS.findings}».`,
    columns,
    rows,
    marker: markerText(spec.id, spec.version),
    frozenColumns: Math.min(spec.frozenColumns ?? 1, formColumns.length),
    highlight: { column: statusColumn, error: SEVERITY_RU.error, warning: SEVERITY_RU.warning },
  });

  const errors = c.findings.filter((f) => f.severity === "error").length;
  const findings = tablePlan({
    sheetName: CONSOLIDATION_SHEETS.findings,
    title: `Замечания к своду: ${c.title}`,
    note: `${plural(errors, "ошибка", "ошибки", "ошибок")}, ${plural(c.findings.length - errors, "предупреждение", "предупреждения", "предупреждений")}. ${invalidRowsText(c)}`,
    // The sources are sheets of one spreadsheet: the sheet is the source, no file column.
    columns: [
      { header: "№", width: 6, numFmt: "0" },
      { header: "Важность", width: 15 },
      { header: "Вид замечания", width: 18 },
      ...(sheets ? [] : [{ header: "Файл", width: 32 }]),
      { header: "Лист", width: 18 },
      { header: "Строка", width: 8, numFmt: "0" },
      { header: "Школа / ключ строки", width: 24 },
      { header: "Описание", width: 100, wrap: true },
    ],
    rows: c.findings.map((f, i) => [
      i + 1,
      SEVERITY_RU[f.severity],
      sheets && f.code === "unreadable" ? "лист не распознан" : CONSOLIDATION_KINDS_RU[f.code],
      ...(sheets ? [] : [f.file || null]),
      (sheets ? f.sheet || f.file : f.sheet) || null,
      f.row,
      f.key || null,
      f.message,
    ]),
    highlight: { column: 1, error: SEVERITY_RU.error, warning: SEVERITY_RU.warning },
  });

  const summaryRows: [string, TableValue][] = [
    ["Форма", `${c.title} (${c.formId})`],
    [sheets ? "Листов" : "Файлов", s.files],
    [sheets ? "Распознано листов" : "Прочитано файлов", s.readFiles],
    [sheets ? "Не распознано (нет таблицы формы)" : "Не прочитано (не книга Excel или нет листа формы)", s.unreadableFiles],
    ["Строк прочитано", s.rowsRead],
    ["Строк в своде", s.rows],
    ["Строк с ошибками", s.rowsWithErrors],
    ["Строки с ошибками", c.invalidRows === "exclude" ? `исключены (${s.rowsExcluded})` : "включены и отмечены"],
    [sheets ? "Повторов на разных листах" : "Повторов в разных файлах", s.duplicates],
    ...(s.schoolsExpected
      ? ([
          ["Школ в перечне", s.schoolsExpected],
          ["Нет данных школы из перечня", s.missing],
          ["Коды ОО не из перечня", s.notInList],
        ] as [string, TableValue][])
      : []),
    ["Замечаний: ошибок", errors],
    ["Замечаний: предупреждений", c.findings.length - errors],
  ];
  const summary = tablePlan({
    sheetName: CONSOLIDATION_SHEETS.summary,
    title: `Сводка: ${c.title}`,
    columns: [
      { header: "Показатель", width: 50 },
      { header: "Значение", width: 60, wrap: true },
    ],
    rows: summaryRows,
    noFilter: true,
  });
  return [table, findings, summary];
}
