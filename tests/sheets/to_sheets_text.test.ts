import { CATALOG } from "../../src/core";
import { sheetsName, toSheetsText } from "../../sheets/to_sheets_text";

describe("sheetsName", () => {
  it("prefixes the id with EDU_ (Sheets has no namespaces)", () => {
    expect(sheetsName("SWI_GROUP")).toBe("EDU_SWI_GROUP");
  });
});

describe("toSheetsText", () => {
  it("rewrites every catalogue function named the Russian-Excel way", () => {
    for (const f of CATALOG) expect(toSheetsText(`см. ОБР.${f.ru.name}.`)).toBe(`см. EDU_${f.id}.`);
  });

  it("takes the whole name, not a shorter one it begins with", () => {
    expect(toSheetsText("ОБР.ИСБ_ГРУППА и ОБР.ИСБ")).toBe("EDU_SWI_GROUP и EDU_SWI");
    expect(toSheetsText("ОБР.ПРИРОСТ_ПРОЦ")).toBe("EDU_DELTA_PCT");
  });

  it("leaves a name that is not in the catalogue as written", () => {
    expect(toSheetsText("ОБР.НЕТ_ТАКОЙ")).toBe("ОБР.НЕТ_ТАКОЙ");
  });

  it("rewrites Russian Excel error values into the codes Sheets shows", () => {
    expect(toSheetsText("#Н/Д, #ДЕЛ/0!, #ЗНАЧ!, #ЧИСЛО!")).toBe("#N/A, #DIV/0!, #VALUE!, #NUM!");
  });

  it("leaves other text alone", () => {
    const text = "доля от 0 до 1, например 0,15; «нет данных» — #REF! не трогаем";
    expect(toSheetsText(text)).toBe(text);
  });
});
