import { validateTable } from "../../../src/validate";
import { formSpec } from "../../../src/forms";
import { brief, contextRow, headersOf, sheet } from "../helpers";

describe("outlier (warning)", () => {
  test("a share above 0,9 of the total; exactly 0,9 is fine", () => {
    const t = sheet(headersOf("context"), [
      contextRow({ "Численность обучающихся": 100, "Из неполных семей": 91, "С ОВЗ": 90, "Хотя бы один родитель с высшим образованием": 10 }),
    ]);
    const f = validateTable(t, formSpec("context"));
    expect(brief(f)).toEqual(["H4 outlier (w)"]);
    expect(f[0].message).toBe(
      "Доля «Из неполных семей» от «Численность обучающихся» — 91 %, больше 90 %: проверьте, верно ли введены числа",
    );
  });

  test("a change of more than 20 p.p. against the previous year of the same school (history)", () => {
    const small = { "Из неполных семей": 5, "Хотя бы один родитель с высшим образованием": 20 };
    const prev = sheet(headersOf("context"), [
      contextRow({ ...small, "Код ОО": "1", "Учебный год": "2023/2024", "Численность обучающихся": 100, "Из малообеспеченных семей": 10 }),
      contextRow({ ...small, "Код ОО": "2", "Учебный год": "2023/2024", "Численность обучающихся": 100, "Из малообеспеченных семей": 10 }),
      contextRow({ ...small, "Код ОО": "3", "Учебный год": "2023/2024", "Численность обучающихся": 100, "Из малообеспеченных семей": 5 }),
    ]);
    const now = sheet(headersOf("context"), [
      contextRow({ ...small, "Код ОО": "1", "Учебный год": "2024/2025", "Численность обучающихся": 200, "Из малообеспеченных семей": 61 }),
      contextRow({ ...small, "Код ОО": "2", "Учебный год": "2024/2025", "Численность обучающихся": 100, "Из малообеспеченных семей": 30 }),
      contextRow({ ...small, "Код ОО": "3", "Учебный год": "2024/2025", "Численность обучающихся": 100, "Из малообеспеченных семей": 50 }),
      contextRow({ ...small, "Код ОО": "4", "Учебный год": "2024/2025", "Численность обучающихся": 100, "Из малообеспеченных семей": 50 }),
    ]);
    const f = validateTable(now, formSpec("context"), { history: [prev] });
    expect(brief(f)).toEqual(["G4 outlier (w)", "G6 outlier (w)"]);
    expect(f[0].message).toBe(
      "Доля «Из малообеспеченных семей» изменилась на 20,5 п. п. против 2023/2024 (10 % → 30,5 %), больше 20 п. п.: проверьте, верно ли введены числа",
    );
    expect(validateTable(now, formSpec("context"))).toEqual([]);
  });
});
