/**
 * Runs a catalogue function for Google Sheets: takes the arguments as Sheets passed them, calls the core and
 * gives back what a custom function may return — a number, a text, a boolean or a rectangular 2-D array of them.
 *
 * Errors (functions.md, "Errors"): Sheets has no way for a custom function to return an error value, only to
 * throw; the cell then shows #ERROR! and the message on hover. So a whole-call error is thrown as
 * `Error("#DIV/0!: <Russian reason>")` — the code first, as Sheets writes its own errors, so the kind of the
 * error (the one Excel would show) is never lost. Inside a spilled result an error cannot be thrown without
 * losing the other rows, so that cell holds the text of the code (`#N/A`), which the functions themselves read
 * as a missing value when the column is passed on (an error value in Excel counts as missing too).
 */
import type { FunctionSpec } from "../src/core/catalog_types";
import { EduError, isEduError } from "../src/core/shared/errors";
import type { CellResult, ResultGrid } from "../src/core/shared/grid";
import { sheetsName, toSheetsText } from "./to_sheets_text";
import { errorCode, readSheetsArgument, toSheetsCell } from "./sheets_values";

/** What a custom function returns to Sheets. */
export type SheetsResult = number | string | boolean | (number | string | boolean)[][];

/**
 * The `Error` a custom function throws for an error of the whole call: the code, a colon, the Russian reason
 * with functions named the Sheets way. O(length of the message).
 * @param e the core's error
 * @returns the error to throw
 * @example sheetsError(div0Error("целое равно 0")).message // => "#DIV/0!: целое равно 0"
 */
export const sheetsError = (e: EduError): Error => new Error(`${errorCode(e)}: ${toSheetsText(e.message)}`);

/** Checks the number of arguments, which Sheets (unlike Excel) does not check against the declaration. */
function checkArity(spec: FunctionSpec, given: number): void {
  const name = sheetsName(spec.id);
  const max = spec.params.length;
  const required = spec.params.filter((p) => !p.optional);
  if (given > max) {
    throw new EduError("value", `функция ${name} принимает не больше ${max} аргументов, передано ${given}`);
  }
  if (given < required.length) {
    const missing = required.slice(given).map((p) => `«${p.ru.name}»`).join(", ");
    throw new EduError("value", `функции ${name} не хватает аргументов: не задано ${missing}`);
  }
}

function toSheetsResult(result: CellResult | ResultGrid): SheetsResult {
  if (Array.isArray(result)) {
    // The grid is the core's fresh answer: cells are replaced in place rather than 40,000 rows copied.
    for (const row of result) for (let c = 0; c < row.length; c++) row[c] = toSheetsCell(row[c]);
    return result as SheetsResult;
  }
  if (isEduError(result)) throw result;
  if (typeof result === "number" && !Number.isFinite(result)) throw new EduError("num", "результат не является конечным числом");
  return result;
}

/**
 * Calls the core implementation of a catalogue function with the arguments Sheets passed and converts the
 * answer. Anything thrown that is not an EduError is a defect; it still becomes a `#VALUE!` with a Russian
 * message rather than a JavaScript error in the cell. O(cells) on top of the function itself.
 * @param spec the catalogue entry
 * @param args the arguments as written in the formula (`arguments` of the top-level function)
 * @throws {Error} a message "<code>: <Russian reason>" for an error of the whole call
 * @returns a value, or a 2-D array for a spilled result
 * @example callForSheets(functionSpec("BELOW"), [27, 27]) // => false
 */
export function callForSheets(spec: FunctionSpec, args: ArrayLike<unknown>): SheetsResult {
  try {
    checkArity(spec, args.length);
    const values = Array.from(args, readSheetsArgument);
    return toSheetsResult(spec.impl(...values));
  } catch (e) {
    if (isEduError(e)) throw sheetsError(e);
    const reason = e instanceof Error ? e.message : String(e);
    throw sheetsError(new EduError("value", `внутренняя ошибка надстройки: ${reason}`));
  }
}
