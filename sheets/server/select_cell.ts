/**
 * Clicking a finding in the sidebar selects its cell: the sheet becomes the active one and the cell the current
 * selection, so the user sees what to fix.
 */
import { columnLetter, parseA1 } from "../../src/plan/a1";
import { spreadsheetApp } from "./apps_script";
import { UserError } from "./user_error";

/**
 * Server function: activates a cell (or a whole row when only a row number is given). Calls: 3.
 * @param sheetName the sheet's name as the finding gives it
 * @param cell an A1 address (`F12`), or a row number of the sheet
 * @throws {UserError} when the sheet no longer exists or the address is not a cell of it
 * @returns the sheet and the A1 address selected
 * @example selectCell("Контекстные данные", "F12") // => { sheet: "Контекстные данные", cell: "F12" }
 */
export function selectCell(sheetName: string, cell: string | number): { sheet: string; cell: string } {
  const sheet = spreadsheetApp().getActiveSpreadsheet().getSheetByName(String(sheetName));
  if (!sheet) throw new UserError(`Листа «${String(sheetName)}» больше нет в таблице: проверьте лист ещё раз.`);
  let a1: string;
  if (typeof cell === "number" || /^\d+$/.test(String(cell))) {
    const row = Number(cell);
    if (!Number.isInteger(row) || row < 1 || row > sheet.getMaxRows()) throw new UserError(`Строки ${String(cell)} нет на листе «${String(sheetName)}».`);
    a1 = `A${row}:${sheet.getLastColumn() > 1 ? columnLetter(sheet.getLastColumn()) : "A"}${row}`;
  } else {
    let p: { row: number; col: number };
    try {
      p = parseA1(String(cell));
    } catch {
      throw new UserError(`«${String(cell)}» — не адрес ячейки.`);
    }
    if (p.row > sheet.getMaxRows() || p.col > sheet.getMaxColumns()) throw new UserError(`Ячейки ${String(cell)} нет на листе «${String(sheetName)}»: лист стал меньше.`);
    a1 = String(cell).replace(/\$/g, "").toUpperCase();
  }
  sheet.getRange(a1).activate();
  return { sheet: String(sheetName), cell: a1 };
}

