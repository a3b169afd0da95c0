/**
 * Turns core results into what Excel's custom-functions runtime accepts: values pass through,
 * an {@link EduError} becomes a `CustomFunctions.Error` (thrown for the whole call, or placed in a
 * cell of a spilled result), and every result becomes a 2-D array because every function is declared
 * to return `any[][]` (a 1×1 array shows as a single value).
 */
import { EduError, ErrorKind, isEduError } from "../src/core/shared/errors";
import type { CellResult, ResultGrid } from "../src/core/shared/grid";

const CODE: Record<ErrorKind, CustomFunctions.ErrorCode> = {
  value: "#VALUE!" as CustomFunctions.ErrorCode,
  na: "#N/A" as CustomFunctions.ErrorCode,
  div0: "#DIV/0!" as CustomFunctions.ErrorCode,
  num: "#NUM!" as CustomFunctions.ErrorCode,
};

/** Excel shows a custom message only for #VALUE! and #N/A; for the others it must be left out. */
const TAKES_MESSAGE: Record<ErrorKind, boolean> = { value: true, na: true, div0: false, num: false };

/** Excel limits the message length; longer text is cut so the error still shows. */
const MAX_MESSAGE = 250;

export function toExcelError(e: EduError): CustomFunctions.Error {
  const message = e.message.length > MAX_MESSAGE ? e.message.slice(0, MAX_MESSAGE - 1) + "…" : e.message;
  return TAKES_MESSAGE[e.kind]
    ? new CustomFunctions.Error(CODE[e.kind], message)
    : new CustomFunctions.Error(CODE[e.kind]);
}

function toExcelCell(v: CellResult): unknown {
  return isEduError(v) ? toExcelError(v) : v;
}

/**
 * Calls a core function with the arguments Excel passed and converts the answer.
 * Anything thrown that is not an EduError is a defect; it still becomes #VALUE! with a message
 * rather than leaving the cell busy or showing a JavaScript error.
 */
export function callForExcel(impl: (...args: unknown[]) => CellResult | ResultGrid, args: unknown[]): unknown[][] {
  let result: CellResult | ResultGrid;
  try {
    result = impl(...args);
  } catch (e) {
    if (isEduError(e)) throw toExcelError(e);
    throw toExcelError(new EduError("value", `внутренняя ошибка надстройки: ${e instanceof Error ? e.message : String(e)}`));
  }
  if (Array.isArray(result)) return result.map((row) => row.map(toExcelCell));
  return [[toExcelCell(result)]];
}
