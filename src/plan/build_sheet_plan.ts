/**
 * From a form to a host-neutral sheet plan: title, instruction, the one header row, pre-formatted data rows,
 * prefilled rows (presets, section rows), formula columns, the native check column, data validations with
 * Russian input messages, conditional highlighting, frozen header, protection and the hidden marker.
 * Every native check comes from the same rule as the validator's check (src/validate/checks).
 */
import type { Condition, Form, FormColumn, FormSpec, FormulaTemplate } from "../forms/types";
import type { EffectiveRuleKind } from "../forms/effective_rules";
import type { FormVariant } from "../forms/variants";
import { materializeForm, type MaterializeOptions } from "../forms/materialize";
import { effectiveRules } from "../forms/effective_rules";
import { enumSpellings, normalizeText } from "../forms/normalize";
import { CHECKS, type DvPart, type NativeEnv, type NativeItem } from "../validate/checks";
import { nativeEmptyRow, nativeSectionRow } from "../validate/section_row";
import { columnLetter, rangeA1, toA1 } from "./a1";
import { columnValidation } from "./column_validation";
import { expandFormula, type FormulaLayout } from "./expand_formula";
import { ARRAY, CELL, PLAIN, equalsOneOf, isOneOf, or, q, type Dialect } from "./native_expr";
import { isValidSheetName, safeSheetName } from "./sheet_name";
import { PLAN_STYLES } from "./styles";
import {
  CHECK_HEADER,
  CHECK_OK,
  MARKER_PREFIX,
  type PlanCell,
  type PlanCheckItem,
  type PlanColumn,
  type PlanConditionalFormat,
  type PlanFormulaRun,
  type PlanValidation,
  type SheetPlan,
} from "./types";

export interface SheetPlanOptions extends MaterializeOptions {
  /** sheet name (default the spec's); made valid if needed */
  sheetName?: string;
  /** title row text (default the spec's title) */
  title?: string;
  /** instruction row text (default the spec's) */
  instruction?: string;
  /** the region's municipalities: a drop-down and a native check of `Муниципальное образование` */
  municipalities?: readonly string[];
  /** numbers for `{opt:…}` of derived formulas (speed standards, pension age…) */
  formulaOptions?: Readonly<Record<string, number>>;
  /** add the native check column (default true when the form has native checks) */
  checkColumn?: boolean;
  /** protect title and header (default true) */
  protect?: boolean;
  /**
   * `school` (default): native formulas only, for files filled without the add-in; `coordinator`: derived
   * columns and summary cells that have an `EDU.*` variant use it, and the form's coordinator-only columns are
   * added (sheets made where the add-in is installed)
   */
  variant?: FormVariant;
}

const TITLE_ROW = 1;
const INSTRUCTION_ROW = 2;
const HEADER_ROW = 3;
const FIRST_DATA_ROW = 4;
const CHECK_WIDTH = 46;
/** Excel's limit on the length of a formula. */
export const MAX_FORMULA_LENGTH = 8192;

/** Rule kinds whose native check of a repeated column is one item for all its columns. */
const GROUPED_KINDS: ReadonlySet<EffectiveRuleKind> = new Set(["required", "empty", "type", "enum", "pattern", "range", "lte"]);

/** The columns of a repeated key (a column per year or actor), checked as one. */
interface Group {
  /** what the check column calls the group: the header without its year («План», «Объём средств, руб.») */
  name: string;
  /** the exact headers of its columns */
  headers: string[];
  cols: FormColumn[];
}

/** Repeated keys with more than one column, each with its columns in order (materialised side by side). */
function repeatedGroups(form: Form): Map<string, FormColumn[]> {
  const out = new Map<string, FormColumn[]>();
  for (const c of form.columns) {
    if (!c.spec.repeat || c.spec.derived) continue;
    const list = out.get(c.key) ?? [];
    list.push(c);
    out.set(c.key, list);
  }
  for (const [k, cols] of out) {
    const contiguous = cols.every((c, i) => i === 0 || c.index === cols[i - 1].index + 1);
    if (cols.length < 2 || !contiguous) out.delete(k);
  }
  return out;
}

