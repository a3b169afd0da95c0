import { validateTable } from "../../../src/validate";
import { formSpec } from "../../../src/forms";
import { brief, contextRow, headersOf, sheet } from "../helpers";

describe("reference (code enum)", () => {
  const t = sheet(headersOf("context"), [
    contextRow({ "Муниципальное образование": "ярцевский  район" }),
    contextRow({ "Код ОО": "2", "Муниципальное образование": "Смоленск" }),
  ]);
  test("municipality must be in the list when one is given", () => {
    const f = validateTable(t, formSpec("context"), { references: { municipalities: ["Ярцевский район", "Тамбовский район"] } });
    expect(brief(f)).toEqual(["C5 enum"]);
    expect(f[0].message).toBe(
      "Значение «Смоленск» не из списка: ожидается название из перечня муниципальных образований региона (например: Ярцевский район, Тамбовский район)",
    );
  });
  test("no list, no check", () => {
    expect(validateTable(t, formSpec("context"))).toEqual([]);
  });
});
