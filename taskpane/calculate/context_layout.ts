/**
 * Where a context table sits on a sheet, for «Рассчитать»: the form's sheet recognised as the validator does
 * (marker first, else headers) — a consolidated «Свод» or a region's own table — its header row and data rows, the
 * columns of `Код ОО`, of the total and of each indicator of the index (src/region/indicators), the first free
 * column to its right, and the other headed columns that hold numbers (a result the person may pick). Or, for the
 * coordinator's new `context` sheet, the same from its plan: the pre-formatted rows, still empty. Pure.
 */
import { CONTEXT } from "../../src/forms/specs/context";
import { extractTable } from "../../src/consolidate/extract_table";
import { SOURCE_HEADERS } from "../../src/consolidate/consolidation_plans";
import { DEFAULT_INDICATORS, TOTAL_HEADER } from "../../src/region/indicators";
import { contextPlanLayout } from "../../src/region/context_plan_layout";
import type { SheetPlan } from "../../src/plan/types";
import { INDEX_HEADERS } from "../../src/region/index_plans";
import { columnNumber } from "../../src/plan/a1";
import { cellNumber, cellText } from "../../src/core/shared/coerce";
import { normalizeHeader } from "../../src/validate/match_headers";
import type { SheetTable } from "../../src/validate/types";
import { PaneError } from "../office/pane_error";

export interface LayoutIndicator {
  header: string;
  direction: "+" | "-";
  /** 1-based sheet column */
  col: number;
}

export interface NumericColumn {
  header: string;
  /** 1-based sheet column */
  col: number;
  /** data rows with a number */
  numbers: number;
}

export interface ContextLayout {
  sheet: string;
  by: "marker" | "headers";
  /** 1-based rows */
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** 1-based columns */
  codeCol: number;
  totalCol: number;
  indicators: LayoutIndicator[];
  /** indicators of the index the sheet lacks (left out of the index) */
  missing: string[];
  /** the first column right of everything in the table's rows */
  startCol: number;
  /** `Код ОО` of every data row, from `firstRow` to `lastRow` (`null` where empty) */
  codes: (string | number | null)[];
  /** headed columns that are not the form's nor the consolidation's and hold numbers */
  numericColumns: NumericColumn[];
  /**
   * the data rows are a new sheet's pre-formatted rows, mostly empty until schools are pasted: the formulas show
   * nothing for a row without `Код ОО`
   */
  blankRows: boolean;
}

const SOURCE = new Set(Object.values(SOURCE_HEADERS).map((h) => normalizeHeader(h)));
const CALCULATED = normalizeHeader(INDEX_HEADERS.swiFormula);

/**
 * The layout of the context table of a sheet. O(cells).
 * @param table the sheet as read
 * @throws {PaneError} when the sheet has no context table, lacks `Код ОО` or the total, has no data row, or already
 *   has the calculation
 * @returns the layout
 * @example contextLayout(svod).startCol // => 22 (after the hidden marker column of «Свод»)
 */
