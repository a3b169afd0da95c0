/**
 * STABLY_LOW (ОБР.СТАБИЛЬНО_НИЗКИЕ): the "стабильно низкие результаты" criterion (functions.md §2,
 * methodology.md §2): below the threshold in each of the last years.
 */
import { describe, optionalNumber, requireNumber } from "../shared/coerce";
import { naError, numError } from "../shared/errors";
import { asColumn, perCell, shapeOf, toGrid, toScalar, type ResultGrid } from "../shared/grid";
import { presentNumbers } from "../shared/numbers";

/** The answer for one school's values in chronological order. */
function lastYearsBelow(cells: readonly unknown[], limit: number, years: number): boolean {
  // Empty years are skipped rather than breaking the run: a school that sat no exam one year still
  // has its last `years` results judged.
  const values = presentNumbers(cells);
  if (values.length < years) {
    throw naError(`нет данных: нужно не меньше ${years} непустых значений по годам, есть ${values.length}`);
  }
  for (let i = values.length - years; i < values.length; i++) {
    if (!(values[i] < limit)) return false;
  }
  return true;
}

/**
 * `TRUE` if each of the last `years` present values is below the threshold, `FALSE` otherwise.
 * A single row or column is one school's years in chronological order and gives one boolean; a block
 * of several rows and columns is schools × years and spills one answer per row (a row without enough
 * data gets `#N/A` in its cell only). O(number of cells).
 *
 * @param values_by_year 1×Y or Y×1 values by year, or an N×Y block (schools × years)
 * @param threshold the threshold (a single value); a value equal to it is not below it
 * @param years how many last years to check, a whole number ≥ 1; default 3
 * @throws {EduError} `#N/A` for fewer than `years` present values (single school) or an empty threshold;
 *   `#VALUE!` for non-numeric arguments or a ragged range; `#NUM!` for `years` that is not a whole number ≥ 1
 * @returns a boolean, or an N×1 column of booleans for a block
 * @example stablyLow([[32, 25, 29.5]], 36) // => true
 */
export function stablyLow(values_by_year: unknown, threshold: unknown, years?: unknown): boolean | ResultGrid {
  const limit = requireNumber(toScalar(threshold, "порог"), "порог");
  const n = optionalNumber(toScalar(years, "лет"), 3, "лет");
  if (!Number.isInteger(n) || n < 1) throw numError(`аргумент «лет» должен быть целым числом не меньше 1, получено: ${describe(n)}`);
  const grid = toGrid(values_by_year, "значения_по_годам");
  const [rows, cols] = shapeOf(grid);
  if (rows === 1) return lastYearsBelow(grid[0], limit, n);
  if (cols === 1) return lastYearsBelow(grid.map((r) => r[0]), limit, n);
  return asColumn(grid.map((row) => perCell(() => lastYearsBelow(row, limit, n))));
}
