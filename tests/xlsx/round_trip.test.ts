import { formSpec } from "../../src/forms";
import { buildSheetPlan } from "../../src/plan";
import { planWorkbookBuffer, loadWorkbook, loadWorkbookSafely } from "../../src/xlsx";
import { validateWorkbook } from "../../src/validate";
import { fillRows, load, save } from "./helpers";

describe("template → filled file → read → validate", () => {
  const context = buildSheetPlan(formSpec("context"), { dataRows: 20 });
  const results = buildSheetPlan(formSpec("results"), { dataRows: 20 });

  test("two forms in one workbook; good and bad rows give the expected findings with exact cells", async () => {
    const wb = await load(await planWorkbookBuffer([context, results]));
    const good = {
      "Код ОО": "670101",
      "Наименование ОО": "МБОУ СОШ № 1",
      "Муниципальное образование": "Ярцевский район",
      "Тип местности": "город",
      "Учебный год": "2024/2025",
      "Численность обучающихся": 400,
      "Из малообеспеченных семей": 40,
      "Из неполных семей": "60",
      "Из многодетных семей": "1 0",
      "С ОВЗ": 12,
    };
    fillRows(wb.getWorksheet("Контекстные данные")!, context, [
      good,
      { ...good, "Код ОО": "670102", "Из многодетных семей": 30, "Тип местности": "сельская местность", "Численность обучающихся": "1 234" },
      {},
      { ...good, "Код ОО": "670101", "Наименование ОО": null, "Из многодетных семей": 30, "С ОВЗ": "12,5", "Из неполных семей": 401 },
    ]);
    const r = { "Код ОО": "670101", "Учебный год": "2024/2025", "Процедура": "ВПР", "Предмет": "Русский язык", "Класс": 5, "Число участников": 30, "Не преодолели минимальный порог": 3, "Средний балл": 3.7 };
    fillRows(wb.getWorksheet("Результаты")!, results, [
      r,
      { ...r, "Процедура": "ЕГЭ", "Класс": 11, "Средний балл": 101 },
      { ...r, "Класс": null, "Предмет": "английский", "Средний балл": "3,9" },
    ]);
    const tables = await loadWorkbook(await save(wb));
    expect(tables.sheets.map((s) => [s.name, s.marker])).toEqual([
      ["Контекстные данные", { formId: "context", version: 1 }],
      ["Результаты", { formId: "results", version: 1 }],
    ]);
    const brief = (id: string) => validateWorkbook(tables, id).map((f) => `${f.sheet}!${f.cell} ${f.code} ${f.field}`);
    expect(brief("context")).toEqual([
      "Контекстные данные!I4 type Из многодетных семей",
      "Контекстные данные!A7 unique Код ОО",
      "Контекстные данные!B7 required Наименование ОО",
      "Контекстные данные!H7 part-exceeds-total Из неполных семей",
      "Контекстные данные!K7 type С ОВЗ",
    ]);
    expect(brief("results")).toEqual([
      "Результаты!E5 required Класс",
      "Результаты!H5 range Средний балл",
      "Результаты!E6 required Класс",
    ]);
  });

  test("a date typed into a number column (the cell gets a date format, as spreadsheets do) is a type finding, not its serial number", async () => {
    const wb = await load(await planWorkbookBuffer([context, results]));
    const ctx = wb.getWorksheet("Контекстные данные")!;
    const good = {
      "Код ОО": "670101", "Наименование ОО": "Школа", "Муниципальное образование": "Район", "Тип местности": "город", "Учебный год": "2024/2025",
      "Численность обучающихся": 400, "Из малообеспеченных семей": 40, "Из неполных семей": 60, "С ОВЗ": 12,
    };
    // «12.5» typed with a point in a Russian spreadsheet is 12 May: the value is a date and the cell gets a date format
    fillRows(ctx, context, [{ ...good, "Из неполных семей": new Date(Date.UTC(2025, 4, 12)) }]);
    // a style of its own: exceljs shares a loaded style between the cells that have it
    const dated = (cell: ReturnType<typeof ctx.getCell>) => (cell.style = { ...cell.style, numFmt: "dd.mm.yyyy" });
    dated(ctx.getCell("H4"));
    const res = wb.getWorksheet("Результаты")!;
    fillRows(res, results, [{ "Код ОО": "1", "Учебный год": "2024/2025", "Процедура": "ЕГЭ", "Предмет": "Химия", "Число участников": new Date(Date.UTC(2025, 0, 20)), "Средний балл": 50 }]);
    dated(res.getCell("F4"));
    const buffer = await save(wb);
    for (const tables of [await loadWorkbook(buffer), await loadWorkbookSafely(buffer, { name: "школа.xlsx" })]) {
      expect(tables.sheets[0].rows[3][7]).toBeInstanceOf(Date);
      const c = validateWorkbook(tables, "context");
      expect(c.map((f) => `${f.cell} ${f.code}`)).toEqual(["H4 type"]);
      expect(c[0].message).toMatch(/^Ожидается целое число не меньше 0, а в ячейке дата 12\.05\.2025: набранное превратилось в дату/);
      expect(c[0].value).toBe("2025-05-12");
      // not the serial number 45789: no part-exceeds-total, no range
      expect(validateWorkbook(tables, "results").map((f) => `${f.cell} ${f.code}`)).toEqual(["F4 type"]);
    }
  });

  test("a renamed sheet is still found by its marker", async () => {
    const wb = await load(await planWorkbookBuffer([results]));
    const ws = wb.worksheets[0];
    ws.name = "Мои данные";
    fillRows(ws, results, [{ "Код ОО": "1", "Учебный год": "2024/2025", "Процедура": "ОГЭ", "Предмет": "Химия", "Число участников": 0 }]);
    const tables = await loadWorkbook(await save(wb));
    expect(validateWorkbook(tables, "results").map((f) => `${f.sheet}!${f.cell} ${f.code}`)).toEqual(["Мои данные!F4 range"]);
  });

  test("the template itself validates clean; a workbook of another form gives form-not-found", async () => {
    const tables = await loadWorkbook(await planWorkbookBuffer([context]));
    expect(validateWorkbook(tables, "context")).toEqual([]);
    expect(validateWorkbook(tables, "results").map((f) => f.code)).toEqual(["form-not-found"]);
  });
});
