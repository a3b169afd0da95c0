/// <reference types="google-apps-script" />
/**
 * «ИСБ» of the sidebar: next to a context table (a consolidated «Свод — Контекстные данные» or a filled template)
 * three spilled formulas of the add-on — the social wellbeing index `EDU_SWI` over the shares of the student
 * categories, its quartile group `EDU_SWI_GROUP`, and the school type `EDU_QUADRANT` against a column of results.
 * Written in the first free columns right of the table, only when those cells are empty: nothing is overwritten.
 * The coordinator's new context sheet («Создать», for the coordinator) gets the same columns from its plan, over
 * its pre-formatted rows: there each formula is wrapped in `ARRAYFORMULA(IF(<Код ОО>="","",…))`, so a row without
 * a school stays empty instead of showing `#N/A`. One writer for both (writeIndexFormulas).
 *
 * Indicators as forms.md sets them for `context` (src/region/indicators): the share of each category column in
 * «Численность обучающихся»; direction «+» for «Хотя бы один родитель с высшим образованием», «−» for the others;
 * equal weights. The shares are computed inside the formula, so the table itself stays as it is.
 */
import { CONTEXT } from "../../src/forms/specs";
import { materializeForm } from "../../src/forms/materialize";
import { columnLetter, columnNumber } from "../../src/plan/a1";
import { CHECK_HEADER } from "../../src/plan/types";
import type { SheetPlan } from "../../src/plan/types";
import { SOURCE_HEADERS } from "../../src/consolidate/consolidation_plans";
import { DEFAULT_INDICATORS } from "../../src/region/indicators";
import { INDEX_HEADERS as REGION_HEADERS } from "../../src/region/index_plans";
import { contextPlanLayout } from "../../src/region/context_plan_layout";
import { cellNumber, isBlank } from "../../src/core/shared/coerce";
import { inferRepeats, inputColumns, locateHeaders, normalizeHeader } from "../../src/validate/match_headers";
import type { SheetTable } from "../../src/validate/types";
import { readSheet } from "../read_sheet";
import { spreadsheetApp } from "./apps_script";
import { recogniseSheet } from "../../src/validate/recognise_form";
import { UserError } from "./user_error";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Headers of the columns the add-on writes. */
export const INDEX_HEADERS = { swi: "ИСБ", group: "Группа по ИСБ", result: REGION_HEADERS.resultInput, type: "Тип школы" } as const;

/** The add-on's functions the index formulas call, in Sheets' names. */
export const INDEX_FUNCTIONS: readonly string[] = ["EDU_SWI", "EDU_SWI_GROUP", "EDU_QUADRANT"];

const NOTES = {
  swi:
    "=EDU_SWI: индекс социального благополучия по долям категорий в численности обучающихся " +
    "(«+» — хотя бы один родитель с высшим образованием, «−» — остальные категории; веса равны). Больше — благополучнее.",
  group: "=EDU_SWI_GROUP: группа по квартилям ИСБ, 1 — наименее благополучные 25 % школ.",
  result: "Введите результат школы (например, средний балл ОГЭ по русскому языку): по нему считается «Тип школы».",
  type: "=EDU_QUADRANT: «НОР и НСУ», «резильентная», «НСУ», «НОР» или пусто; «нет данных», если нет ИСБ или результата.",
};

export interface IndexLayout {
  sheet: string;
  /** 1-based header row */
  headerRow: number;
  firstRow: number;
  lastRow: number;
  students: string;
  indicators: { header: string; letter: string; direction: "+" | "-" }[];
  /** other headed columns with numbers: candidates for the results of `EDU_QUADRANT` */
  resultColumns: { header: string; letter: string }[];
  /** first free column right of the table */
  target: string;
  /** the column that tells a school's row: `Код ОО` (else the total) */
  key: string;
  /** the rows are a new sheet's pre-formatted rows, mostly empty: a row without a school shows nothing */
  blankRows: boolean;
}

