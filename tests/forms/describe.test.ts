import { describeBounds, describeEnum, describeExpected, formatNumber, formSpec, effectiveRules } from "../../src/forms";

const col = (id: string, key: string) => formSpec(id).columns.find((c) => c.key === key)!;

describe("wording of expectations", () => {
  test("bounds", () => {
    expect(describeBounds({ min: 0 }, true)).toBe("целое число не меньше 0");
    expect(describeBounds({ min: 0, minExclusive: true }, true)).toBe("целое число больше 0");
    expect(describeBounds({ min: 2, max: 5 }, false)).toBe("число от 2 до 5");
    expect(describeBounds({ max: 1.5, maxExclusive: true }, false)).toBe("число меньше 1,5");
    expect(describeBounds({}, false)).toBe("число");
    expect(formatNumber(0.1 + 0.2)).toBe("0,3");
  });

  test("columns of the forms", () => {
    expect(describeExpected(col("context", "lowIncome"))).toBe("целое число не меньше 0");
    expect(describeExpected(col("context", "students"))).toBe("целое число больше 0");
    // conditional bounds are worded by their rule, not here
    expect(describeExpected(col("results", "average"))).toBe("число");
    expect(describeExpected(col("results", "procedure"))).toBe("одно из значений: ЕГЭ, ОГЭ, ВПР");
    expect(describeExpected(col("results", "subject"))).toMatch(/^одно из значений списка \(Русский язык, .* и др\.\)$/);
    expect(describeExpected(col("context", "year"))).toMatch(/2024\/2025/);
    expect(describeEnum(col("context", "locality").enum!)).toBe("одно из значений: город, село");
  });

  test("effective rules: implied by the type, in a fixed order", () => {
    expect(effectiveRules(col("context", "lowIncome")).map((r) => r.kind)).toEqual([
      "type",
      "range",
      "lte",
      "share-outlier",
      "change-outlier",
    ]);
    expect(effectiveRules(col("results", "grade")).map((r) => r.kind)).toEqual(["required", "empty", "type", "range"]);
    expect(effectiveRules(col("results", "year")).map((r) => r.kind)).toEqual(["required", "pattern"]);
    expect(effectiveRules(col("finance", "amount"))).toEqual([{ kind: "type" }, { kind: "range", min: 0 }]);
    expect(effectiveRules(col("targets", "baseYear"))).toEqual([{ kind: "type" }, { kind: "range", min: 2000, max: 2100 }]);
    expect(effectiveRules(col("targets", "gap"))).toEqual([]);
  });
});