/** The header of a repeated column without its year or actor: `План {year}` → «План». */
function groupName(col: FormColumn, cols: readonly FormColumn[]): string {
  const name = col.spec.header.replace(/\s*\{(year|actor)\}/g, "").replace(/\s+,/g, ",").trim();
  return name !== "" ? name : `${cols[0].header} … ${cols[cols.length - 1].header}`;
}

/**
 * Marker text of a form's template.
 * @returns the marker
 * @example markerText("risk-profile", 2) // => "edu-roadmap:risk-profile:v2"
 */
export function markerText(formId: string, version: number): string {
  return `${MARKER_PREFIX}:${formId}:v${version}`;
}

/** A column wide enough for the longest word of its header, so that no word is broken across lines. */
function columnWidth(header: string, width: number): number {
  const longest = header.split(/\s+/).reduce((m, w) => Math.max(m, w.length), 0);
  return Math.max(width, Math.ceil(longest * 1.1) + 2);
}

/** Lines a text takes when wrapped at spaces, as spreadsheets wrap it, `perLine` characters a line. */
function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const part of text.split("\n")) {
    let count = 1;
    let line = 0;
    for (const word of part.split(/\s+/)) {
      if (word === "") continue;
      if (line === 0) line = word.length;
      else if (line + 1 + word.length <= perLine) line += 1 + word.length;
      else {
        count++;
        line = word.length;
      }
      // a word longer than a line is broken across lines
      for (; line > perLine; line -= perLine) count++;
    }
    lines += count;
  }
  return lines;
}

/**
 * Rough height in points of wrapped text in a cell of the given width (characters). Words are wrapped whole
 * (counting characters alone under-estimated headers such as «Компьютеров для обучающихся (есть)», which
 * then overflowed their row), and a little narrower than the width, for bold text and proportional fonts.
 */
function textHeight(text: string, width: number, lineHeight: number): number {
  const perLine = Math.max(8, Math.floor(width * 0.9));
  return Math.ceil(wrappedLines(text, perLine) * lineHeight + 6);
}

/**
 * The sheet plan of a form. O(columns × rules + data rows).
 * @param form a form spec (materialised with `options`) or an already materialised form
 * @param options years, actors, preset, number of data rows, sheet name, municipalities, formula options
 * @throws {Error} when the form cannot be materialised (see materializeForm) or a formula is longer than Excel allows
 * @returns the plan
 * @example buildSheetPlan(formSpec("context")).columns[0].header // => "Код ОО"
 */
