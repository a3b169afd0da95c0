/**
 * The full list of rules of a column: the rules its spec declares plus those its type implies
 * (a number must read as a number, a percent lies within 0–100, an academic year has its pattern),
 * in a fixed order so that findings and the items of a native check column come out in the same order.
 */
import type { ColumnSpec, Rule } from "./types";

/** A rule the validator and the template apply; `type` and `enum` come from the column's type. */
export type EffectiveRule = Rule | { kind: "type" } | { kind: "enum" };
export type EffectiveRuleKind = EffectiveRule["kind"];

/** Order of rule kinds in findings and in the check column. */
export const RULE_ORDER: readonly EffectiveRuleKind[] = [
  "required",
  "empty",
  "type",
  "enum",
  "pattern",
  "range",
  "lte",
  "unique",
  "reference",
  "period",
  "numbering",
  "share-outlier",
  "change-outlier",
  "overdue",
];

const RANK = new Map(RULE_ORDER.map((k, i) => [k, i]));

/** Column types read as numbers. */
export const NUMERIC_TYPES: ReadonlySet<string> = new Set(["integer", "number", "percent", "money", "year"]);
/** Column types whose numbers must be whole. */
export const WHOLE_TYPES: ReadonlySet<string> = new Set(["integer", "year"]);

const CACHE = new WeakMap<ColumnSpec, readonly EffectiveRule[]>();

/**
 * Declared and implied rules of a column, ordered by {@link RULE_ORDER} (stable within a kind). Cached per spec.
 * @param column the column spec
 * @returns the rules
 * @example effectiveRules({ key: "p", header: "P", type: "percent", help: "", width: 8 }).map((r) => r.kind) // => ["type", "range"]
 */
export function effectiveRules(column: ColumnSpec): readonly EffectiveRule[] {
  const cached = CACHE.get(column);
  if (cached) return cached;
  const rules: EffectiveRule[] = [...(column.rules ?? [])];
  if (!column.derived) {
    if (NUMERIC_TYPES.has(column.type)) rules.push({ kind: "type" });
    if (column.type === "percent") rules.push({ kind: "range", min: 0, max: 100 });
    if (column.type === "money") rules.push({ kind: "range", min: 0 });
    if (column.type === "year") rules.push({ kind: "range", min: 2000, max: 2100 });
    if (column.type === "enum" && column.enum) rules.push({ kind: "enum" });
    if (column.type === "academic-year") rules.push({ kind: "pattern", format: "academic-year" });
    if (column.type === "year-range") rules.push({ kind: "pattern", format: "year-range" });
  }
  const ordered = rules
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (RANK.get(a.r.kind) ?? 99) - (RANK.get(b.r.kind) ?? 99) || a.i - b.i)
    .map((x) => x.r);
  CACHE.set(column, ordered);
  return ordered;
}
