import { CODES, codeInfo, renderMessage, SEVERITY_RU, CODES_BY_KIND } from "../../src/validate";

describe("codes registry", () => {
  test("exactly the codes of forms.md, each with a title and a template", () => {
    expect(CODES.map((c) => c.code)).toEqual([
      "unreadable",
      "form-not-found",
      "header",
      "required",
      "type",
      "range",
      "enum",
      "pattern",
      "unique",
      "part-exceeds-total",
      "period",
      "numbering",
      "overdue",
      "outlier",
    ]);
    for (const c of CODES) {
      expect(c.title.length).toBeGreaterThan(3);
      expect(c.template).toMatch(/ожидается|проверьте/i);
    }
  });

  test("severities and levels", () => {
    expect(CODES.filter((c) => c.severity === "warning").map((c) => c.code)).toEqual(["overdue", "outlier"]);
    expect(codeInfo("unreadable").level).toBe("file");
    expect(codeInfo("header").level).toBe("sheet");
    expect(codeInfo("type").level).toBe("cell");
    expect(SEVERITY_RU).toEqual({ error: "ошибка", warning: "предупреждение" });
  });

  test("messages are rendered from named placeholders", () => {
    expect(renderMessage("type", { expected: "целое число не меньше 0", found: "получено «12,5»" })).toBe(
      "Ожидается целое число не меньше 0, получено «12,5»",
    );
    expect(renderMessage("range", { value: 150, expected: "число от 0 до 100" })).toBe(
      "Значение 150 вне допустимых границ: ожидается число от 0 до 100",
    );
    expect(() => codeInfo("nope")).toThrow(/неизвестный код/);
  });

  test("every check yields only registered codes, and every row-level code has a check", () => {
    const yielded = new Set(Object.values(CODES_BY_KIND).flat());
    for (const code of yielded) expect(() => codeInfo(code)).not.toThrow();
    for (const c of CODES) if (c.level === "cell" || c.level === "row") expect(yielded.has(c.code)).toBe(true);
  });
});
