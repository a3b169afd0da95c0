import { validateTable } from "../../../src/validate";
import { formSpec } from "../../../src/forms";
import { brief, contextRow, headersOf, resultsRow, sheet } from "../helpers";

describe("part-exceeds-total", () => {
  test("a category above the number of students; text numbers compared as numbers", () => {
    const t = sheet(headersOf("context"), [contextRow({ "Численность обучающихся": "1 000", "Из неполных семей": "1 001", "С ОВЗ": 1000 })]);
    const f = validateTable(t, formSpec("context"));
    expect(brief(f)).toEqual(["H4 part-exceeds-total", "K4 outlier (w)"]);
    expect(f[0].message).toBe(
      "«Из неполных семей» = «1 001» больше, чем «Численность обучающихся» = «1 000»: ожидается число не больше «Численность обучающихся»",
    );
  });

  test("below the threshold above the participants; no check when the total is missing or not a number", () => {
    const t = sheet(headersOf("results"), [
      resultsRow({ "Число участников": 10, "Не преодолели минимальный порог": 11 }),
      resultsRow({ "Число участников": null, "Не преодолели минимальный порог": 11, "Учебный год": "2023/2024" }),
    ]);
    expect(brief(validateTable(t, formSpec("results")))).toEqual(["G4 part-exceeds-total", "F5 required"]);
  });
});
