/**
 * QUADRANT (`ОБР.ТИП_ШКОЛЫ`), functions.md §1: the type of each school by social context and results —
 * low results in unfavourable conditions, resilient, unfavourable conditions only, low results only.
 */
import { cellNumber } from "../shared/coerce";
import { numError, valueError } from "../shared/errors";
import type { CellResult, ResultGrid } from "../shared/grid";
import { percentileInc, sortedNumbers } from "../shared/percentile";
import { optionalFraction } from "./fraction";
import { readVector, spill } from "./vector";

/** The labels of functions.md, exactly as a methodologist filters them. */
const QUADRANT_LABELS = {
  lowBoth: "НОР и НСУ",
  resilient: "резильентная",
  lowContext: "НСУ",
  lowResults: "НОР",
  other: "",
  noData: "нет данных",
} as const;

/** Present values of a column sorted ascending, and each cell read (NaN where missing). */
function readColumn(cells: unknown[]): { xs: Float64Array; sorted: Float64Array } {
  const xs = new Float64Array(cells.length);
  const present: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const x = cellNumber(cells[i]);
    xs[i] = x === undefined ? NaN : x;
    if (x !== undefined) present.push(x);
  }
  return { xs, sorted: sortedNumbers(present) };
}

/**
 * Classifies each school. With `LS = swi ≤ P(swi, low_swi)`, `LR = result ≤ P(results, low_result)`,
 * `HR = result ≥ P(results, high_result)` (P as PERCENTILE.INC, each over the present values of its own column,
 * as the native formula on that column would compute it): LS and LR → «НОР и НСУ»; LS and HR → «резильентная»;
 * LS otherwise → «НСУ»; LR without LS → «НОР»; otherwise an empty string; a missing SWI or result → «нет данных».
 * O(n log n).
 * @param swi SWI of the schools, N×1 (or 1×N); text, empty cells and error values are missing
 * @param results results of the same schools, same length
 * @param lowSwi percentile level of low SWI, 0–1, default 0,25
 * @param lowResult percentile level of low results, 0–1, default 0,25
 * @param highResult percentile level of high results, 0–1, default 0,75; not below `lowResult`
 * @throws {EduError} `#VALUE!` when swi or results is not a single row or column, their lengths differ,
 *   or a level is not a number
 * @throws {EduError} `#NUM!` when a level is outside 0–1 or `lowResult > highResult`
 * @returns N×1 labels aligned with the input (1×N when swi is a row)
 * @example quadrant([[1], [2], [3], [4], [5]], [[1], [5], [3], [2], [4]])
 * // => [["НОР и НСУ"], ["резильентная"], [""], ["НОР"], [""]]
 */
export function quadrant(
  swi: unknown,
  results: unknown,
  lowSwi?: unknown,
  lowResult?: unknown,
  highResult?: unknown,
): ResultGrid {
  const s = readVector(swi, "исб");
  const r = readVector(results, "результаты");
  if (s.cells.length !== r.cells.length) {
    throw valueError(
      `«исб» и «результаты» должны быть одной длины (по значению на школу): ${s.cells.length} и ${r.cells.length}`,
    );
  }
  const ls = optionalFraction(lowSwi, 0.25, "низкий_исб");
  const lr = optionalFraction(lowResult, 0.25, "низкий_результат");
  const hr = optionalFraction(highResult, 0.75, "высокий_результат");
  if (lr > hr) {
    throw numError("«низкий_результат» не может быть больше «высокий_результат»: школа попала бы в обе группы");
  }
  const x = readColumn(s.cells);
  const y = readColumn(r.cells);
  const n = s.cells.length;
  const out = new Array<CellResult>(n);
  if (x.sorted.length === 0 || y.sorted.length === 0) return spill(out.fill(QUADRANT_LABELS.noData), s.asRow);
  const swiLow = percentileInc(x.sorted, ls);
  const resLow = percentileInc(y.sorted, lr);
  const resHigh = percentileInc(y.sorted, hr);
  for (let i = 0; i < n; i++) {
    const xi = x.xs[i];
    const yi = y.xs[i];
    if (xi !== xi || yi !== yi) out[i] = QUADRANT_LABELS.noData;
    else if (xi <= swiLow) {
      out[i] = yi <= resLow ? QUADRANT_LABELS.lowBoth : yi >= resHigh ? QUADRANT_LABELS.resilient : QUADRANT_LABELS.lowContext;
    } else out[i] = yi <= resLow ? QUADRANT_LABELS.lowResults : QUADRANT_LABELS.other;
  }
  return spill(out, s.asRow);
}
