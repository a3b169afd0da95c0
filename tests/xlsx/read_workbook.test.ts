import ExcelJS from "exceljs";
import { readWorkbook, loadWorkbook, UnreadableWorkbookError } from "../../src/xlsx";
import { save } from "./helpers";

describe("readWorkbook", () => {
  test("values as typed, cached formula results, rich text, links, errors, merged cells once, hidden sheets, marker", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Данные");
    ws.getCell("A1").value = "Заголовок";
    ws.getCell("D1").value = "edu-roadmap:results:v3";
    ws.getCell("A3").value = 12.5;
    ws.getCell("B3").value = { formula: "A3*2", result: 25 } as ExcelJS.CellValue;
    ws.getCell("C3").value = { richText: [{ text: "Рус" }, { text: "ский" }] };
    ws.getCell("D3").value = { text: "ссылка", hyperlink: "https://example.org" } as ExcelJS.CellValue;
    ws.getCell("E3").value = { error: "#N/A" } as ExcelJS.CellValue;
    ws.getCell("F3").value = new Date(Date.UTC(2024, 8, 1));
    ws.getCell("G3").value = true;
    ws.getCell("A5").value = "Раздел";
    ws.mergeCells("A5:C5");
    ws.getCell("B6").value = { formula: "1+1" } as ExcelJS.CellValue;
    ws.getCell("C6").value = { formula: "A3-A3", result: 0 } as ExcelJS.CellValue;
    const hidden = wb.addWorksheet("Скрытый", { state: "hidden" });
    hidden.getCell("A1").value = 1;
    const tables = readWorkbook(await (async () => {
      const back = new ExcelJS.Workbook();
      await back.xlsx.load((await save(wb)) as unknown as ExcelJS.Buffer);
      return back;
    })());
    const [t, h] = tables.sheets;
    expect(t.name).toBe("Данные");
    expect(t.marker).toEqual({ formId: "results", version: 3 });
    expect(t.rows[1]).toEqual([]);
    expect(t.rows[2]).toEqual([12.5, 25, "Русский", "ссылка", "#N/A", new Date(Date.UTC(2024, 8, 1)), true]);
    expect(t.formulas?.[2][1]).toBe("A3*2");
    expect(t.rows[4]).toEqual(["Раздел"]);
    expect(t.rows[5]).toEqual([null, null, 0]);
    expect(t.formulas?.[5][1]).toBe("1+1");
    expect(t.formulas?.[5][2]).toBe("A3-A3");
    expect(t.hidden).toBeUndefined();
    expect(h).toMatchObject({ name: "Скрытый", hidden: true, rows: [[1]] });
    expect(h.marker).toBeUndefined();
  });

  test("a marker in a later row or with other text is not a marker", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("A");
    ws.getCell("A2").value = " edu-roadmap:plan:v1 ";
    const ws2 = wb.addWorksheet("B");
    ws2.getCell("A1").value = "см. edu-roadmap:plan:v1";
    const tables = await loadWorkbook(await save(wb));
    expect(tables.sheets[0].marker).toEqual({ formId: "plan", version: 1 });
    expect(tables.sheets[1].marker).toBeUndefined();
  });

  test("not a workbook: UnreadableWorkbookError", async () => {
    await expect(loadWorkbook(Buffer.from("это не xlsx"))).rejects.toBeInstanceOf(UnreadableWorkbookError);
    await expect(loadWorkbook(Buffer.alloc(0))).rejects.toThrow(UnreadableWorkbookError);
  });
});
