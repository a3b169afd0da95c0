/**
 * EFFECTIVENESS (ОБР.ЭФФЕКТИВНОСТЬ): the verbal scale of a programme's effectiveness (functions.md §3,
 * methodology.md §4: high ≥ 0,90; medium ≥ 0,80; satisfactory ≥ 0,70; otherwise unsatisfactory).
 */
import { cellNumber, describe, isBlank, requireNumber } from "../shared/coerce";
import { numError, valueError } from "../shared/errors";
import { elementwise, toVector, type CellResult, type ResultGrid } from "../shared/grid";

const LABELS = ["высокая", "средняя", "удовлетворительная"] as const;
const DEFAULT_THRESHOLDS: readonly number[] = [0.9, 0.8, 0.7];

/** Relative size of floating-point noise ignored at a boundary: a mean that prints as 0,9 is "высокая". */
const NOISE = 1e-9;

function readThresholds(v: unknown): readonly number[] {
  if (v === null || v === undefined) return DEFAULT_THRESHOLDS;
  const cells = toVector(v, "границы");
  if (cells.length === 1 && isBlank(cells[0])) return DEFAULT_THRESHOLDS;
  if (cells.length !== 3) {
    throw valueError(`аргумент «границы» должен содержать три числа (например, {0,9; 0,8; 0,7}), получено ячеек: ${cells.length}`);
  }
  const t = cells.map(cellNumber);
  if (t.some((x) => x === undefined)) {
    throw valueError(`аргумент «границы» должен содержать три числа, получено: ${cells.map(describe).join("; ")}`);
  }
  const [high, medium, low] = t as number[];
  if (!(high > medium && medium > low)) {
    throw numError(`границы должны убывать (высокая > средняя > удовлетворительная), получено: ${[high, medium, low].map(describe).join("; ")}`);
  }
  return [high, medium, low];
}

/**
 * `высокая` if value ≥ the first threshold (0,90), `средняя` if ≥ the second (0,80), `удовлетворительная`
 * if ≥ the third (0,70), else `неудовлетворительная`. A value short of a threshold by less than a billionth
 * of it is rounding noise and reaches it. Element-wise over `value`. O(cells).
 *
 * @param value a degree of implementation or effectiveness (or a range)
 * @param thresholds three strictly descending numbers (a row or a column) replacing 0,90 / 0,80 / 0,70
 * @throws {EduError} `#N/A` for an empty value; `#VALUE!` for a non-numeric value, thresholds that are not
 *   three numbers; `#NUM!` for thresholds that do not descend
 * @returns the label, or a grid of labels for a range
 * @example effectiveness(0.858) // => "средняя"
 */
export function effectiveness(value: unknown, thresholds?: unknown): CellResult | ResultGrid {
  const levels = readThresholds(thresholds);
  return elementwise([value], ["значение"], (v) => {
    const x = requireNumber(v, "значение");
    const i = levels.findIndex((t) => x >= t - NOISE * Math.max(1, Math.abs(t)));
    return i === -1 ? "неудовлетворительная" : LABELS[i];
  });
}
