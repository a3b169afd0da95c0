import { cellInput, needsQuotePrefix } from "../../../taskpane/office/cell_input";

describe("cellInput", () => {
  it.each(["-", "+", "=A1", "@x", "'кавычка", "1.", "2.3", "12,5", "1 234", "25%", "2024-01-01", "01.09.2024", "1-2", "TRUE", "ложь", "10:30"])(
    "writes %j with the quote prefix, so that it stays text",
    (text) => {
      expect(needsQuotePrefix(text)).toBe(true);
      expect(cellInput(text)).toBe(`'${text}`);
    },
  );
  it.each(["Паспорт", "апрель - май", "Ежегодно в сентябре", "х", "МБОУ СОШ № 1", "2024/2025 учебный год", "2021-2023"])("writes %j as it is", (text) => {
    expect(cellInput(text)).toBe(text);
  });
  it("passes numbers and booleans, and leaves a cell alone for null", () => {
    expect(cellInput(15)).toBe(15);
    expect(cellInput(false)).toBe(false);
    expect(cellInput(null)).toBeNull();
    expect(cellInput(Number.NaN)).toBeNull();
    expect(cellInput("")).toBe("");
  });
});
