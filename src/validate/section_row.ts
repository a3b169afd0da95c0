/**
 * Section rows of roadmap tables (`2. Улучшение качества образования`): exactly one filled cell, in the first
 * or second column, whose text is not a number. The JS test and the native formula are written side by side
 * so the validator and the template's check column agree on what a section is.
 */
import { cellNumber, cellText, isBlank } from "../core/shared/coerce";
import type { CellValue } from "./types";

const SECTION_NUMBER = /^\s*(?:раздел\s+)?(\d+(?:\.\d+)*)\.?(?:\s|$)/i;

/**
 * Whether a row is a section row. O(cells).
 * @param cells the row's input cells, in form order
 * @returns true for a section row
 * @example isSectionRow(["2. Улучшение качества образования", null, null]) // => true
 * @example isSectionRow(["2.1", null, null]) // => false
 */
export function isSectionRow(cells: readonly CellValue[]): boolean {
  let filled = -1;
  for (let i = 0; i < cells.length; i++) {
    if (isBlank(cells[i])) continue;
    if (filled >= 0) return false;
    filled = i;
  }
  if (filled < 0 || filled > 1) return false;
  const text = cellText(cells[filled]);
  if (text === undefined) return false;
  const bare = text.replace(/[.\s]/g, "");
  return bare === "" || cellNumber(bare) === undefined;
}

/**
 * The number a section row starts with (`2. Улучшение…` → "2", `1.1. Подготовительный этап` → "1.1"). O(length).
 * @param text the section text
 * @returns the number, or `undefined` when the section is not numbered
 * @example sectionNumber("1.1. Подготовительный этап") // => "1.1"
 */
export function sectionNumber(text: string): string | undefined {
  const m = SECTION_NUMBER.exec(text);
  return m ? m[1] : undefined;
}

/**
 * The native formula of {@link isSectionRow}: TRUE for a section row.
 * @param inputs the row's input cells as one contiguous range (`$A{row}:$G{row}`)
 * @param first the first input cell (`$A{row}`)
 * @param second the second input cell (`$B{row}`)
 * @returns the formula
 * @example nativeSectionRow("$A{row}:$G{row}", "$A{row}", "$B{row}").startsWith("AND(SUMPRODUCT(") // => true
 */
export function nativeSectionRow(inputs: string, first: string, second: string): string {
  return (
    `AND(SUMPRODUCT(--(LEN(TRIM(${inputs}))>0))=1,LEN(TRIM(${first}&${second}))>0,` +
    `ISERROR(VALUE(SUBSTITUTE(SUBSTITUTE(TRIM(${first}&${second}),"."," ")," ",""))))`
  );
}

/**
 * The native formula of an empty row (every input cell empty or spaces).
 * @param inputs the row's input cells as one contiguous range
 * @returns the formula
 * @example nativeEmptyRow("$A4:$O4") // => "SUMPRODUCT(LEN(TRIM($A4:$O4)))=0"
 */
export function nativeEmptyRow(inputs: string): string {
  return `SUMPRODUCT(LEN(TRIM(${inputs})))=0`;
}
