import { validateTable } from "../../../src/validate";
import { formSpec } from "../../../src/forms";
import { brief, headersOf, sheet } from "../helpers";

const row = (num: string, period: string, status: string | null) => [num, "Мероприятие", period, "Управление образования", "Справка", status, null];

describe("overdue (warning)", () => {
  const rows = [
    row("1", "Сентябрь – октябрь 2021 г.", "в работе"),
    row("2", "Сентябрь – октябрь 2021 г.", "выполнено"),
    row("3", "Сентябрь – октябрь 2021 г.", "Отменено"),
    row("4", "до 2021 года", null),
    row("5", "апрель", null),
    row("6", "2021-2023", "в работе"),
  ];
  test("ended periods without a final status, as of a date", () => {
    const f = validateTable(sheet(headersOf("plan"), rows), formSpec("plan"), { asOf: "2022-01-01" });
    expect(brief(f)).toEqual(["C4 overdue (w)", "C7 overdue (w)"]);
    expect(f[0].message).toBe(
      "Срок «Сентябрь – октябрь 2021 г.» истёк 31.10.2021, а статус «в работе»: ожидается статус «выполнено» или «отменено» либо новый срок",
    );
    expect(f[1].message).toContain("статус «не указан»");
  });
  test("the day the period ends it is not overdue yet; a Date works as asOf", () => {
    expect(validateTable(sheet(headersOf("plan"), rows), formSpec("plan"), { asOf: "2021-10-31" })).toEqual([]);
    expect(brief(validateTable(sheet(headersOf("plan"), rows), formSpec("plan"), { asOf: new Date(2024, 0, 10) }))).toEqual([
      "C4 overdue (w)",
      "C7 overdue (w)",
      "C9 overdue (w)",
    ]);
  });
  test("a period without a year is placed by the programme's years", () => {
    const f = validateTable(sheet(headersOf("plan"), [row("1", "апрель", "в работе")]), formSpec("plan"), { asOf: "2024-06-01", years: [2023] });
    expect(brief(f)).toEqual(["C4 overdue (w)"]);
  });
  test("a bad asOf is an error of the call", () => {
    expect(() => validateTable(sheet(headersOf("plan"), rows), formSpec("plan"), { asOf: "01.01.2022" })).toThrow(/ГГГГ-ММ-ДД/);
  });
});
