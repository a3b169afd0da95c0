/**
 * One native data validation per input column (a cell holds only one): a drop-down for enums and reference
 * lists, a whole/decimal number with bounds, or a short custom formula that joins the rules' entry-time checks.
 * Excel refuses validation formulas over 255 characters, so a custom formula that grows longer falls back to
 * the plain number check; the check column still shows every problem.
 */
import type { FormColumn } from "../forms/types";
import type { DvPart } from "../validate/checks";
import { describeExpected } from "../forms/describe";
import { and, inside } from "./native_expr";
import type { PlanOperator, PlanValidation } from "./types";

/** Excel's limits on validation texts. */
export const DV_FORMULA_MAX = 255;
export const DV_TITLE_MAX = 32;
export const DV_TEXT_MAX = 255;

/**
 * Cuts a text to a limit with an ellipsis. O(length).
 * @returns the text, at most `max` characters
 * @example cut("Численность обучающихся", 10) // => "Численнос…"
 */
export function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

type Bounds = NonNullable<DvPart["bounds"]>;

function typed(kind: "whole" | "decimal", b: Bounds): { operator: PlanOperator; formulae: number[] } {
  let { min, max } = b;
  if (kind === "whole") {
    if (min !== undefined && b.minExclusive) min += 1;
    if (max !== undefined && b.maxExclusive) max -= 1;
  }
  const exclusiveMin = kind === "decimal" && b.minExclusive;
  const exclusiveMax = kind === "decimal" && b.maxExclusive;
  if (min !== undefined && max !== undefined && !exclusiveMin && !exclusiveMax) return { operator: "between", formulae: [min, max] };
  if (min !== undefined) return { operator: exclusiveMin ? "greaterThan" : "greaterThanOrEqual", formulae: [min] };
  if (max !== undefined) return { operator: exclusiveMax ? "lessThan" : "lessThanOrEqual", formulae: [max] };
  return { operator: "between", formulae: [-1e15, 1e15] };
}

/**
 * The validation of one input column over its data range. O(parts).
 * @param col the form column
 * @param parts what each rule of the column contributes
 * @param range A1 range of the data cells
 * @param firstRow first data row (replaces `{row}` in the parts' formulas)
 * @param listRange where to put a list too long for an inline drop-down (a hidden list of the plan)
 * @returns the validation
 * @example columnValidation(localityCol, [{ list: { values: ["город", "село"] } }], "D4:D203", 4).formulae // => ['"город,село"']
 */
export function columnValidation(
  col: FormColumn,
  parts: readonly DvPart[],
  range: string,
  firstRow: number,
  listRange?: (values: readonly string[]) => string,
): PlanValidation {
  const prompt = { title: cut(col.header, DV_TITLE_MAX), text: cut(col.spec.help, DV_TEXT_MAX) };
  const at = (f: string): string => f.replace(/\{row\}/g, String(firstRow));
  const list = parts.find((p) => p.list)?.list;
  if (list) {
    let source: string;
    if (list.range) source = list.range;
    else {
      const values = list.values ?? [];
      const inline = `"${values.join(",")}"`;
      const needsRange = values.some((v) => v.includes(",")) || inline.length > DV_FORMULA_MAX;
      source = needsRange && listRange ? listRange(values) : inline;
    }
    return {
      range,
      type: "list",
      formulae: [source],
      allowBlank: true,
      prompt,
      error: {
        title: "Значение не из списка",
        text: cut(`Выберите значение из раскрывающегося списка: ${describeExpected(col.spec)}.`, DV_TEXT_MAX),
        style: list.range ? "warning" : "stop",
      },
    };
  }
  const kind = parts.find((p) => p.number)?.number;
  const bounds: Bounds = {};
  for (const p of parts) {
    if (!p.bounds) continue;
    if (p.bounds.min !== undefined && (bounds.min === undefined || p.bounds.min > bounds.min)) {
      bounds.min = p.bounds.min;
      bounds.minExclusive = p.bounds.minExclusive;
    }
    if (p.bounds.max !== undefined && (bounds.max === undefined || p.bounds.max < bounds.max)) {
      bounds.max = p.bounds.max;
      bounds.maxExclusive = p.bounds.maxExclusive;
    }
  }
  const customs = parts.filter((p) => p.custom).map((p) => at(p.custom as string));
  const error = (style: "stop" | "warning"): PlanValidation["error"] => ({
    title: "Проверьте значение",
    text: cut(`Ожидается ${describeExpected(col.spec)}. Подробности — в столбце «Проверка».`, DV_TEXT_MAX),
    style,
  });
  if (customs.length) {
    const x = `$${range.split(":")[0]}`;
    const typePart = kind ? `ISNUMBER(${x})` : "";
    const wholePart = kind === "whole" ? `MOD(${x},1)=0` : "";
    const boundsPart = kind && (bounds.min !== undefined || bounds.max !== undefined) ? inside(x, bounds) : "";
    const formula = and([typePart, wholePart, boundsPart, ...customs]);
    if (formula.length <= DV_FORMULA_MAX) {
      return { range, type: "custom", formulae: [formula], allowBlank: true, prompt, error: error("warning") };
    }
  }
  if (kind) {
    const t = typed(kind, bounds);
    return { range, type: kind, operator: t.operator, formulae: t.formulae, allowBlank: true, prompt, error: error("stop") };
  }
  return { range, type: "any", formulae: [], allowBlank: true, prompt };
}
