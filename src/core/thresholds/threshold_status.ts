/**
 * THRESHOLD_STATUS (ОБР.СТАТУС_ПОРОГА): where a score stands against the minimum threshold (functions.md §2).
 */
import { describe, isBlank, optionalNumber, requireNumber } from "../shared/coerce";
import { numError } from "../shared/errors";
import { elementwise, type CellResult, type ResultGrid } from "../shared/grid";

const NAMES = ["значение", "порог", "запас"] as const;

/**
 * `ниже порога` if value < threshold; `зона риска` if threshold ≤ value < threshold + risk_margin;
 * otherwise `порог преодолён`; `нет данных` for an empty value. Element-wise over ranges. O(number of cells).
 *
 * @param value a score or a range of scores
 * @param threshold the minimum (a single value or a range of the same size)
 * @param risk_margin width of the risk zone above the threshold, ≥ 0; default 0 (no risk zone)
 * @throws {EduError} `#N/A` for an empty threshold; `#VALUE!` for non-numeric text or ranges of different sizes;
 *   `#NUM!` for a negative risk margin
 * @returns one of the labels, or a grid of labels for ranges
 * @example thresholdStatus(38, 36, 5) // => "зона риска"
 */
export function thresholdStatus(value: unknown, threshold: unknown, risk_margin?: unknown): CellResult | ResultGrid {
  return elementwise([value, threshold, risk_margin], NAMES, (v, t, m) => {
    const limit = requireNumber(t, NAMES[1]);
    const margin = optionalNumber(m, 0, NAMES[2]);
    if (margin < 0) throw numError(`аргумент «запас» не может быть отрицательным, получено: ${describe(margin)}`);
    if (isBlank(v)) return "нет данных";
    const x = requireNumber(v, NAMES[0]);
    if (x < limit) return "ниже порога";
    return x < limit + margin ? "зона риска" : "порог преодолён";
  });
}
