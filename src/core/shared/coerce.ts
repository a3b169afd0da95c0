/**
 * Reading cell values the way a person typed them (functions.md, "Conventions").
 * Hosts disagree on empty cells (Excel `null`, Sheets `""`, omitted arguments `undefined`)
 * and schools type numbers as text in Russian style ("12,5", "1 234" with a non-breaking space),
 * so every function reads its inputs through these helpers and never through `Number()`.
 */
import { valueError, naError } from "./errors";

/** Spaces used as thousands separators: normal, no-break, narrow no-break, thin. */
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;
const NUMBER_TEXT = /^[+-]?(\d+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+)(?:[.,](\d+))?(?:[eE][+-]?\d+)?$/;

/** True for what counts as an empty cell: `null`, `undefined`, `""` or only spaces. */
export function isBlank(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === "string" && v.trim() === "";
}

/**
 * Parses a number typed as text: "12,5", "12.5", "1 234", "1\u00a0234,5", "−3", "15%" (→ 0,15).
 * Returns `undefined` for anything else; a typo such as "12,5,1" or "12 5" is not a number.
 */
export function parseNumberText(text: string): number | undefined {
  let s = text.trim().replace(/\u2212/g, "-");
  let scale = 1;
  if (s.endsWith("%")) {
    s = s.slice(0, -1).trimEnd();
    scale = 0.01;
  }
  if (!NUMBER_TEXT.test(s)) return undefined;
  const n = Number(s.replace(GROUP_SPACES, "").replace(",", "."));
  return Number.isFinite(n) ? n * scale : undefined;
}

/**
 * A cell of a range read as a number for statistics: numbers and numeric text count,
 * everything else (empty, other text, booleans, error values, NaN, ±Infinity) is missing.
 */
export function cellNumber(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "string") return parseNumberText(v);
  return undefined;
}

/** A cell read as trimmed text; numbers become their decimal text; other values are missing. */
export function cellText(v: unknown): string | undefined {
  if (typeof v === "string") {
    const t = v.trim();
    return t === "" ? undefined : t;
  }
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

/**
 * A scalar argument that must be a number. Empty → `#N/A` (nothing to compute from),
 * anything that is not a number → `#VALUE!` naming the argument.
 */
export function requireNumber(v: unknown, argName: string): number {
  if (isBlank(v)) throw naError(`нет значения аргумента «${argName}»`);
  const n = cellNumber(v);
  if (n === undefined) throw valueError(`аргумент «${argName}» должен быть числом, получено: ${describe(v)}`);
  return n;
}

/** An optional scalar number: empty or omitted → `fallback`; otherwise as {@link requireNumber}. */
export function optionalNumber(v: unknown, fallback: number, argName: string): number {
  return isBlank(v) ? fallback : requireNumber(v, argName);
}

/** An optional scalar number with no default: empty or omitted → `undefined`. */
export function maybeNumber(v: unknown, argName: string): number | undefined {
  return isBlank(v) ? undefined : requireNumber(v, argName);
}

/** An optional text argument: empty or omitted → `undefined`; numbers are accepted as their text. */
export function optionalText(v: unknown, argName: string): string | undefined {
  if (isBlank(v)) return undefined;
  const t = cellText(v);
  if (t === undefined) throw valueError(`аргумент «${argName}» должен быть текстом, получено: ${describe(v)}`);
  return t;
}

/** How a value is named in a message: short, and safe for any input. */
export function describe(v: unknown): string {
  if (v === null || v === undefined) return "пусто";
  if (typeof v === "boolean") return v ? "ИСТИНА" : "ЛОЖЬ";
  if (typeof v === "number") return Number.isFinite(v) ? String(v).replace(".", ",") : "не число";
  if (typeof v === "string") return v.length > 40 ? `«${v.slice(0, 40)}…»` : `«${v}»`;
  if (Array.isArray(v)) return "диапазон";
  return "значение ошибки";
}
