/**
 * What «Рассчитать» puts next to a context table, as plain data: in new columns to the right, one spilled formula
 * in the top cell of each — the indicators' shares (`EDU.SHARE`), the index (`EDU.SWI`), its quartile group
 * (`EDU.SWI_GROUP`), the type of school (`EDU.QUADRANT`) when a result is given — a block of quartile lines
 * (P25 and P75 of the index and of the result, `PERCENTILE.INC`, as QUADRANT's levels) and the scatter chart of the
 * index against the result with those lines. Formulas are in English with comma separators (what the API takes).
 * The headers are the index workbook's (src/region/index_plans), so both read alike. Pure.
 *
 * The coordinator's new `context` sheet gets the same columns over its pre-formatted rows (`blankRows`): each
 * formula is wrapped in `IF(<Код ОО>="","",…)` so that a row without a school shows nothing instead of `#Н/Д`, and
 * there is no chart — an XY chart reads the text `""` of the empty rows as a reason to number its X values 1, 2, 3…
 */
import { INDEX_HEADERS } from "../../src/region/index_plans";
import { columnLetter } from "../../src/plan/a1";
import type { ContextLayout } from "./context_layout";

/** The result the type of school and the chart use. */
export type ResultSource =
  /** no result: the index and its group only */
  | { kind: "none" }
  /** a column of the sheet */
  | { kind: "column"; col: number; header: string }
  /** values taken from a results table, written as a new column (one per data row) */
  | { kind: "values"; header: string; label: string; values: (number | null)[]; percent: boolean }
  /** a new empty column the coordinator fills in (editable on a protected sheet) */
  | { kind: "input"; header: string };

export interface PlannedColumn {
  /** 1-based sheet column */
  col: number;
  header: string;
  /** width in characters */
  width: number;
  /** number format of the data cells */
  numFmt: string;
  /** formula of the top data cell (spills down), with "=" */
  formula?: string;
  /** values of the data cells, top to bottom */
  values?: (number | null)[];
  /** the data cells are for typing in: the input look, unlocked */
  input?: boolean;
}

export interface QuartileLine {
  /** series name */
  name: string;
  /** A1 ranges of the two points' X and Y cells */
  x: string;
  y: string;
}

export interface ChartPlan {
  title: string;
  xTitle: string;
  yTitle: string;
  /** A1 ranges of the schools' X (index) and Y (result) */
  x: string;
  y: string;
  lines: QuartileLine[];
  /** top-left and bottom-right cells the chart covers */
  from: string;
  to: string;
}

export interface CalculationPlan {
  sheet: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  columns: PlannedColumn[];
  /** the block of quartile lines: header texts and rows of [label, X formula, Y formula] */
  lines?: { col: number; headers: [string, string, string]; rows: [string, string, string][]; numFmt: [string, string] };
  chart?: ChartPlan;
  /** the whole area written (must be empty): header row to the last row used, first to last column */
  area: { r0: number; c0: number; r1: number; c1: number };
}

/** Headers of the block of quartile lines. */
export const LINE_HEADERS: [string, string, string] = ["Линия квартиля (для диаграммы)", "ИСБ (X)", "Результат (Y)"];

