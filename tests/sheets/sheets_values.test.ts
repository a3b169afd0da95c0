import vm from "vm";
import { naError, div0Error, numError, valueError } from "../../src/core";
import { dateToSerial, errorCode, isDate, readSheetsArgument, toSheetsCell } from "../../sheets/sheets_values";

describe("isDate", () => {
  it("recognizes a Date made in another realm (the Apps Script runtime hands its own)", () => {
    const foreign = vm.runInNewContext("new Date(2025, 0, 1)");
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(isDate(new Date())).toBe(true);
    expect(isDate(45658)).toBe(false);
    expect(isDate("2025-01-01")).toBe(false);
  });
});

describe("dateToSerial", () => {
  it("gives the spreadsheet serial number of a date, from the wall-clock time", () => {
    expect(dateToSerial(new Date(2025, 0, 1))).toBe(45658);
    expect(dateToSerial(new Date(1899, 11, 30))).toBe(0);
    expect(dateToSerial(new Date(1900, 0, 1))).toBe(2);
    expect(dateToSerial(new Date(2025, 0, 1, 18, 0))).toBe(45658.75);
  });

  it("gives undefined for an invalid date", () => {
    expect(dateToSerial(new Date(NaN))).toBeUndefined();
  });
});

describe("readSheetsArgument", () => {
  it("turns dates into serial numbers, in a bare value and inside a range", () => {
    expect(readSheetsArgument(new Date(2025, 0, 1))).toBe(45658);
    expect(readSheetsArgument([[new Date(2025, 0, 1), 5], ["", "x"]])).toEqual([[45658, 5], ["", "x"]]);
    expect(readSheetsArgument(new Date(NaN))).toBe("");
  });

  it("returns a range without dates as it is, without copying it", () => {
    const range = [[1, ""], ["12,5", true]];
    expect(readSheetsArgument(range)).toBe(range);
    const mixed = [[1], [new Date(2025, 0, 2)], [3]];
    const read = readSheetsArgument(mixed) as unknown[][];
    expect(read).not.toBe(mixed);
    expect(read[0]).toBe(mixed[0]);
    expect(read[1]).toEqual([45659]);
    expect(mixed[1][0]).toBeInstanceOf(Date);
  });

  it("passes other values through", () => {
    for (const v of ["", "abc", 0, -1.5, true, false, null, undefined]) expect(readSheetsArgument(v)).toBe(v);
  });
});

describe("toSheetsCell", () => {
  it("writes an error as the code Sheets shows for it", () => {
    expect(toSheetsCell(naError("нет"))).toBe("#N/A");
    expect(toSheetsCell(div0Error("нет"))).toBe("#DIV/0!");
    expect(toSheetsCell(valueError("нет"))).toBe("#VALUE!");
    expect(toSheetsCell(numError("нет"))).toBe("#NUM!");
    expect(errorCode(numError("нет"))).toBe("#NUM!");
  });

  it("never lets NaN or ±Infinity into a cell", () => {
    expect(toSheetsCell(NaN)).toBe("#NUM!");
    expect(toSheetsCell(Infinity)).toBe("#NUM!");
    expect(toSheetsCell(-Infinity)).toBe("#NUM!");
  });

  it("passes numbers, text and booleans unchanged", () => {
    for (const v of [0, -2.5, "нет данных", "", true, false]) expect(toSheetsCell(v)).toBe(v);
  });
});
