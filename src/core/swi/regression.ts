/**
 * The regression of results on the social wellbeing index shared by EXPECTED_RESULT and VALUE_ADDED
 * (functions.md §1, methodology.md §2 "contextualized results"): ordinary least squares
 * `result = a + b·swi` over the schools where both values are present.
 */
import { linearRegression, linearRegressionLine } from "simple-statistics";
import { cellNumber } from "../shared/coerce";
import { EduError, naError, valueError } from "../shared/errors";
import { readVector } from "./vector";
import { powerOfTwoScale } from "./scale";

/** Both columns read and the fitted line, or the reason why no line can be fitted. */
export interface ContextRegression {
  /** Results per school, `undefined` where missing. */
  results: (number | undefined)[];
  /** SWI per school, `undefined` where missing. */
  swi: (number | undefined)[];
  /** The answer spills as a row because `results` was given as a row. */
  asRow: boolean;
  /** The fitted line `swi → expected result`, or the `#N/A` every row gets when it cannot be fitted. */
  line: ((swi: number) => number) | EduError;
}

/**
 * Reads the two columns and fits the line. O(n).
 * Values are rescaled by powers of two before fitting (see scale.ts) so extreme inputs cannot overflow;
 * simple-statistics centres the data before summing, which keeps the slope accurate for large results.
 * @param results results of the schools (N×1 or 1×N); text, empty cells and error values are missing
 * @param swi SWI of the same schools, same length
 * @throws {EduError} `#VALUE!` when either argument is not a single row or column, or their lengths differ
 * @returns both columns and the line (or the `#N/A` for fewer than 3 complete pairs or equal SWI everywhere)
 * @example contextRegression([[1], [3], [5]], [[0], [1], [2]]).line // => (x) => 1 + 2·x
 */
export function contextRegression(results: unknown, swi: unknown): ContextRegression {
  const r = readVector(results, "результаты");
  const s = readVector(swi, "исб");
  if (r.cells.length !== s.cells.length) {
    throw valueError(
      `«результаты» и «исб» должны быть одной длины (по значению на школу): ${r.cells.length} и ${s.cells.length}`,
    );
  }
  const n = r.cells.length;
  const ys = new Array<number | undefined>(n);
  const xs = new Array<number | undefined>(n);
  let pairs = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let maxAbsY = 0;
  for (let i = 0; i < n; i++) {
    const y = cellNumber(r.cells[i]);
    const x = cellNumber(s.cells[i]);
    ys[i] = y;
    xs[i] = x;
    if (x === undefined || y === undefined) continue;
    pairs++;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (Math.abs(y) > maxAbsY) maxAbsY = Math.abs(y);
  }
  const base = { results: ys, swi: xs, asRow: r.asRow };
  if (pairs < 3) {
    return {
      ...base,
      line: naError(`нужно не меньше 3 школ, у которых есть и результат, и ИСБ; найдено: ${pairs}`),
    };
  }
  if (minX === maxX) {
    return { ...base, line: naError("у всех школ с результатом одинаковый ИСБ — зависимость результата от ИСБ не оценить") };
  }
  const fx = powerOfTwoScale(Math.max(Math.abs(minX), Math.abs(maxX)));
  const fy = powerOfTwoScale(maxAbsY);
  const data: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const y = ys[i];
    if (x !== undefined && y !== undefined) data.push([x * fx, y * fy]);
  }
  const scaled = linearRegressionLine(linearRegression(data));
  return { ...base, line: (x: number) => scaled(x * fx) / fy };
}
