import { formSpec } from "../../src/forms";
import { buildSheetPlan } from "../../src/plan";
import { planWorkbookBuffer, loadWorkbook } from "../../src/xlsx";
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
