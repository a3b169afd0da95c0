import { formSpec, materializeForm } from "../../src/forms";
import { crossFileUniqueFinding, readCell, uniqueKey, uniqueKeyPart, uniqueProblem, UNIQUE_KEY_SEPARATOR } from "../../src/validate";

const form = materializeForm(formSpec("results"), { dataRows: 1 });
const col = (key: string) => form.columns.find((c) => c.key === key)!;

describe("readCell", () => {
  test("numbers typed as text, not-applicable marks, enum aliases, dates", () => {
    expect(readCell("1 234", col("participants")).num).toBe(1234);
    expect(readCell(" впр ", col("procedure")).canon).toBe("ВПР");
    expect(readCell("   ", col("code")).blank).toBe(true);
    expect(readCell(null, col("code"))).toEqual({ raw: null, blank: true });
    const date = readCell(new Date(Date.UTC(2024, 4, 12)), col("participants"));
    expect(date).toMatchObject({ blank: false, num: undefined, text: undefined });
  });
});

describe("uniqueKey", () => {
  test("one key for the spellings a person types: aliases, case, numbers as text", () => {
    const a = uniqueKey([readCell("670101", col("code")), readCell("2024/2025", col("year")), readCell("ЕГЭ", col("procedure")), readCell("русский", col("subject")), readCell(null, col("grade"))]);
    const b = uniqueKey([readCell(670101, col("code")), readCell(" 2024/2025 ", col("year")), readCell("егэ", col("procedure")), readCell("Русский язык", col("subject")), readCell("", col("grade"))]);
    expect(a).toBe(b);
    expect(a.split(UNIQUE_KEY_SEPARATOR)).toEqual(["670101", "2024/2025", "егэ", "русский язык", ""]);
    expect(uniqueKeyPart(undefined)).toBe("");
  });
});

describe("unique findings", () => {
  test("the same words within a file and across files or sheets", () => {
    expect(uniqueProblem(["Код ОО"], "«1»")).toBe("Значение «1» в столбце «Код ОО» повторяется");
    expect(uniqueProblem(["Код ОО", "Код педагога"], "«1»")).toBe("Строка повторяет сочетание «Код ОО», «Код педагога»");
    const r = { sheet: "Лист1", cell: "A5", field: "Код ОО", value: "1", described: "«1»", names: ["Код ОО"], first: { file: "a.xlsx", sheet: "Контекстные данные", cell: "A4" } };
    expect(crossFileUniqueFinding(r)).toEqual({
      sheet: "Лист1",
      cell: "A5",
      field: "Код ОО",
      value: "1",
      severity: "error",
      code: "unique",
      message: "Значение «1» в столбце «Код ОО» повторяется — уже есть в файле «a.xlsx» (лист «Контекстные данные», ячейка A4): ожидается значение, уникальное во всех файлах",
    });
    expect(crossFileUniqueFinding(r, "лист").message).toBe(
      "Значение «1» в столбце «Код ОО» повторяется — уже есть на листе «Контекстные данные» (ячейка A4): ожидается значение, уникальное на всех листах",
    );
  });
});