/** Where the index formulas go on a sheet, or a Russian reason why they cannot. O(cells of the sheet). */
function layoutOf(table: SheetTable, lastColumn: number): IndexLayout {
  const found = recogniseSheet(table);
  if (!found || found.spec.id !== CONTEXT.id) {
    throw new UserError(
      `Лист «${table.name}» — не таблица контекстных данных. Откройте свод «Контекстные данные» (вкладка «Свести») или заполненный лист этой формы.`,
    );
  }
  const form = materializeForm(CONTEXT, { ...inferRepeats(CONTEXT, table), dataRows: 1 });
  const binding = locateHeaders(form, table);
  if (!binding) throw new UserError(`На листе «${table.name}» не найдена строка заголовков формы «${CONTEXT.title}».`);
  const at = (key: string): number => {
    const col = form.columns.find((c) => c.key === key);
    return col ? binding.columns[col.index] : -1;
  };
  const students = at("students");
  if (students < 0) throw new UserError(`На листе «${table.name}» нет столбца «Численность обучающихся»: от него считаются доли категорий.`);
  const byHeader = (header: string): number => {
    const col = form.columns.find((c) => c.header === header);
    return col ? binding.columns[col.index] : -1;
  };
  const indicators = DEFAULT_INDICATORS.filter((i) => byHeader(i.header) >= 0).map((i) => ({
    header: i.header,
    letter: columnLetter(byHeader(i.header) + 1),
    direction: i.direction,
  }));
  if (indicators.length === 0) throw new UserError(`На листе «${table.name}» нет ни одного столбца категорий обучающихся (например, «Из малообеспеченных семей»).`);

  const headerIndex = binding.headerRow;
  const present = inputColumns(form).map((c) => binding.columns[c.index]).filter((i) => i >= 0);
  let last = headerIndex;
  for (let r = headerIndex + 1; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    if (present.some((i) => !isBlank(row[i]))) last = r;
  }
  if (last === headerIndex) throw new UserError(`На листе «${table.name}» под заголовками нет ни одной школы.`);

  const header = table.rows[headerIndex] ?? [];
  const existing = header.findIndex((v) => normalizeHeader(v) === normalizeHeader(INDEX_HEADERS.swi));
  if (existing >= 0) {
    throw new UserError(
      `Формулы ИСБ уже есть на листе «${table.name}» (столбец ${columnLetter(existing + 1)}). Чтобы вставить их заново, удалите эти столбцы.`,
    );
  }
  const claimed = new Set(binding.columns.filter((i) => i >= 0));
  const skip = new Set([CHECK_HEADER, ...Object.values(SOURCE_HEADERS)].map((h) => normalizeHeader(h)));
  const resultColumns: IndexLayout["resultColumns"] = [];
  header.forEach((v, i) => {
    if (claimed.has(i) || isBlank(v) || skip.has(normalizeHeader(v))) return;
    let numbers = 0;
    for (let r = headerIndex + 1; r <= last; r++) if (cellNumber(table.rows[r]?.[i]) !== undefined) numbers++;
    if (numbers > 0) resultColumns.push({ header: String(v).trim(), letter: columnLetter(i + 1) });
  });
  const width = table.rows.reduce((m, r) => Math.max(m, r.length), lastColumn);
  const code = at("code");
  return {
    sheet: table.name,
    headerRow: headerIndex + 1,
    firstRow: headerIndex + 2,
    lastRow: last + 1,
    students: columnLetter(students + 1),
    indicators,
    resultColumns,
    target: columnLetter(width + 1),
    key: columnLetter((code >= 0 ? code : students) + 1),
    blankRows: false,
  };
}

/**
 * Where the index formulas go on a new context sheet, from its plan: every pre-formatted row, the first column right
 * of the plan's columns. O(columns).
 * @param plan the sheet's plan (the coordinator's variant of `context`)
 * @param sheet the name the sheet got
 * @throws {Error} when the plan is not of `context` (see contextPlanLayout)
 * @returns the layout, with `blankRows`
 * @example planIndexLayout(plan, "Контекстные данные").target // => "R"
 */
