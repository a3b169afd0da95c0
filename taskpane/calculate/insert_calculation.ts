/**
 * Writes a calculation plan next to its table through the Excel API: first the target area is read and must be
 * empty (nothing is ever written over data), then the headers, the top-cell formulas (each spills down), the
 * values of a result column, number formats, widths, the block of quartile lines and the scatter chart go in one
 * request. Syncs: 2.
 *
 * Requirement sets: ExcelApi 1.1 (values, formulas, formats, charts.add, chart title and axes), 1.2 (locked
 * flag of the styles); the chart's series — the index as X, the quartile lines as extra series — need 1.7
 * (ChartSeriesCollection.add, ChartSeries.setValues/setXAxisValues/chartType/markerStyle): without it the
 * formulas are written and the chart is left out (and reported).
 *
 * The writing itself (writeCalculation) only queues commands: «Рассчитать» sends them after its check of the area,
 * «Создать таблицы» with the new sheet's own request, before the sheet is protected.
 */
import { columnLetter, rangeA1 } from "../../src/plan/a1";
import { PLAN_STYLES } from "../../src/plan/styles";
import { applyStyle, charsToPoints } from "../office/plan_style";
import { COMMAND_BYTES, payloadBytes } from "../office/payload_budget";
import { PaneError } from "../office/pane_error";
import type { CalculationPlan } from "./calculation_plan";

/** The set the chart's series need. */
export const CHART_API = "1.7";

export interface InsertResult {
  /** first and last column written, e.g. `V:AH` */
  columns: string;
  /** whether the chart was made */
  chart: boolean;
  syncs: number;
}

/**
 * Inserts the calculation.
 * @param context the request context of `Excel.run`
 * @param plan the plan
 * @param options `chart`: make the chart (false when the host lacks ExcelApi 1.7)
 * @throws {PaneError} when the sheet is protected, or a cell of the target area is not empty (the first one is
 *   named); the Office.js error
 *   of a failed request
 * @returns the columns written and whether the chart was made
 */
export async function insertCalculation(context: Excel.RequestContext, plan: CalculationPlan, options: { chart: boolean }): Promise<InsertResult> {
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  const { r0, c0, r1, c1 } = plan.area;
  const area = ws.getRange(rangeA1(r0, c0, r1, c1));
  area.load("values,formulas");
  const protection = ws.protection.load("protected");
  await context.sync();
  if (protection.protected) {
    throw new PaneError(
      `Лист «${plan.sheet}» защищён: на него нельзя вставить столбцы расчёта.`,
      "Снимите защиту листа («Рецензирование» → «Снять защиту листа») или сведите данные на новый лист (вкладка «Свести») и повторите.",
      "sheet",
    );
  }
  for (let i = 0; i < area.values.length; i++) {
    for (let j = 0; j < area.values[i].length; j++) {
      const v = area.values[i][j];
      const f = area.formulas[i][j];
      if ((v !== "" && v !== null) || (f !== "" && f !== null)) {
        const cell = `${columnLetter(c0 + j)}${r0 + i}`;
        throw new PaneError(
          `Справа от таблицы занято место для расчёта: в ячейке ${cell} уже есть данные.`,
          `Расчёт займёт столбцы ${columnLetter(c0)}:${columnLetter(c1)} (строки ${r0}–${r1}). Освободите их — перенесите или удалите данные — и нажмите ещё раз.`,
          "sheet",
        );
      }
    }
  }

  const charted = writeCalculation(ws, plan, options);
  await context.sync();
  return { columns: `${columnLetter(c0)}:${columnLetter(c1)}`, chart: charted, syncs: 2 };
}

/**
 * Queues the calculation on a sheet, without a sync and without looking at what is there: the caller has made
 * sure the area is empty (a new sheet, or insertCalculation's check). Commands: about 25 per column, one chart.
 * @param ws the sheet
 * @param plan the plan
 * @param options `chart`: make the chart when the plan has one (false when the host lacks ExcelApi 1.7)
 * @returns whether the chart was queued
 */
export function writeCalculation(ws: Excel.Worksheet, plan: CalculationPlan, options: { chart: boolean }): boolean {
  const at = (address: string): Excel.Range => ws.getRange(address);
  const n = plan.lastRow - plan.firstRow + 1;
  const header = PLAN_STYLES["header-derived"];
  const derived = PLAN_STYLES.derived;
  for (const c of plan.columns) {
    const letter = columnLetter(c.col);
    at(`${letter}${plan.headerRow}`).values = [[c.header]];
    applyStyle(at(`${letter}${plan.headerRow}`), c.input ? PLAN_STYLES.header : header, {}, { rows: 1, cols: 1 });
    const data = at(`${letter}${plan.firstRow}:${letter}${plan.lastRow}`);
    applyStyle(data, c.input ? PLAN_STYLES.input : derived, {}, { rows: n, cols: 1 });
    data.numberFormat = Array.from({ length: n }, () => [c.numFmt]);
    at(`${letter}:${letter}`).format.columnWidth = charsToPoints(c.width);
    if (c.values) data.values = c.values.map((v) => [v === null ? "" : v]);
    if (c.formula) at(`${letter}${plan.firstRow}`).formulas = [[c.formula]];
  }
  if (plan.lines) {
    const { col, headers, rows, numFmt } = plan.lines;
    const head = at(rangeA1(plan.headerRow, col, plan.headerRow, col + 2));
    head.values = [headers];
    applyStyle(head, header, {}, { rows: 1, cols: 3 });
    const body = at(rangeA1(plan.firstRow, col, plan.firstRow + rows.length - 1, col + 2));
    body.formulas = rows.map((r) => [...r]);
    applyStyle(body, derived, {}, { rows: rows.length, cols: 3 });
    body.numberFormat = rows.map(() => ["General", ...numFmt]);
    at(`${columnLetter(col)}:${columnLetter(col)}`).format.columnWidth = charsToPoints(28);
    at(`${columnLetter(col + 1)}:${columnLetter(col + 2)}`).format.columnWidth = charsToPoints(12);
  }

  let charted = false;
  if (plan.chart && options.chart) {
    const c = plan.chart;
    const chart = ws.charts.add("XYScatter" as Excel.ChartType, at(c.y), "Columns" as Excel.ChartSeriesBy);
    chart.title.text = c.title;
    chart.axes.categoryAxis.title.text = c.xTitle;
    chart.axes.valueAxis.title.text = c.yTitle;
    chart.legend.position = "Bottom" as Excel.ChartLegendPosition;
    chart.setPosition(c.from, c.to);
    const schools = chart.series.getItemAt(0);
    schools.name = "Школы";
    schools.setXAxisValues(at(c.x));
    schools.setValues(at(c.y));
    schools.markerStyle = "Circle" as Excel.ChartMarkerStyle;
    for (const line of c.lines) {
      const s = chart.series.add(line.name);
      s.chartType = "XYScatterLinesNoMarkers" as Excel.ChartType;
      s.setXAxisValues(at(line.x));
      s.setValues(at(line.y));
    }
    charted = true;
  }
  return charted;
}

/**
 * Rough size of the calculation's commands in a request: the plan's texts, the number formats of every data cell,
 * the styles. O(columns).
 * @param plan the plan
 * @returns bytes
 * @example calculationBytes(plan) > 0 // => true
 */
export function calculationBytes(plan: CalculationPlan): number {
  const rows = plan.lastRow - plan.firstRow + 1;
  return payloadBytes(plan) + plan.columns.length * (rows * 12 + 40 * COMMAND_BYTES);
}