const abs = (col: number, r0: number, r1: number): string => `$${columnLetter(col)}$${r0}:$${columnLetter(col)}$${r1}`;
const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * The plan of the calculation. O(rows) (the values of a result column), else O(indicators).
 * @param layout the context table (with `blankRows`: a new sheet's empty rows — wrapped formulas, no chart)
 * @param result the result for the type of school and the chart
 * @returns the plan
 * @example calculationPlan(layout, { kind: "none" }).columns[0].formula // => "=EDU.SWI($Y$4:$AG$63,{\"-\",…,\"+\",\"-\"})"
 */
export function calculationPlan(layout: ContextLayout, result: ResultSource): CalculationPlan {
  const { firstRow: r0, lastRow: r1 } = layout;
  let col = layout.startCol;
  const next = (): number => col++;
  const swiCol = next();
  const groupCol = next();
  const valuesCol = result.kind === "values" || result.kind === "input" ? next() : 0;
  const typeCol = result.kind === "none" ? 0 : next();
  const shareCols = layout.indicators.map(() => next());
  const resultCol = result.kind === "column" ? result.col : valuesCol;

  const directions = `{${layout.indicators.map((i) => q(i.direction)).join(",")}}`;
  const shares = `$${columnLetter(shareCols[0])}$${r0}:$${columnLetter(shareCols[shareCols.length - 1])}$${r1}`;
  const swiRange = abs(swiCol, r0, r1);
  const resultRange = resultCol ? abs(resultCol, r0, r1) : "";
  const resultFmt = result.kind === "values" && result.percent ? "0.0%" : "0.0#";
  // Rows of a new sheet without a school show nothing (the condition spills with the formula).
  const codes = abs(layout.codeCol, r0, r1);
  const formula = (body: string): string => (layout.blankRows ? `=IF(${codes}="","",${body})` : `=${body}`);

  const columns: PlannedColumn[] = [
    { col: swiCol, header: INDEX_HEADERS.swiFormula, width: 14, numFmt: "0.0000", formula: formula(`EDU.SWI(${shares},${directions})`) },
    { col: groupCol, header: INDEX_HEADERS.groupFormula, width: 14, numFmt: "0", formula: formula(`EDU.SWI_GROUP(${swiRange})`) },
  ];
  if (result.kind === "values") columns.push({ col: valuesCol, header: result.header, width: 22, numFmt: resultFmt, values: result.values });
  if (result.kind === "input") columns.push({ col: valuesCol, header: result.header, width: 14, numFmt: resultFmt, input: true });
  if (typeCol) columns.push({ col: typeCol, header: INDEX_HEADERS.typeFormula, width: 16, numFmt: "General", formula: formula(`EDU.QUADRANT(${swiRange},${resultRange})`) });
  layout.indicators.forEach((ind, k) => {
    columns.push({
      col: shareCols[k],
      header: `${INDEX_HEADERS.sharePrefix}${ind.header}`,
      width: 14,
      numFmt: "0.0%",
      formula: formula(`EDU.SHARE(${abs(ind.col, r0, r1)},${abs(layout.totalCol, r0, r1)})`),
    });
  });

  let lastCol = col - 1;
  let lastRow = r1;
  let lines: CalculationPlan["lines"];
  let chart: ChartPlan | undefined;
  if (resultCol && !layout.blankRows) {
    const lc = col + 1; // one empty column between the table and the helper block
    const p = (range: string, level: number): string => `=PERCENTILE.INC(${range},${level})`;
    const rows: [string, string, string][] = [
      ["ИСБ: 25-й процентиль", p(swiRange, 0.25), `=MIN(${resultRange})`],
      ["ИСБ: 25-й процентиль", p(swiRange, 0.25), `=MAX(${resultRange})`],
      ["ИСБ: 75-й процентиль", p(swiRange, 0.75), `=MIN(${resultRange})`],
      ["ИСБ: 75-й процентиль", p(swiRange, 0.75), `=MAX(${resultRange})`],
      ["Результат: 25-й процентиль", `=MIN(${swiRange})`, p(resultRange, 0.25)],
      ["Результат: 25-й процентиль", `=MAX(${swiRange})`, p(resultRange, 0.25)],
      ["Результат: 75-й процентиль", `=MIN(${swiRange})`, p(resultRange, 0.75)],
      ["Результат: 75-й процентиль", `=MAX(${swiRange})`, p(resultRange, 0.75)],
    ];
    lines = { col: lc, headers: LINE_HEADERS, rows, numFmt: ["0.0000", resultFmt] };
    const lineAt = (i: number): QuartileLine => ({
      name: rows[i * 2][0],
      x: `${columnLetter(lc + 1)}${r0 + i * 2}:${columnLetter(lc + 1)}${r0 + i * 2 + 1}`,
      y: `${columnLetter(lc + 2)}${r0 + i * 2}:${columnLetter(lc + 2)}${r0 + i * 2 + 1}`,
    });
    lastCol = lc + 2;
    lastRow = Math.max(r1, r0 + rows.length - 1);
    const resultHeader = result.kind === "column" || result.kind === "input" ? result.header : result.kind === "values" ? result.label : "";
    chart = {
      title: "ИСБ и результаты школ",
      xTitle: "ИСБ (индекс социального благополучия)",
      yTitle: resultHeader,
      x: `${columnLetter(swiCol)}${r0}:${columnLetter(swiCol)}${r1}`,
      y: `${columnLetter(resultCol)}${r0}:${columnLetter(resultCol)}${r1}`,
      lines: [0, 1, 2, 3].map(lineAt),
      from: `${columnLetter(lastCol + 2)}${layout.headerRow}`,
      to: `${columnLetter(lastCol + 9)}${layout.headerRow + 22}`,
    };
  }
  return {
    sheet: layout.sheet,
    headerRow: layout.headerRow,
    firstRow: r0,
    lastRow: r1,
    columns,
    ...(lines ? { lines } : {}),
    ...(chart ? { chart } : {}),
    area: { r0: layout.headerRow, c0: layout.startCol, r1: lastRow, c1: lastCol },
  };
}
