/**
 * RISK_30 (ОБР.РИСК_30): Rosobrnadzor's risk indicator on the share of participants below the minimum
 * threshold (order 1336 of 04.10.2021 as amended; functions.md §2, methodology.md §2).
 */
import { cellNumber, cellText, describe, isBlank, optionalNumber } from "../shared/coerce";
import { naError, numError, valueError } from "../shared/errors";
import { shapeOf, toGrid, toScalar } from "../shared/grid";

type Mode = "или" | "и";

const MODES: Readonly<Record<string, Mode>> = { "или": "или", "or": "или", "и": "и", "and": "и" };

function readMode(v: unknown): Mode {
  if (isBlank(v)) return "или";
  const t = cellText(v);
  const mode = t === undefined ? undefined : MODES[t.toLowerCase()];
  if (mode === undefined) throw valueError(`аргумент «режим»: ${describe(v)} не распознан; ожидается "или" (по умолчанию) либо "и"`);
  return mode;
}

/**
 * Condition A: at least 2 procedures with share ≥ `limit` in the current year (the last column).
 * Condition B: at least one procedure with share ≥ `limit` in both of the last two years.
 * The legal text joins them with "а также"; mode "или" (default) raises the risk on either condition,
 * "и" only on both. An empty cell is a procedure not held that year and meets no condition. O(P × Y).
 *
 * @param shares P×Y shares of participants below the threshold: rows are procedures, columns are years in
 *   chronological order, the last column the current year; fractions 0–1 (cells formatted as %)
 * @param limit the share that counts as risk, default 0,3; a limit above 1 reads the shares as percentages (e.g. 30)
 * @param mode "или"/"or" (default) or "и"/"and"
 * @throws {EduError} `#N/A` when the current-year column has no share; `#NUM!` for a limit ≤ 0 or above 100,
 *   a negative share, or a share above 1 while the limit is a fraction; `#VALUE!` for a non-numeric limit,
 *   an unknown mode or a ragged range
 * @returns `TRUE` if the risk indicator is raised; with a single year column condition B is false
 * @example risk30([[0.1, 0.35], [0.2, 0.4], [0.05, 0.1]]) // => true
 */
export function risk30(shares: unknown, limit?: unknown, mode?: unknown): boolean {
  const lim = optionalNumber(toScalar(limit, "предел"), 0.3, "предел");
  if (!(lim > 0 && lim <= 100)) throw numError(`аргумент «предел» должен быть больше 0 и не больше 1 (доля, например 0,3) или 100 (проценты), получено: ${describe(lim)}`);
  const how = readMode(toScalar(mode, "режим"));
  const grid = toGrid(shares, "доли");
  const [, years] = shapeOf(grid);
  const maxShare = lim <= 1 ? 1 : 100;
  const values = grid.map((row) =>
    row.map((cell) => {
      const x = cellNumber(cell);
      if (x !== undefined && (x < 0 || x > maxShare)) {
        throw numError(
          `доля ${describe(x)} вне допустимого диапазона 0–${maxShare}` +
            (maxShare === 1 ? "; укажите доли от 0 до 1 (формат %) или предел в процентах, например 30" : ""),
        );
      }
      return x;
    }),
  );
  const current = years - 1;
  if (values.every((row) => row[current] === undefined)) {
    throw naError("нет данных за текущий год (последний столбец диапазона «доли»)");
  }
  const atRisk = (x: number | undefined): boolean => x !== undefined && x >= lim;
  const a = values.filter((row) => atRisk(row[current])).length >= 2;
  const b = years >= 2 && values.some((row) => atRisk(row[current]) && atRisk(row[current - 1]));
  return how === "и" ? a && b : a || b;
}
