/**
 * The optional arguments of SWI (functions.md §1): directions, weights, normalization method and minimal coverage,
 * read and checked once before any computation.
 */
import { cellNumber, describe, isBlank, optionalText } from "../shared/coerce";
import { readDirection } from "../shared/direction";
import { numError, valueError } from "../shared/errors";
import { toScalar } from "../shared/grid";
import { optionalFraction } from "./fraction";
import { isOmitted, readVector } from "./vector";

/** Normalization of an indicator across schools. */
export type SwiMethod = "z" | "minmax" | "rank";

/** Accepted spellings, compared after trimming, lower-casing and ё → е. */
const METHODS: Record<string, SwiMethod> = {
  z: "z",
  "z-оценка": "z",
  "z-score": "z",
  minmax: "minmax",
  "min-max": "minmax",
  минмакс: "minmax",
  минимакс: "minmax",
  rank: "rank",
  ранг: "rank",
};

/** Every argument of SWI after the indicators, read and checked. */
export interface SwiOptions {
  /** +1 when a higher value is better wellbeing, −1 when worse; one per indicator. */
  directions: Float64Array;
  /** Non-negative weights divided by the largest one (only their ratios matter; this keeps their sum finite). */
  weights: Float64Array;
  method: SwiMethod;
  minCoverage: number;
}

function readList(v: unknown, k: number, argName: string, what: string): unknown[] {
  const { cells } = readVector(v, argName);
  if (cells.length !== k) {
    throw valueError(
      `аргумент «${argName}»: нужно ${k} ${what} — по одному на столбец показателей, получено ${cells.length}`,
    );
  }
  return cells;
}

function readDirections(v: unknown, k: number): Float64Array {
  const out = new Float64Array(k).fill(-1);
  if (isOmitted(v)) return out;
  const cells = readList(v, k, "направления", "направлений");
  for (let i = 0; i < k; i++) {
    const d = readDirection(cells[i]);
    if (d === undefined) {
      const why = isBlank(cells[i]) ? "пусто" : `${describe(cells[i])} не распознано`;
      throw valueError(
        `аргумент «направления»: ${i + 1}-е направление ${why}; ожидается "+" (или "рост", "up", 1) — больше значит благополучнее, либо "-" (или "снижение", "down", -1) — больше значит хуже`,
      );
    }
    out[i] = d;
  }
  return out;
}

function readWeights(v: unknown, k: number): Float64Array {
  const out = new Float64Array(k).fill(1);
  if (isOmitted(v)) return out;
  const cells = readList(v, k, "веса", "весов");
  let max = 0;
  for (let i = 0; i < k; i++) {
    const w = cellNumber(cells[i]);
    if (w === undefined) {
      throw valueError(`аргумент «веса»: ${i + 1}-й вес должен быть числом, получено: ${describe(cells[i])}`);
    }
    if (w < 0) throw numError(`аргумент «веса»: веса не могут быть отрицательными, ${i + 1}-й вес равен ${describe(w)}`);
    out[i] = w;
    if (w > max) max = w;
  }
  if (max === 0) throw numError("аргумент «веса»: все веса равны 0 — хотя бы один вес должен быть положительным");
  for (let i = 0; i < k; i++) out[i] /= max;
  return out;
}

function readMethod(v: unknown): SwiMethod {
  const text = optionalText(toScalar(v, "метод"), "метод");
  if (text === undefined) return "z";
  const m = METHODS[text.toLowerCase().replace(/ё/g, "е")];
  if (m === undefined) {
    throw valueError(
      `аргумент «метод»: ${describe(text)} не распознан; допустимо "z" (или "z-оценка"), "minmax" (или "минмакс"), "rank" (или "ранг")`,
    );
  }
  return m;
}

/**
 * Reads the optional arguments of SWI for K indicators. O(K).
 * @param k number of indicators (columns)
 * @param directions 1×K or K×1 directions, default all "-"
 * @param weights 1×K or K×1 non-negative numbers, default all 1
 * @param method "z" (default), "minmax", "rank" or a Russian alias, case-insensitive
 * @param minCoverage 0–1, default 0,5
 * @throws {EduError} `#VALUE!` for a wrong length, an unreadable direction, a weight that is not a number,
 *   an unknown method, a minimal coverage that is not a number
 * @throws {EduError} `#NUM!` for a negative weight, all weights 0, a minimal coverage outside 0–1
 * @returns the options
 * @example readSwiOptions(2, [["+", "-"]], null, "ранг", null).method // => "rank"
 */
export function readSwiOptions(
  k: number,
  directions: unknown,
  weights: unknown,
  method: unknown,
  minCoverage: unknown,
): SwiOptions {
  return {
    directions: readDirections(directions, k),
    weights: readWeights(weights, k),
    method: readMethod(method),
    minCoverage: optionalFraction(minCoverage, 0.5, "мин_покрытие"),
  };
}
