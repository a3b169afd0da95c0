/**
 * Russian wording of what a column expects ("целое число не меньше 0", "учебный год в виде 2024/2025"),
 * shared by the validator's messages, the error alerts of a template and the docs, so all three say the same.
 */
import type { Bounds, ColumnSpec, EnumSpec } from "./types";
import { effectiveRules, WHOLE_TYPES } from "./effective_rules";

/**
 * A number as Russian text: decimal comma, no grouping, float noise rounded away. O(1).
 * @returns the text
 * @example formatNumber(12.5) // => "12,5"
 */
export function formatNumber(n: number): string {
  return String(Math.round(n * 1e9) / 1e9).replace(".", ",");
}

/**
 * Bounds in words. O(1).
 * @param b the bounds
 * @param whole whether the number must be whole
 * @returns e.g. "целое число от 4 до 11", "число не меньше 0", "целое число больше 0"
 * @example describeBounds({ min: 0 }, true) // => "целое число не меньше 0"
 */
export function describeBounds(b: Bounds, whole: boolean): string {
  const noun = whole ? "целое число" : "число";
  const { min, max } = b;
  if (min !== undefined && max !== undefined && !b.minExclusive && !b.maxExclusive) {
    return `${noun} от ${formatNumber(min)} до ${formatNumber(max)}`;
  }
  const parts: string[] = [];
  if (min !== undefined) parts.push(`${b.minExclusive ? "больше" : "не меньше"} ${formatNumber(min)}`);
  if (max !== undefined) parts.push(`${b.maxExclusive ? "меньше" : "не больше"} ${formatNumber(max)}`);
  return parts.length ? `${noun} ${parts.join(" и ")}` : noun;
}

/**
 * Allowed values of an enum in words; a long list is cut after `limit` values. O(values).
 * @returns the phrase
 * @example describeEnum({ values: [{ value: "да" }, { value: "нет" }] }) // => "одно из значений: да, нет"
 */
export function describeEnum(spec: EnumSpec, limit = 8): string {
  const values = spec.values.map((v) => v.value);
  const shown = values.slice(0, limit).join(", ");
  return values.length > limit ? `одно из значений списка (${shown} и др.)` : `одно из значений: ${shown}`;
}

const TYPE_NOUN: Record<string, string> = {
  text: "текст",
  integer: "целое число",
  number: "число",
  percent: "число от 0 до 100 (процентов)",
  money: "сумма в рублях — число не меньше 0",
  year: "год — целое число от 2000 до 2100",
  "academic-year": "учебный год в виде 2024/2025 (второй год на 1 больше первого)",
  "year-range": "годы начала и окончания через дефис, например 2023-2025",
  period: "срок словами, например «апрель - май 2024», «ежегодно в сентябре», «2023-2025»",
  "item-number": "номер пункта вида 1, 2 или 2.3",
};

/**
 * What a column expects, in words: its type with the bounds that always apply (conditional bounds are
 * described by the rule that carries the condition). O(rules).
 * @param column the column spec
 * @returns Russian phrase starting with a lower-case noun
 * @example describeExpected({ key: "n", header: "N", type: "integer", rules: [{ kind: "range", min: 0 }], help: "", width: 8 }) // => "целое число не меньше 0"
 */
export function describeExpected(column: ColumnSpec): string {
  if (column.type === "enum" && column.enum) return describeEnum(column.enum);
  if (column.type === "integer" || column.type === "number") {
    const bounds: Bounds = {};
    for (const r of effectiveRules(column)) {
      if (r.kind !== "range" || r.when) continue;
      if (r.min !== undefined && (bounds.min === undefined || r.min > bounds.min)) {
        bounds.min = r.min;
        bounds.minExclusive = r.minExclusive;
      }
      if (r.max !== undefined && (bounds.max === undefined || r.max < bounds.max)) {
        bounds.max = r.max;
        bounds.maxExclusive = r.maxExclusive;
      }
    }
    return describeBounds(bounds, WHOLE_TYPES.has(column.type));
  }
  return TYPE_NOUN[column.type] ?? "значение";
}