export function contextLayout(table: SheetTable): ContextLayout {
  const found = extractTable({ sheets: [table] }, CONTEXT);
  if (!found) {
    throw new PaneError(
      `На листе «${table.name}» нет таблицы «${CONTEXT.title}».`,
      "Откройте лист свода контекстных данных (его делает вкладка «Свести») или лист, созданный по шаблону «Контекстные данные», и нажмите ещё раз.",
      "sheet",
    );
  }
  const letterOf = (header: string): number => {
    const c = found.columns.find((x) => x.header === header && x.letter !== "");
    return c ? columnNumber(c.letter) : 0;
  };
  const codeHeader = CONTEXT.columns.find((c) => c.key === "code")?.header ?? "Код ОО";
  const codeCol = letterOf(codeHeader);
  const totalCol = letterOf(TOTAL_HEADER);
  for (const [col, header] of [
    [codeCol, codeHeader],
    [totalCol, TOTAL_HEADER],
  ] as const) {
    if (!col) throw new PaneError(`В таблице на листе «${table.name}» нет столбца «${header}».`, `Добавьте столбец «${header}» (заголовок — как в шаблоне) и нажмите ещё раз.`, "sheet");
  }
  if (found.rows.length === 0) {
    throw new PaneError(`В таблице на листе «${table.name}» нет строк со школами.`, "Сначала сведите файлы школ (вкладка «Свести») или заполните таблицу.", "sheet");
  }
  const headerRow = found.headerRow;
  const header = table.rows[headerRow - 1] ?? [];
  const done = header.findIndex((v) => normalizeHeader(v) === CALCULATED);
  if (done >= 0) {
    throw new PaneError(
      `На листе «${table.name}» расчёт уже вставлен (столбец «${INDEX_HEADERS.swiFormula}»).`,
      "Формулы пересчитываются сами при изменении данных. Чтобы вставить расчёт заново, удалите его столбцы и диаграмму.",
      "sheet",
    );
  }
  const firstRow = headerRow + 1;
  const lastRow = Math.max(...found.rows.map((r) => r.row));
  const indicators: LayoutIndicator[] = [];
  const missing: string[] = [];
  for (const ind of DEFAULT_INDICATORS) {
    const col = letterOf(ind.header);
    if (col) indicators.push({ header: ind.header, direction: ind.direction, col });
    else missing.push(ind.header);
  }
  if (indicators.length === 0) {
    throw new PaneError(`В таблице на листе «${table.name}» нет ни одного показателя ИСБ (например, «${DEFAULT_INDICATORS[0].header}»).`, "Добавьте столбцы категорий обучающихся, как в шаблоне «Контекстные данные».", "sheet");
  }
  let width = 0;
  for (let r = 0; r < lastRow; r++) width = Math.max(width, table.rows[r]?.length ?? 0);
  const codes = Array.from({ length: lastRow - firstRow + 1 }, (_, i) => {
    const v = table.rows[firstRow - 1 + i]?.[codeCol - 1];
    return typeof v === "string" || typeof v === "number" ? v : null;
  });
  const form = new Set(found.columns.map((c) => normalizeHeader(c.header)));
  const numericColumns: NumericColumn[] = [];
  header.forEach((v, i) => {
    const h = normalizeHeader(v);
    if (h === "" || form.has(h) || SOURCE.has(h)) return;
    let numbers = 0;
    for (let r = firstRow - 1; r < lastRow; r++) if (cellNumber(table.rows[r]?.[i]) !== undefined) numbers++;
    if (numbers > 0) numericColumns.push({ header: cellText(v) ?? String(v), col: i + 1, numbers });
  });
  return { sheet: table.name, by: found.by, headerRow, firstRow, lastRow, codeCol, totalCol, indicators, missing, startCol: width + 1, codes, numericColumns, blankRows: false };
}

/**
 * The layout of a new `context` sheet from its plan: every pre-formatted row, the index right of the plan's columns.
 * O(columns).
 * @param plan the sheet's plan (the coordinator's variant)
 * @param sheet the name the sheet got
 * @throws {Error} when the plan is not of `context` (see contextPlanLayout)
 * @returns the layout, with `blankRows`
 * @example contextLayoutOfPlan(plan, "Контекстные данные").startCol // => 18
 */
export function contextLayoutOfPlan(plan: SheetPlan, sheet: string): ContextLayout {
  const l = contextPlanLayout(plan);
  return {
    sheet,
    by: "marker",
    headerRow: l.headerRow,
    firstRow: l.firstRow,
    lastRow: l.lastRow,
    codeCol: l.codeCol,
    totalCol: l.totalCol,
    indicators: l.indicators,
    missing: DEFAULT_INDICATORS.filter((i) => !l.indicators.some((x) => x.header === i.header)).map((i) => i.header),
    startCol: l.startCol,
    codes: Array.from({ length: l.lastRow - l.firstRow + 1 }, () => null),
    numericColumns: [],
    blankRows: true,
  };
}
