import { plural, pluralForm } from "../../src/text/plural";

describe("Russian plural", () => {
  test("one / few / many by the last two digits, 11–14 always many", () => {
    const forms = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, 122].map((n) => pluralForm(n, "ошибка", "ошибки", "ошибок"));
    expect(forms).toEqual(["ошибок", "ошибка", "ошибки", "ошибки", "ошибок", "ошибок", "ошибок", "ошибок", "ошибка", "ошибки", "ошибок", "ошибка", "ошибок", "ошибок", "ошибки"]);
  });
  test("the count before the word", () => {
    expect(plural(3, "строка", "строки", "строк")).toBe("3 строки");
    expect(plural(2000, "файл", "файла", "файлов")).toBe("2000 файлов");
  });
});