export function planIndexLayout(plan: SheetPlan, sheet: string): IndexLayout {
  const l = contextPlanLayout(plan);
  return {
    sheet,
    headerRow: l.headerRow,
    firstRow: l.firstRow,
    lastRow: l.lastRow,
    students: columnLetter(l.totalCol),
    indicators: l.indicators.map((i) => ({ header: i.header, letter: columnLetter(i.col), direction: i.direction })),
    resultColumns: [],
    target: columnLetter(l.startCol),
    key: columnLetter(l.codeCol),
    blankRows: true,
  };
}

/**
 * The three formulas, in Sheets' syntax (English names, commas; `{a,b}` an array of columns). O(indicators).
 * @param layout where the table is (with `blankRows`: wrapped so that a row without a school stays empty)
 * @param swiColumn letter of the ИСБ column
 * @param resultColumn letter of the results column
 * @returns the formulas of ИСБ, group and type
 * @example indexFormulas(layout, "X", "Z").group // => "=EDU_SWI_GROUP(X4:X8)"
 */
export function indexFormulas(layout: IndexLayout, swiColumn: string, resultColumn: string): { swi: string; group: string; type: string } {
  const rows = (letter: string, abs = false): string =>
    abs ? `$${letter}$${layout.firstRow}:$${letter}$${layout.lastRow}` : `${letter}${layout.firstRow}:${letter}${layout.lastRow}`;
  const shares = layout.indicators.map((i) => `IFERROR(IF(${rows(i.letter)}="","",${rows(i.letter)}/${rows(layout.students, true)}),"")`);
  const directions = layout.indicators.map((i) => `"${i.direction}"`).join(",");
  // Rows of a new sheet without a school show nothing: the condition is taken row by row over the spilled result.
  const formula = (body: string): string => (layout.blankRows ? `=ARRAYFORMULA(IF(${rows(layout.key)}="","",${body}))` : `=${body}`);
  return {
    swi: formula(`EDU_SWI(ARRAYFORMULA({${shares.join(",")}}),{${directions}})`),
    group: formula(`EDU_SWI_GROUP(${rows(swiColumn)})`),
    type: formula(`EDU_QUADRANT(${rows(swiColumn)},${rows(resultColumn)})`),
  };
}

export interface IndexOptions extends IndexLayout {
  /** the table's number of schools */
  schools: number;
}

/**
 * Server function: where the formulas would go on the active sheet and which columns can serve as results.
 * Calls: 7.
 * @throws {UserError} when the active sheet is not a context table, or it already has the formulas
 * @returns the layout
 */
export function indexFormulaOptions(): IndexOptions {
  const sheet = spreadsheetApp().getActiveSpreadsheet().getActiveSheet();
  const layout = layoutOf(readSheet(sheet), sheet.getLastColumn());
  return { ...layout, schools: layout.lastRow - layout.firstRow + 1 };
}

export interface IndexResult {
  sheet: string;
  /** the header cells written, e.g. `R3:U3` */
  range: string;
  columns: { header: string; letter: string; formula: string }[];
  summary: string;
}

/**
 * Server function: writes the headers and the three spilled formulas right of the context table on the active
 * sheet; with no results column chosen, an empty «Результат (введите)» column is added for the user to fill.
 * Calls: about 15, whatever the number of schools.
 * @param request `resultColumn`: the letter of a column of results on the sheet (from indexFormulaOptions), or empty
 * @throws {UserError} when the sheet is not a context table, the formulas are there already, or a target cell is not empty
 * @returns what was written where
 */
export function insertIndexFormulas(request: { resultColumn?: string } = {}): IndexResult {
  const sheet = spreadsheetApp().getActiveSpreadsheet().getActiveSheet();
  const layout = layoutOf(readSheet(sheet), sheet.getLastColumn());
  const chosen = request?.resultColumn ? String(request.resultColumn).toUpperCase() : "";
  if (chosen && !layout.resultColumns.some((c) => c.letter === chosen)) {
    throw new UserError(`Столбец ${chosen} не годится как результат: выберите столбец с числами из списка.`);
  }
  const written = writeIndexFormulas(sheet, layout, chosen);
  sheet.getRange(layout.headerRow, columnNumber(layout.target)).activate();
  return written;
}

