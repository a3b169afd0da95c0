/**
 * How typed text is compared with the values a form knows (enum values, conditions, headers): trimmed,
 * inner runs of spaces collapsed, lower case, ё read as е. The native formulas of a template compare the
 * same way (`SUBSTITUTE(LOWER(TRIM(x)),"ё","е")`), so a value accepted by one is accepted by the other.
 */
import type { EnumSpec } from "./types";

const SPACES = /\s+/g;
const YO = /ё/g;

/**
 * Text normalised for comparison. O(length).
 * @param text any text
 * @returns trimmed, lower-case text with single spaces and е for ё
 * @example normalizeText("  Сельская   Местность ") // => "сельская местность"
 * @example normalizeText("Учёт") // => "учет"
 */
export function normalizeText(text: string): string {
  return text.trim().replace(SPACES, " ").toLowerCase().replace(YO, "е");
}

const LOOKUPS = new WeakMap<EnumSpec, ReadonlyMap<string, string>>();

/**
 * Normalised spelling → canonical value for an enum (values and aliases), built once per enum. O(values) the
 * first time, O(1) after.
 * @param spec the enum
 * @returns the lookup map
 * @example enumLookup({ values: [{ value: "село", aliases: ["сельская"] }] }).get("сельская") // => "село"
 */
export function enumLookup(spec: EnumSpec): ReadonlyMap<string, string> {
  let map = LOOKUPS.get(spec);
  if (!map) {
    const m = new Map<string, string>();
    for (const v of spec.values) {
      m.set(normalizeText(v.value), v.value);
      for (const a of v.aliases ?? []) if (!m.has(normalizeText(a))) m.set(normalizeText(a), v.value);
    }
    map = m;
    LOOKUPS.set(spec, map);
  }
  return map;
}

/**
 * The canonical value of an enum for a typed text: the spec's values and aliases first, then the
 * spec's reference resolver. O(length).
 * @param spec the enum
 * @param text the text as typed
 * @returns the canonical value, or `undefined` when the text is not an allowed value
 * @example canonicalEnum({ values: [{ value: "ЕГЭ" }] }, " егэ ") // => "ЕГЭ"
 */
export function canonicalEnum(spec: EnumSpec, text: string): string | undefined {
  return enumLookup(spec).get(normalizeText(text)) ?? spec.resolve?.(text);
}

/**
 * Every spelling a native template accepts for the given canonical values (normalised), in order.
 * @param spec the enum
 * @param values canonical values to include (default all)
 * @returns normalised spellings without duplicates
 * @example enumSpellings({ values: [{ value: "село", aliases: ["Сельская"] }] }) // => ["село", "сельская"]
 */
export function enumSpellings(spec: EnumSpec, values?: readonly string[]): string[] {
  const wanted = values ? new Set(values.map(normalizeText)) : undefined;
  const out = new Set<string>();
  for (const v of spec.values) {
    if (wanted && !wanted.has(normalizeText(v.value))) continue;
    out.add(normalizeText(v.value));
    for (const a of v.aliases ?? []) out.add(normalizeText(a));
  }
  return [...out];
}
