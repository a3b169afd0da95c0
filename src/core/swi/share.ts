/**
 * SHARE (`ОБР.ДОЛЯ`), functions.md §1: the share of a part in a whole, e.g. low-income students among all
 * students, the raw material of the SWI indicators (forms.md, form `context`).
 */
import { cellNumber, describe, isBlank } from "../shared/coerce";
import { div0Error, naError, numError, valueError } from "../shared/errors";
import { elementwise, type CellResult, type ResultGrid } from "../shared/grid";

/**
 * A part within rounding of the whole still counts as the whole: totals are often formulas (sums of parts)
 * and may differ from the part in the last binary digit.
 */
const ROUNDING = 1e-12;

/** One operand: a number, or the error of its cell (empty or an error value → `#N/A`, other text → `#VALUE!`). */
function operand(v: unknown, argName: string): number {
  if (isBlank(v)) throw naError(`нет значения «${argName}»`);
  const n = cellNumber(v);
  if (n !== undefined) return n;
  if (typeof v === "object") throw naError(`в ячейке «${argName}» значение ошибки`);
  throw valueError(`«${argName}» должно быть числом, получено: ${describe(v)}`);
}

function shareOf(partCell: unknown, totalCell: unknown): CellResult {
  const part = operand(partCell, "часть");
  const total = operand(totalCell, "целое");
  if (part < 0 || total < 0) throw numError("часть и целое не могут быть отрицательными");
  if (total === 0) throw div0Error("целое равно 0 — доля не определена");
  if (part > total * (1 + ROUNDING)) {
    throw numError(`часть (${describe(part)}) больше целого (${describe(total)})`);
  }
  return Math.min(part / total, 1);
}

/**
 * `part / total` as a fraction (format the cell as %). Equal-sized ranges are taken element-wise and a single
 * value is reused for every element; an error in one element stays in its cell. O(n).
 * @param part a number or a range (e.g. the number of low-income students)
 * @param total a number or a range of the same size (e.g. the number of students)
 * @throws {EduError} `#VALUE!` for ranges of different sizes; for single values also every error below
 * @throws {EduError} `#DIV/0!` when total is 0
 * @throws {EduError} `#NUM!` when part or total is negative, or part > total
 * @throws {EduError} `#N/A` when part or total is missing
 * @returns the share for single values, otherwise a grid of shares shaped as the ranges
 * @example share(30, 120) // => 0.25
 */
export function share(part: unknown, total: unknown): CellResult | ResultGrid {
  return elementwise([part, total], ["часть", "целое"], shareOf);
}
