import { validateTable } from "../../../src/validate";
import { formSpec } from "../../../src/forms";
import { brief, contextRow, headersOf, sheet } from "../helpers";

describe("type", () => {
  test("numbers typed as text in Russian style are numbers, not errors", () => {
    const t = sheet(headersOf("context"), [
      contextRow({ "Численность обучающихся": "1 234", "Из малообеспеченных семей": " 12 ", "С ОВЗ": "1\u00a0000" }),
    ]);
    expect(validateTable(t, formSpec("context"))).toEqual([]);
  });

  test("a whole number expected: fractions, text, booleans and dates are errors with the message of forms.md", () => {
    const t = sheet(headersOf("context"), [
      contextRow({ "Из малообеспеченных семей": "12,5", "Из неполных семей": "много", "Из многодетных семей": true, "С ОВЗ": new Date(Date.UTC(2024, 4, 12)) }),
    ]);
    const f = validateTable(t, formSpec("context"));
    expect(brief(f)).toEqual(["G4 type", "H4 type", "I4 type", "K4 type"]);
    expect(f[0].message).toBe("Ожидается целое число не меньше 0, получено «12,5»");
    expect(f[0].value).toBe("12,5");
    expect(f[2].message).toBe("Ожидается целое число не меньше 0, получено ИСТИНА");
    expect(f[3].message).toMatch(/^Ожидается целое число не меньше 0, а в ячейке дата 12\.05\.2024: набранное превратилось в дату/);
    expect(f[3].value).toBe("2024-05-12");
  });

  test("a number expected (fractions allowed)", () => {
    const h = [...headersOf("equipment")];
    const t = sheet(h, [["1", 10, 12, 1, 2, "12,5", "город"], ["2", 10, 12, 1, 2, "быстро", "село"]]);
    expect(brief(validateTable(t, formSpec("equipment")))).toEqual(["F5 type"]);
  });
});