/**
 * Writes the headers (with notes) and the three spilled formulas at `layout.target`, and the empty results column
 * when no column of results is given (left editable on a protected sheet). The one writer of the index formulas:
 * «ИСБ» next to an existing table, «Создать» on the coordinator's new context sheet. Calls: about 15 (3 more on a
 * protected sheet), whatever the number of schools.
 * @param sheet the sheet
 * @param layout where the table is
 * @param resultColumn the letter of a column of results, or `""` for a new empty one
 * @throws {UserError} when a target cell is not empty (nothing is written then)
 * @returns what was written where
 */
export function writeIndexFormulas(sheet: Sheet, layout: IndexLayout, resultColumn: string): IndexResult {
  const start = columnNumber(layout.target);
  const letter = (i: number): string => columnLetter(start + i);
  const ownResult = resultColumn === "";
  const swiLetter = letter(0);
  const resultLetter = ownResult ? letter(2) : resultColumn;
  const f = indexFormulas(layout, swiLetter, resultLetter);
  const columns = [
    { header: INDEX_HEADERS.swi, formula: f.swi, note: NOTES.swi },
    { header: INDEX_HEADERS.group, formula: f.group, note: NOTES.group },
    ...(ownResult ? [{ header: INDEX_HEADERS.result, formula: "", note: NOTES.result }] : []),
    { header: INDEX_HEADERS.type, formula: f.type, note: NOTES.type },
  ];
  const k = columns.length;

  const maxCols = sheet.getMaxColumns();
  if (start + k - 1 > maxCols) sheet.insertColumnsAfter(maxCols, start + k - 1 - maxCols);
  const rows = layout.lastRow - layout.headerRow + 1;
  const block = sheet.getRange(layout.headerRow, start, rows, k);
  if (!block.isBlank()) {
    throw new UserError(
      `Ячейки ${block.getA1Notation()} на листе «${layout.sheet}» не пусты: формулы не вставлены, чтобы не затереть данные. Освободите эти столбцы.`,
    );
  }
  const head = sheet.getRange(layout.headerRow, start, 1, k);
  head.setValues([columns.map((c) => c.header)]);
  head.setNotes([columns.map((c) => c.note)]);
  head.setFontWeights([columns.map(() => "bold")]);
  head.setBackgrounds([columns.map((c) => (c.formula ? "#E7E6E6" : "#DDEBF7"))]);
  head.setWrapStrategies([columns.map(() => spreadsheetApp().WrapStrategy.WRAP)]);
  sheet.getRange(layout.firstRow, start, 1, k).setFormulas([columns.map((c) => c.formula)]);
  sheet.getRange(layout.firstRow, start, layout.lastRow - layout.firstRow + 1, 1).setNumberFormat("0.000");
  sheet.setColumnWidths(start, k, 110);
  if (ownResult) keepEditable(sheet, sheet.getRange(layout.firstRow, columnNumber(resultLetter), layout.lastRow - layout.firstRow + 1, 1));

  const range = `${letter(0)}${layout.headerRow}:${letter(k - 1)}${layout.headerRow}`;
  const schools = layout.lastRow - layout.firstRow + 1;
  const what = layout.blankRows ? `для строк ${layout.firstRow}–${layout.lastRow} (вставьте в них школы)` : `для ${schools} школ`;
  return {
    sheet: layout.sheet,
    range,
    columns: columns.map((c, i) => ({ header: c.header, letter: letter(i), formula: c.formula })),
    summary:
      `На листе «${layout.sheet}» в столбцах ${letter(0)}–${letter(k - 1)} вставлены формулы ${what}` +
      (ownResult ? `; заполните столбец «${INDEX_HEADERS.result}» (${resultLetter}), чтобы получить тип школы.` : `; результаты — из столбца ${resultLetter}.`),
  };
}

/** A range to type in stays free of the sheet's protection (a template's): added to its unprotected ranges. */
function keepEditable(sheet: Sheet, range: GoogleAppsScript.Spreadsheet.Range): void {
  const [protection] = sheet.getProtections(spreadsheetApp().ProtectionType.SHEET);
  if (!protection) return;
  protection.setUnprotectedRanges([...protection.getUnprotectedRanges(), range]);
}
