/**
 * SWI_GROUP (`ОБР.ИСБ_ГРУППА`), functions.md §1: the group of each school by percentile cut-offs of the values
 * (by default quartiles of the SWI: group 1 is the least favourable social context).
 */
import { cellNumber, describe, isBlank } from "../shared/coerce";
import { naError, numError, valueError } from "../shared/errors";
import type { CellResult, CellValue, ResultGrid } from "../shared/grid";
import { percentileInc, sortedNumbers } from "../shared/percentile";
import { isOmitted, readVector, spill } from "./vector";

const DEFAULT_CUTOFFS = [0.25, 0.5, 0.75];

/** Cut-off levels, sorted ascending: the group formula does not depend on their order, the labels follow groups. */
function readCutoffs(v: unknown): number[] {
  if (isOmitted(v)) return DEFAULT_CUTOFFS;
  const { cells } = readVector(v, "границы");
  const out = new Array<number>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    const n = cellNumber(c);
    if (n === undefined) {
      throw valueError(`аргумент «границы»: ${i + 1}-я граница должна быть числом от 0 до 1, получено: ${describe(c)}`);
    }
    if (n < 0 || n > 1) {
      throw numError(`аргумент «границы»: уровни процентилей должны быть от 0 до 1, ${i + 1}-я граница равна ${describe(n)}`);
    }
    out[i] = n;
  }
  return out.sort((a, b) => a - b);
}

/** Labels as given: texts, numbers or booleans; an empty label cell shows as an empty string. */
function readLabels(v: unknown, groups: number): CellValue[] | undefined {
  if (isOmitted(v)) return undefined;
  const { cells } = readVector(v, "подписи");
  if (cells.length !== groups) {
    throw valueError(
      `аргумент «подписи»: нужно ${groups} подписи(ей) — на одну больше, чем границ (${groups - 1}), получено ${cells.length}`,
    );
  }
  return cells.map((c, i) => {
    if (isBlank(c)) return "";
    if (typeof c === "string" || typeof c === "boolean" || (typeof c === "number" && Number.isFinite(c))) return c;
    throw valueError(`аргумент «подписи»: ${i + 1}-я подпись должна быть текстом, получено: ${describe(c)}`);
  });
}

/**
 * Group of each value: `1 + #{c in cutoffs : value > P(values, c)}`, P as PERCENTILE.INC over the present values,
 * so a value equal to a cut-off stays in the lower group. Cut-offs may be given in any order (they are sorted);
 * equal cut-offs leave a group empty. O(n log n + n·m) for m cut-offs.
 * @param values a column (or row) of values, usually the SWI; text, empty cells and error values are missing
 * @param cutoffs percentile levels within 0–1, default {0,25; 0,5; 0,75}
 * @param labels len(cutoffs)+1 labels, returned instead of the group numbers
 * @throws {EduError} `#VALUE!` when values is a block, a cut-off is not a number, or the number of labels is wrong
 * @throws {EduError} `#NUM!` when a cut-off is outside 0–1
 * @returns N×1 group numbers or labels aligned with the input (1×N for a row); `#N/A` in a row with a missing value
 * @example swiGroup([[1.004], [-0.6024], [0.2534], [-1.39], [0.7349]]) // => [[4], [1], [2], [1], [3]]
 */
export function swiGroup(values: unknown, cutoffs?: unknown, labels?: unknown): ResultGrid {
  const { cells, asRow } = readVector(values, "значения");
  const levels = readCutoffs(cutoffs);
  const names = readLabels(labels, levels.length + 1);
  const n = cells.length;
  const xs = new Float64Array(n);
  const present: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = cellNumber(cells[i]);
    xs[i] = x === undefined ? NaN : x;
    if (x !== undefined) present.push(x);
  }
  const out = new Array<CellResult>(n);
  const missing = naError("нет значения — группа не определена");
  if (present.length === 0) return spill(out.fill(missing), asRow);
  const sorted = sortedNumbers(present);
  const bounds = levels.map((c) => percentileInc(sorted, c));
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    if (x !== x) {
      out[i] = missing;
      continue;
    }
    let group = 1;
    for (const b of bounds) if (x > b) group++;
    out[i] = names ? names[group - 1] : group;
  }
  return spill(out, asRow);
}