export function buildSheetPlan(form: FormSpec | Form, options: SheetPlanOptions = {}): SheetPlan {
  const f: Form = "spec" in form ? form : materializeForm(form, options);
  const spec = f.spec;
  const firstData = FIRST_DATA_ROW;
  const lastData = firstData + f.dataRows - 1;
  const nForm = f.columns.length;
  const sheetCol = (c: FormColumn): number => c.index + 1;
  const markerCol = nForm + 1;
  const inputs = f.columns.filter((c) => !c.spec.derived);
  const lastInput = inputs.length ? sheetCol(inputs[inputs.length - 1]) : 1;

  const layout: FormulaLayout = {
    form: f,
    sheetCol,
    cell: (c, row) => `$${columnLetter(sheetCol(c))}${row}`,
    range: (c) => `$${columnLetter(sheetCol(c))}$${firstData}:$${columnLetter(sheetCol(c))}$${lastData}`,
    options: {
      ...Object.fromEntries(Object.entries(spec.formulaOptions ?? {}).map(([k, v]) => [k, v.value])),
      ...(options.formulaOptions ?? {}),
    },
  };

  // Hidden lists (municipalities; drop-downs too long to inline) sit right of the check column.
  const lists: SheetPlan["lists"] = [];
  let nextListCol = nForm + 3;
  const addList = (name: string, values: readonly string[]): string => {
    const col = nextListCol++;
    const letter = columnLetter(col);
    const range = `$${letter}$${firstData}:$${letter}$${firstData + Math.max(values.length, 1) - 1}`;
    lists.push({ name, col, range, values: [...values] });
    return range;
  };
  const municipalities = options.municipalities?.map((m) => m.trim()).filter((m) => m !== "");
  const municipalityRange = municipalities && municipalities.length ? addList("municipalities", municipalities) : undefined;

  const related = (key: string, from: FormColumn): FormColumn | undefined => {
    const all = f.columns.filter((c) => c.key === key);
    if (all.length <= 1) return all[0];
    return from.year !== undefined ? all.find((c) => c.year === from.year) : all[0];
  };
  // Repeated columns (a column per year) are checked as one group over their contiguous cells of the row, so the
  // check column grows with the rules, not with the years (ten years of plans and facts stay far below Excel's limit).
  const groups = repeatedGroups(f);
  const letter = (c: FormColumn): string => columnLetter(sheetCol(c));
  const condition = (cond: Condition | undefined, d: Dialect): string => {
    if (!cond) return "TRUE";
    const col = f.columns.find((c) => c.key === cond.column);
    if (!col) throw new Error(`buildSheetPlan: условие ссылается на неизвестный столбец «${cond.column}»`);
    const spellings = col.spec.enum ? enumSpellings(col.spec.enum, cond.in) : cond.in.map(normalizeText);
    return d === PLAIN ? equalsOneOf(layout.cell(col, "{row}"), spellings) : isOneOf(layout.cell(col, "{row}"), spellings);
  };
  const envOf = (d: Dialect, ref: (c: FormColumn) => string): NativeEnv => ({
    form: f,
    d,
    ref,
    above: (c) => `$${letter(c)}$${firstData}:$${letter(c)}{row}`,
    range: layout.range,
    related,
    cond: (cond) => condition(cond, d),
    dvCond: (cond) => condition(cond, PLAIN),
    list: (name) => (name === "municipalities" ? municipalityRange : undefined),
  });
  const env = envOf(CELL, (c) => layout.cell(c, "{row}"));
  // The group's cells of the row, element-wise inside SUMPRODUCT.
  const groupEnv = envOf(ARRAY, (c) => {
    const g = groups.get(c.key);
    return g ? `$${letter(g[0])}{row}:$${letter(g[g.length - 1])}{row}` : layout.cell(c, "{row}");
  });
  // A conditional format over the group's cells: relative columns, no array constants.
  const cfEnv = envOf(PLAIN, (c) => (groups.has(c.key) ? `${letter(c)}{row}` : layout.cell(c, "{row}")));

  // Native checks of every input column, in rule order.
  const items: (NativeItem & { col: FormColumn; group?: Group })[] = [];
  const groupHighlights = new Map<string, { group: Group; bad: string[] }>();
  const warnings: { col: FormColumn; formula: string }[] = [];
  const dvParts = new Map<number, DvPart[]>();
  for (const col of inputs) {
    const parts: DvPart[] = [];
    const cols = groups.get(col.key);
    const group = cols ? { name: groupName(col, cols), headers: cols.map((c) => c.header), cols } : undefined;
    for (const rule of effectiveRules(col.spec)) {
      const check = CHECKS[rule.kind];
      const native = check.native?.(env, col, rule);
      if (!native) continue;
      if (!group || !GROUPED_KINDS.has(rule.kind)) for (const it of native.items ?? []) items.push({ ...it, col });
      else if (group.cols[0] === col) {
        for (const it of check.native?.(groupEnv, col, rule)?.items ?? []) items.push({ ...it, bad: `SUMPRODUCT(--(${it.bad}))>0`, col, group });
        const h = groupHighlights.get(col.key) ?? { group, bad: [] };
        for (const it of check.native?.(cfEnv, col, rule)?.items ?? []) h.bad.push(it.bad);
        groupHighlights.set(col.key, h);
      }
      if (native.warning) warnings.push({ col, formula: native.warning });
      if (native.dv) parts.push(native.dv);
    }
    dvParts.set(col.index, parts);
  }

  const wantCheck = options.checkColumn ?? true;
  const checkCol = wantCheck && items.length ? nForm + 2 : undefined;

  // Columns.
  const columns: PlanColumn[] = f.columns.map((c) => ({
    index: sheetCol(c),
    letter: columnLetter(sheetCol(c)),
    role: c.spec.derived ? "derived" : "input",
    key: c.key,
    header: c.header,
    width: columnWidth(c.header, c.spec.width),
    numFmt: c.spec.numFmt,
    hidden: false,
    style: c.spec.derived ? "derived" : "input",
    // Text and periods wrap whatever the width: a narrow column such as «Сроки» otherwise cuts «сентябрь - декабрь 2025».
    wrap: c.spec.type === "text" || c.spec.type === "period",
    help: c.spec.help,
  }));
  columns.push({ index: markerCol, letter: columnLetter(markerCol), role: "marker", header: "", width: 4, hidden: true, style: "marker", wrap: false });
  if (checkCol) {
    columns.push({
      index: checkCol,
      letter: columnLetter(checkCol),
      role: "check",
      header: CHECK_HEADER,
      width: CHECK_WIDTH,
      hidden: false,
      style: "check",
      wrap: false,
      help: "Считается сам: ошибки строки или «✓», если строка заполнена верно.",
    });
  }
  for (const l of lists) {
    columns.push({ index: l.col, letter: columnLetter(l.col), role: "list", header: "", width: 20, hidden: true, style: "list", wrap: false });
  }

  // Explicit cells: title, instruction, headers, marker.
  const cells: PlanCell[] = [];
  const put = (row: number, col: number, value: PlanCell["value"], style: PlanCell["style"], formula?: string): void => {
    cells.push({ row, col, address: toA1(row, col), ...(formula !== undefined ? { formula } : { value }), style });
  };
  const title = options.title ?? spec.title;
  const instruction = options.instruction ?? spec.instruction;
  put(TITLE_ROW, 1, title, "title");
  put(INSTRUCTION_ROW, 1, instruction, "instruction");
  put(TITLE_ROW, markerCol, markerText(spec.id, spec.version), "marker");
  for (const c of f.columns) put(HEADER_ROW, sheetCol(c), c.header, c.spec.derived ? "header-derived" : "header");
  if (checkCol) put(HEADER_ROW, checkCol, CHECK_HEADER, "header-check");
  for (const l of lists) l.values.forEach((v, i) => put(firstData + i, l.col, v, "list"));

  const merges = [`${toA1(TITLE_ROW, 1)}:${toA1(TITLE_ROW, nForm)}`, `${toA1(INSTRUCTION_ROW, 1)}:${toA1(INSTRUCTION_ROW, nForm)}`].filter(
    () => nForm > 1,
  );

  // Prefilled rows, tall enough for their wrapped text (hosts do not fit row heights on opening a file).
  const sectionRows: number[] = [];
  const prefilledHeights: { row: number; height: number }[] = [];
  const byHeader = new Map(f.columns.map((c) => [c.header, c]));
  const inputWidth = inputs.reduce((sum, c) => sum + columnWidth(c.header, c.spec.width), 0);
  f.rows.forEach((r, i) => {
    const row = firstData + i;
    let height = 0;
    if (r.kind === "section") {
      sectionRows.push(row);
      put(row, 1, r.text, "section");
      if (lastInput > 1) merges.push(`${toA1(row, 1)}:${toA1(row, lastInput)}`);
      height = textHeight(r.text, inputWidth, 15);
    } else {
      for (const [header, value] of Object.entries(r.values)) {
        const c = byHeader.get(header);
        if (!c || value === null || value === "") continue;
        put(row, sheetCol(c), value, "input");
        height = Math.max(height, textHeight(String(value), columnWidth(c.header, c.spec.width), 15));
      }
    }
    if (height > 21) prefilledHeights.push({ row, height: Math.min(height, 409) });
  });

  // Row spans of data rows without the section rows.
  const spans: [number, number][] = [];
  let start = firstData;
  for (const s of [...sectionRows, lastData + 1]) {
    if (s > start) spans.push([start, s - 1]);
    start = s + 1;
  }

  // Formula columns and the check column.
  const formulas: PlanFormulaRun[] = [];
  for (const c of f.columns) {
    if (!c.spec.derived) continue;
    formulas.push({ col: sheetCol(c), rows: spans, template: guard(expandFormula(formulaOf(c.spec.derived), layout, "{row}", c)), style: "derived" });
  }
  const inputRange = `$${columnLetter(sheetCol(inputs[0]))}{row}:$${columnLetter(lastInput)}{row}`;
  const checkItems: PlanCheckItem[] = items.map((it) => ({
    field: it.group?.name ?? it.col.header,
    code: it.code,
    text: it.text,
    ...(it.group ? { fields: it.group.headers } : {}),
  }));
  if (checkCol) {
    const body = items.map((it) => `IF(${it.bad},${q(`; ${it.group?.name ?? it.col.header}: ${it.text}`)},"")`).join("&");
    let formula = `SUBSTITUTE(${q(CHECK_OK)}&${body},${q(`${CHECK_OK}; `)},"")`;
    if (spec.sections && inputs.length >= 2) {
      const section = nativeSectionRow(inputRange, layout.cell(inputs[0], "{row}"), layout.cell(inputs[1], "{row}"));
      formula = `IF(${section},"",${formula})`;
    }
    formulas.push({ col: checkCol, rows: spans, template: guard(`IF(${nativeEmptyRow(inputRange)},"",${formula})`), style: "check" });
  }

  // Summary rows under the data rows, tall enough for a long label.
  const summaryRows: number[] = [];
  const summaryHeights: { row: number; height: number }[] = [];
  (spec.summary ?? []).forEach((s, i) => {
    const row = lastData + 1 + i;
    summaryRows.push(row);
    const label = f.columns.find((c) => c.key === s.labelColumn);
    if (label) {
      put(row, sheetCol(label), s.label, "summary-label");
      const height = textHeight(s.label, columnWidth(label.header, label.spec.width), 15);
      if (height > 21) summaryHeights.push({ row, height: Math.min(height, 409) });
    }
    for (const [key, tpl] of Object.entries(s.cells)) {
      for (const c of f.columns.filter((x) => x.key === key)) {
        put(row, sheetCol(c), null, "summary", guard(expandFormula(formulaOf(tpl), layout, String(row), c)));
      }
    }
  });

  // Data validations.
  const validations: PlanValidation[] = inputs.map((c) =>
    columnValidation(
      c,
      dvParts.get(c.index) ?? [],
      rangeA1(firstData, sheetCol(c), lastData, sheetCol(c)),
      firstData,
      (values) => addListAndCells(values),
    ),
  );
  function addListAndCells(values: readonly string[]): string {
    const range = addList(`list${lists.length + 1}`, values);
    const l = lists[lists.length - 1];
    columns.push({ index: l.col, letter: columnLetter(l.col), role: "list", header: "", width: 20, hidden: true, style: "list", wrap: false });
    values.forEach((v, i) => put(firstData + i, l.col, v, "list"));
    return range;
  }

  // Conditional formats: cells named by the check column, warnings, the check column itself.
  const conditionalFormats: PlanConditionalFormat[] = [];
  const at = (formula: string): string => formula.replace(/\{row\}/g, String(firstData));
  if (checkCol) {
    const chk = `$${columnLetter(checkCol)}${firstData}`;
    const firstInput = sheetCol(inputs[0]);
    conditionalFormats.push({
      range: rangeA1(firstData, firstInput, lastData, lastInput),
      formula: `ISNUMBER(SEARCH("; "&${columnLetter(firstInput)}$${HEADER_ROW}&":","; "&${chk}))`,
      look: "error",
    });
    // The check column names a group («План: нужно число»): of its cells, the wrong ones.
    for (const { group, bad } of groupHighlights.values()) {
      const cols = group.cols;
      conditionalFormats.push({
        range: rangeA1(firstData, sheetCol(cols[0]), lastData, sheetCol(cols[cols.length - 1])),
        formula: at(`AND(ISNUMBER(SEARCH(${q(`; ${group.name}:`)},"; "&${chk})),${or(bad)})`),
        look: "error",
      });
    }
  }
  for (const w of warnings) {
    conditionalFormats.push({ range: rangeA1(firstData, sheetCol(w.col), lastData, sheetCol(w.col)), formula: at(w.formula), look: "warning" });
  }
  if (checkCol) {
    const chk = `$${columnLetter(checkCol)}${firstData}`;
    const range = rangeA1(firstData, checkCol, lastData, checkCol);
    conditionalFormats.push({ range, formula: `${chk}=${q(CHECK_OK)}`, look: "ok" });
    conditionalFormats.push({ range, formula: `AND(${chk}<>"",${chk}<>${q(CHECK_OK)})`, look: "check-error" });
  }

  const widthOf = (c: FormColumn): number => columnWidth(c.header, c.spec.width);
  const totalWidth = f.columns.reduce((s, c) => s + widthOf(c), 0);
  const headerHeight = Math.max(...f.columns.map((c) => textHeight(c.header, widthOf(c), 13)), 20);
  const rowHeights = [
    { row: TITLE_ROW, height: 24 },
    { row: INSTRUCTION_ROW, height: textHeight(instruction, totalWidth, 13) },
    { row: HEADER_ROW, height: headerHeight },
    ...prefilledHeights,
    ...summaryHeights,
  ];

  const wantedName = options.sheetName ?? spec.sheetName;
  const sheetName = isValidSheetName(wantedName) ? wantedName : safeSheetName(wantedName, spec.sheetName);

  return {
    formId: spec.id,
    version: spec.version,
    sheetName,
    title,
    instruction,
    marker: markerText(spec.id, spec.version),
    markerCell: toA1(TITLE_ROW, markerCol),
    titleRow: TITLE_ROW,
    instructionRow: INSTRUCTION_ROW,
    headerRow: HEADER_ROW,
    firstDataRow: firstData,
    lastDataRow: lastData,
    columns: columns.sort((a, b) => a.index - b.index),
    cells,
    formulas,
    merges,
    rowHeights,
    frozen: { rows: HEADER_ROW, columns: Math.min(spec.frozenColumns ?? 0, nForm) },
    validations,
    conditionalFormats,
    styles: { ...PLAN_STYLES },
    ...(options.protect === false
      ? {}
      : {
          protection: {
            password: null,
            allowFormatColumns: true,
            allowInsertRows: true,
            allowDeleteRows: true,
            allowSort: true,
            allowAutoFilter: true,
          },
        }),
    ...(spec.kind === "data" ? { autoFilter: `${toA1(HEADER_ROW, 1)}:${toA1(HEADER_ROW, nForm)}` } : {}),
    sectionRows,
    summaryRows,
    ...(checkCol ? { checkColumn: checkCol } : {}),
    checkItems,
    lists,
    print: {
      orientation: totalWidth > 110 ? "landscape" : "portrait",
      fitToWidth: 1,
      area: `${toA1(TITLE_ROW, 1)}:${toA1(lastData + (spec.summary?.length ?? 0), nForm)}`,
    },
  };

  /** The formula of a derived cell in the requested variant (a school template never gets `EDU.*`). */
  function formulaOf(tpl: FormulaTemplate): string {
    return options.variant === "coordinator" && tpl.coordinator ? tpl.coordinator : tpl.formula;
  }

  function guard(formula: string): string {
    if (formula.length > MAX_FORMULA_LENGTH) {
      throw new Error(`buildSheetPlan: формула формы «${spec.id}» длиннее ${MAX_FORMULA_LENGTH} символов (${formula.length})`);
    }
    return formula;
  }
}
