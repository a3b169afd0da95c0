import { materializeForm, formSpec } from "../../src/forms";
import { expandFormula, type FormulaLayout } from "../../src/plan/expand_formula";
import { columnLetter } from "../../src/plan";

function layout(id: string, years: number[] = []): FormulaLayout {
  const form = materializeForm(formSpec(id), { years, dataRows: 10 });
  return {
    form,
    sheetCol: (c) => c.index + 1,
    cell: (c, row) => `$${columnLetter(c.index + 1)}${row}`,
    range: (c) => `$${columnLetter(c.index + 1)}$4:$${columnLetter(c.index + 1)}$13`,
    options: { speedCity: 100, speedVillage: 50 },
  };
}

describe("expandFormula", () => {
  test("same-row cells, ranges, options", () => {
    const l = layout("equipment");
    expect(expandFormula("{computersNeed}-{computers}+{opt:speedCity}", l, "{row}")).toBe("$C{row}-$B{row}+100");
    expect(expandFormula("SUM({computers#})", l, "14")).toBe("SUM($B$4:$B$13)");
  });

  test("is: an enum value with its aliases, compared ignoring case and ё", () => {
    const l = layout("equipment");
    const f = expandFormula("{is:locality:село}", l, "5");
    expect(f).toBe('ISNUMBER(MATCH(SUBSTITUTE(LOWER(TRIM($G5)),"ё","е"),{"село","сельская","сельская местность","сельский"},0))');
  });

  test("latest: the last filled year and the plan of that year", () => {
    const l = layout("targets", [2024, 2025]);
    // План 2024 = G, План 2025 = H, Факт 2024 = I, Факт 2025 = J
    expect(expandFormula("{latest:fact}", l, "4")).toBe('IF($J4<>"",$J4,IF($I4<>"",$I4,""))');
    expect(expandFormula("{latest:plan@fact}", l, "4")).toBe('IF($J4<>"",$H4,IF($I4<>"",$G4,""))');
    expect(expandFormula("{fact*}", l, "4")).toBe("$I4:$J4");
  });

  test("repeated columns pick the formula's own year; array constants stay", () => {
    const l = layout("finance", [2024, 2025]);
    const amount2025 = l.form.columns.find((c) => c.header === "Объём средств 2025, руб.");
    expect(expandFormula("SUM({amount#})", l, "20", amount2025)).toBe("SUM($F$4:$F$13)");
    expect(expandFormula('MATCH(1,{"a","b"},0)', l, "4")).toBe('MATCH(1,{"a","b"},0)');
  });

  test("unknown keys and options are errors", () => {
    const l = layout("equipment");
    expect(() => expandFormula("{nope}", l, "4")).toThrow(/нет столбца «nope»/);
    expect(() => expandFormula("{opt:nope}", l, "4")).toThrow(/нет параметра «nope»/);
  });
});
