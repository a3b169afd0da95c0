import { formSpec, materializeForm } from "../../src/forms";
import { columnValidation, cut } from "../../src/plan/column_validation";

const form = materializeForm(formSpec("results"), { dataRows: 1 });
const col = (key: string) => form.columns.find((c) => c.key === key)!;

describe("columnValidation", () => {
  test("a list: inline, or a range when too long or when values hold commas", () => {
    const v = columnValidation(col("procedure"), [{ list: { values: ["ЕГЭ", "ОГЭ", "ВПР"] } }], "C4:C10", 4);
    expect(v).toMatchObject({ type: "list", formulae: ['"ЕГЭ,ОГЭ,ВПР"'], error: { style: "stop" }, prompt: { title: "Процедура" } });
    const long = Array.from({ length: 40 }, (_, i) => `Значение номер ${i}`);
    expect(columnValidation(col("subject"), [{ list: { values: long } }], "D4:D10", 4, () => "$Z$4:$Z$43").formulae).toEqual(["$Z$4:$Z$43"]);
    expect(columnValidation(col("subject"), [{ list: { values: ["а, б", "в"] } }], "D4:D10", 4, () => "$Z$4:$Z$5").formulae).toEqual(["$Z$4:$Z$5"]);
    expect(columnValidation(col("subject"), [{ list: { range: "$R$4:$R$9" } }], "D4:D10", 4).error?.style).toBe("warning");
  });

  test("numbers with bounds: typed; exclusive bounds of whole numbers become inclusive", () => {
    expect(columnValidation(col("participants"), [{ number: "whole" }, { bounds: { min: 0, minExclusive: true } }], "F4:F10", 4)).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [1],
    });
    expect(columnValidation(col("average"), [{ number: "decimal" }, { bounds: { min: 0, minExclusive: true } }], "H4:H10", 4)).toMatchObject({
      type: "decimal",
      operator: "greaterThan",
      formulae: [0],
    });
    expect(columnValidation(col("average"), [{ number: "decimal" }], "H4:H10", 4)).toMatchObject({ operator: "between", formulae: [-1e15, 1e15] });
  });

  test("custom parts join into one formula; too long falls back to the typed check", () => {
    const v = columnValidation(col("belowMin"), [{ number: "whole" }, { bounds: { min: 0 } }, { custom: "OR(NOT(ISNUMBER($F{row})),$G{row}<=$F{row})" }], "G4:G10", 4);
    expect(v).toMatchObject({ type: "custom", formulae: ["AND(ISNUMBER($G4),MOD($G4,1)=0,$G4>=0,OR(NOT(ISNUMBER($F4)),$G4<=$F4))"], error: { style: "warning" } });
    const huge = columnValidation(col("belowMin"), [{ number: "whole" }, { bounds: { min: 0 } }, { custom: `ISNUMBER($G{row})${"+0".repeat(200)}` }], "G4:G10", 4);
    expect(huge).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0] });
  });

  test("text without rules: the input message only", () => {
    expect(columnValidation(col("code"), [], "A4:A10", 4)).toEqual({
      range: "A4:A10",
      type: "any",
      formulae: [],
      allowBlank: true,
      prompt: { title: "Код ОО", text: col("code").spec.help },
    });
    expect(cut("Численность обучающихся", 10)).toBe("Численнос…");
    expect(cut("короткий", 10)).toBe("короткий");
  });
});
