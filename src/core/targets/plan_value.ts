/**
 * PLAN_VALUE (ОБР.ПЛАН_НА_ГОД): the planned value for an intermediate year of a roadmap that states only
 * the base and the final target (functions.md §3).
 */
import { describe, requireNumber } from "../shared/coerce";
import { numError } from "../shared/errors";
import { elementwise, type CellResult, type ResultGrid } from "../shared/grid";
import { finiteResult } from "./finite_result";

const NAMES = ["базовый_год", "база", "целевой_год", "цель", "год"] as const;

/**
 * The value on the straight line from (base_year, base) to (target_year, target) at `year`; the ends give
 * the base and the target exactly. When target_year = base_year the line has no length: the only year in
 * the interval is that year, and its plan is the target. Element-wise over ranges. O(cells).
 *
 * @param base_year year of the base value
 * @param base the base value
 * @param target_year year of the target value, not before the base year
 * @param target the target value
 * @param year the year the plan is wanted for, from base_year to target_year
 * @throws {EduError} `#NUM!` for a year outside [base_year, target_year], a target year before the base year,
 *   or an overflowing result; `#N/A` for an empty argument; `#VALUE!` for non-numeric text or ranges of different sizes
 * @returns the planned value, or a grid for ranges
 * @example planValue(2018, 25, 2021, 100, 2020) // => 75
 */
export function planValue(base_year: unknown, base: unknown, target_year: unknown, target: unknown, year: unknown): CellResult | ResultGrid {
  return elementwise([base_year, base, target_year, target, year], NAMES, (by, b, ty, t, y) => {
    const y0 = requireNumber(by, NAMES[0]);
    const v0 = requireNumber(b, NAMES[1]);
    const y1 = requireNumber(ty, NAMES[2]);
    const v1 = requireNumber(t, NAMES[3]);
    const at = requireNumber(y, NAMES[4]);
    if (y1 < y0) throw numError(`целевой год (${describe(y1)}) раньше базового (${describe(y0)})`);
    if (at < y0 || at > y1) {
      throw numError(`год ${describe(at)} вне интервала программы ${describe(y0)}–${describe(y1)}: план строится только между базовым и целевым годом`);
    }
    if (at === y1) return v1;
    if (at === y0) return v0;
    return finiteResult(v0 + ((v1 - v0) * (at - y0)) / (y1 - y0));
  });
}
