import { validateTable } from "../../../src/validate";
import { formSpec } from "../../../src/forms";
import { brief, headersOf, sheet } from "../helpers";

const row = (num: string, period: string, status: string | null = null) => [num, "Мероприятие", period, "Управление образования", "Справка", status, null];

describe("period", () => {
  test("Russian period phrases of the sources are read; others are errors", () => {
    const rows = [
      row("1", "апрель"),
      row("2", "апрель - май"),
      row("3", "Сентябрь – октябрь 2021 г."),
      row("4", "Ежегодно в сентябре"),
      row("5", "2021-2023"),
      row("6", "до 2021 года"),
      row("7", "в течение года"),
      row("8", "постоянно"),
      row("9", "Не реже 1 раза в квартал"),
      row("10", "когда-нибудь"),
    ];
    const f = validateTable(sheet(headersOf("plan"), rows), formSpec("plan"), { asOf: "2020-01-01" });
    expect(brief(f)).toEqual(["C13 period"]);
    expect(f[0].message).toMatch(/^Срок «когда-нибудь» не распознан: ожидается срок словами/);
  });
});
