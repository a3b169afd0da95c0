/**
 * The SpreadsheetApp double refuses what Apps Script refuses — otherwise the tests built on it would pass code
 * that fails in Google Sheets.
 */
import { DoubleSpreadsheetApp } from "./apps_script_double";

const setup = () => {
  const app = new DoubleSpreadsheetApp({ sheets: ["Лист1"] });
  return { app, ss: app.spreadsheet, sheet: app.spreadsheet.sheets[0] };
};

describe("the SpreadsheetApp double", () => {
  test("a range's values must have the range's rows and columns", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow("The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.");
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(/number of columns in the data does not match/);
    expect(() => sheet.getRange(1, 1, 1, 2).setBackgrounds([["#FFFFFF"]])).toThrow(/number of columns/);
    expect(() => sheet.getRange(1, 1, 1, 1).setValues([[undefined]])).toThrow(/Invalid value/);
    expect(() => sheet.getRange(1, 1, 1, 1).setValues([[NaN]])).toThrow(/Invalid value/);
  });

  test("a cell holds at most 50,000 characters; a formula starts with `=`; `\"\"` clears", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1).setValues([["я".repeat(50_001)]])).toThrow(/maximum of 50000 characters/);
    sheet.getRange(1, 1).setValues([["я".repeat(50_000)]]);
    expect(() => sheet.getRange(2, 1).setFormulas([["SUM(A1:A2)"]])).toThrow(/must start with "="/);
    sheet.getRange(2, 1).setFormulas([["=SUM(A1:A2)"]]);
    expect(sheet.getRange(2, 1).getFormulas()).toEqual([["=SUM(A1:A2)"]]);
    expect(sheet.getRange(2, 1).getValues()).toEqual([[""]]);
    sheet.getRange(2, 1).setFormulas([[""]]);
    expect(sheet.cell(2, 1)?.formula).toBeUndefined();
  });

  test("ranges lie inside the sheet; the sheet grows only through insertRows…/insertColumns…", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 27)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(/outside the dimensions/);
    expect(() => sheet.getRange(0, 1)).toThrow(/too small/);
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(/at least 1/);
    sheet.insertColumnsAfter(26, 4);
    expect(sheet.getRange("AD1").getA1Notation()).toBe("AD1");
    expect(() => sheet.insertRowsAfter(1001, 5)).toThrow(/out of bounds/);
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getMaxRows()).toBe(1005);
  });

  test("sheet names are unique ignoring case, not empty, at most 100 characters", () => {
    const { ss } = setup();
    expect(() => ss.insertSheet("лист1")).toThrow('A sheet with the name "лист1" already exists. Please enter another name.');
    expect(() => ss.insertSheet(" ")).toThrow(/must not be empty/);
    expect(() => ss.insertSheet("Я".repeat(101))).toThrow(/at most 100/);
    const s = ss.insertSheet("Я".repeat(100));
    expect(ss.getActiveSheet()).toBe(s);
    expect(() => s.setName("ЛИСТ1")).toThrow(/already exists/);
  });

  test("typed text is read as Sheets reads input in ru_RU, unless the cell is plain text", () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 6).setValues([["12", "12,5", "1.10", "ИСТИНА", "2024/2025", "=A1*2"]]);
    const [row] = sheet.getRange(1, 1, 1, 6).getValues();
    expect(row.slice(0, 2)).toEqual([12, 12.5]);
    expect(Object.prototype.toString.call(row[2])).toBe("[object Date]");
    expect((row[2] as Date).getMonth()).toBe(9);
    expect(row.slice(3, 5)).toEqual([true, "2024/2025"]);
    expect(sheet.getRange(1, 6).getFormulas()).toEqual([["=A1*2"]]);
    sheet.getRange(2, 1, 1, 2).setNumberFormat("@");
    sheet.getRange(2, 1, 1, 2).setValues([["1.10", "=A1"]]);
    expect(sheet.getRange(2, 1, 1, 2).getValues()).toEqual([["1.10", "=A1"]]);
  });

  test("merges do not overlap and do not cross frozen rows or columns, in either order", () => {
    const { sheet } = setup();
    sheet.getRange("A1:D1").merge();
    expect(() => sheet.getRange("C1:E1").merge()).toThrow(/merged range/);
    expect(() => sheet.setFrozenColumns(2)).toThrow("You can't freeze columns that contain only part of a merged cell.");
    sheet.setFrozenRows(3);
    expect(() => sheet.getRange("A3:A4").merge()).toThrow(/frozen and non-frozen/);
  });

  test("builders need a criterion and ranges; formulas start with `=`; lists hold texts", () => {
    const { app, sheet } = setup();
    expect(() => app.newDataValidation().setHelpText("подсказка").build()).toThrow(/needs a criterion/);
    expect(() => app.newDataValidation().requireFormulaSatisfied("A1>0")).toThrow(/must start with "="/);
    expect(() => app.newDataValidation().requireValueInList([])).toThrow(/non-empty list/);
    expect(() => app.newDataValidation().requireValueInList(["a", 1 as unknown as string])).toThrow(/non-empty texts/);
    expect(() => app.newDataValidation().requireNumberBetween(0, "10" as unknown as number)).toThrow(/expects numbers/);
    expect(() => app.newConditionalFormatRule().whenFormulaSatisfied("=A1>0").setBackground("#FFC7CE").build()).toThrow(/at least one range/);
    expect(() => app.newConditionalFormatRule().setRanges([sheet.getRange("A1")]).setBackground("#FFC7CE").build()).toThrow(/needs a condition/);
    expect(() => sheet.getRange("A1").setDataValidation({} as never)).toThrow(/DataValidation built by newDataValidation/);
  });

  test("unprotected ranges belong to a sheet protection; one filter per sheet", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:B2").protect();
    expect(() => range.setUnprotectedRanges([sheet.getRange("A1")])).toThrow(/sheet protection only/);
    sheet.protect().setWarningOnly(true).setUnprotectedRanges([sheet.getRange("A4:B10")]);
    expect(() => sheet.protect()).toThrow(/already protected/);
    sheet.getRange("A3:B10").createFilter();
    expect(() => sheet.getRange("A3:B10").createFilter()).toThrow(/already has a filter/);
  });

  test("counts calls; a range list's work is one call", () => {
    const { app, sheet } = setup();
    app.log.reset();
    sheet.getRangeList(["A1:A3", "C1:C3"]).setNumberFormat("0");
    expect(Object.fromEntries(app.log.calls)).toEqual({ "Sheet.getRangeList": 1, "RangeList.setNumberFormat": 1 });
    expect(sheet.cell(3, 3)?.numberFormat).toBe("0");
  });
});
