import fc from "fast-check";
import { PERIOD_EXAMPLES, formatPeriod, parsePeriod, periodIsOver, type Period, type PeriodContext } from "../../src/forms/period";
import { seedPlain, type SeedId } from "./presets/seed_text";

type Row = [text: string, start: string | undefined, end: string | undefined, kind: Period["kind"]];

const NONE: PeriodContext = {};
const Y2021_2023: PeriodContext = { years: [2021, 2022, 2023] };

/** The phrasings forms.md lists for the `plan` form, read in the Tambov programme's years 2021–2023. */
const FORMS_MD: Row[] = [
  ["апрель", "2021-04-01", "2023-04-30", "recurring"],
  ["апрель - май", "2021-04-01", "2023-05-31", "recurring"],
  ["Сентябрь – октябрь 2021 г.", "2021-09-01", "2021-10-31", "range"],
  ["Ежегодно в сентябре", "2021-09-01", "2023-09-30", "recurring"],
  ["2021-2023", "2021-01-01", "2023-12-31", "range"],
  ["до 2021 года", "2021-01-01", "2021-12-31", "range"],
  ["в течение года", "2021-01-01", "2023-12-31", "continuous"],
  ["постоянно", "2021-01-01", "2023-12-31", "continuous"],
  ["Не реже 1 раза в квартал", "2021-01-01", "2023-12-31", "recurring"],
];

/** Every period phrasing of the five seeds, with the programme years of its document. */
const SEEDS: [SeedId, PeriodContext, Row[]][] = [
  [
    "001",
    { years: [2021, 2022] },
    [
      ["Сентябрь – октябрь ежегодно", "2021-09-01", "2022-10-31", "recurring"],
      ["Сентябрь – октябрь 2021 г.", "2021-09-01", "2021-10-31", "range"],
      ["Ноябрь – декабрь 2021 г.", "2021-11-01", "2021-12-31", "range"],
      ["Январь – декабрь 2022 г.", "2022-01-01", "2022-12-31", "range"],
      ["Январь – апрель 2022 г.", "2022-01-01", "2022-04-30", "range"],
      ["Ноябрь - декабрь 2022 г.", "2022-11-01", "2022-12-31", "range"],
      ["Август - сентябрь 2022 г.", "2022-08-01", "2022-09-30", "range"],
      ["2021-2022 годы", "2021-01-01", "2022-12-31", "range"],
      ["2021 – 2022 гг.", "2021-01-01", "2022-12-31", "range"],
      ["на 2021-2022 гг.", "2021-01-01", "2022-12-31", "range"],
      ["2021 год", "2021-01-01", "2021-12-31", "range"],
      ["ежегодно", "2021-01-01", "2022-12-31", "recurring"],
      ["08.06.2021г", "2021-06-08", "2021-06-08", "range"],
      ["10.07.2020 г", "2020-07-10", "2020-07-10", "range"],
    ],
  ],
  [
    "002",
    { years: [2023, 2024, 2025] },
    [
      ["апрель", "2023-04-01", "2025-04-30", "recurring"],
      ["май", "2023-05-01", "2025-05-31", "recurring"],
      ["апрель - май", "2023-04-01", "2025-05-31", "recurring"],
      ["май - декабрь", "2023-05-01", "2025-12-31", "recurring"],
      ["июнь", "2023-06-01", "2025-06-30", "recurring"],
      ["сентябрь", "2023-09-01", "2025-09-30", "recurring"],
      ["октябрь", "2023-10-01", "2025-10-31", "recurring"],
      ["ноябрь", "2023-11-01", "2025-11-30", "recurring"],
      ["октябрь - ноябрь", "2023-10-01", "2025-11-30", "recurring"],
      ["декабрь", "2023-12-01", "2025-12-31", "recurring"],
      ["на 2023 - 2025 годы", "2023-01-01", "2025-12-31", "range"],
    ],
  ],
  [
    "003",
    { years: [2021, 2022, 2023] },
    [
      ["2021- 2023 гг.", "2021-01-01", "2023-12-31", "range"],
      ["ежегодно", "2021-01-01", "2023-12-31", "recurring"],
      ["Ежегодно", "2021-01-01", "2023-12-31", "recurring"],
      ["Сентябрь 2021", "2021-09-01", "2021-09-30", "range"],
      ["Ежегодно в сентябре", "2021-09-01", "2023-09-30", "recurring"],
      ["Ежегодно в июне", "2021-06-01", "2023-06-30", "recurring"],
      ["Не реже 1 раза в квартал", "2021-01-01", "2023-12-31", "recurring"],
      ["постоянно", "2021-01-01", "2023-12-31", "continuous"],
      ["2021/2022 учебный год", "2021-09-01", "2022-08-31", "range"],
      ["в течение года", "2021-01-01", "2023-12-31", "continuous"],
      ["Не реже двух раз в год", "2021-01-01", "2023-12-31", "recurring"],
      ["2021-2023", "2021-01-01", "2023-12-31", "range"],
      ["2022", "2022-01-01", "2022-12-31", "range"],
      ["2021", "2021-01-01", "2021-12-31", "range"],
    ],
  ],
  [
    "004",
    { years: [2018, 2019, 2020, 2021] },
    [
      ["2018-2021 годы", "2018-01-01", "2021-12-31", "range"],
      ["в течение 2018 - 2021 годов", "2018-01-01", "2021-12-31", "range"],
      ["2018 год", "2018-01-01", "2018-12-31", "range"],
      ["2019-2020 годы", "2019-01-01", "2020-12-31", "range"],
      ["2021 год", "2021-01-01", "2021-12-31", "range"],
      ["2018 – 2021 годы", "2018-01-01", "2021-12-31", "range"],
      ["февраль – март 2018 год", "2018-02-01", "2018-03-31", "range"],
      ["март - декабрь 2018 год", "2018-03-01", "2018-12-31", "range"],
      ["До 2021 года", "2018-01-01", "2021-12-31", "range"],
      ["сентябрь 2019 год до 2021 года", "2019-09-01", "2021-12-31", "range"],
      ["на 2019-2021 годы", "2019-01-01", "2021-12-31", "range"],
      ["с 2014 по 2017 годы", "2014-01-01", "2017-12-31", "range"],
      ["с 2015 по 2017 год", "2015-01-01", "2017-12-31", "range"],
      ["в 2016 году", "2016-01-01", "2016-12-31", "range"],
      ["на 2014–2018 годы", "2014-01-01", "2018-12-31", "range"],
      ["на 2016–2020 годы", "2016-01-01", "2020-12-31", "range"],
      ["на 2017-2021 годы", "2017-01-01", "2021-12-31", "range"],
      ["на период до 2020 года", "2018-01-01", "2020-12-31", "range"],
      ["в период с 17 по 27 октября 2017 года", "2017-10-17", "2017-10-27", "range"],
      ["16.10.2017г.", "2017-10-16", "2017-10-16", "range"],
      ["20.03.2018 г.", "2018-03-20", "2018-03-20", "range"],
      ["26.02.2018", "2018-02-26", "2018-02-26", "range"],
    ],
  ],
];

/** Phrasings common in roadmaps beyond the seeds (the brief's list), without context unless a year is needed. */
const MORE: [string, PeriodContext, ...Row][] = [
  ["01.09.2021", NONE, "01.09.2021", "2021-09-01", "2021-09-01", "range"],
  ["1.9.21", NONE, "1.9.21", "2021-09-01", "2021-09-01", "range"],
  ["до 1 сентября 2021 г.", NONE, "до 1 сентября 2021 г.", undefined, "2021-09-01", "range"],
  ["не позднее 01.09.2021", NONE, "не позднее 01.09.2021", undefined, "2021-09-01", "range"],
  ["к концу 2022 года", NONE, "к концу 2022 года", undefined, "2022-12-31", "range"],
  ["I квартал 2022", NONE, "I квартал 2022", "2022-01-01", "2022-03-31", "range"],
  ["IV квартал 2021 года", NONE, "IV квартал 2021 года", "2021-10-01", "2021-12-31", "range"],
  ["2 кв. 2022 г.", NONE, "2 кв. 2022 г.", "2022-04-01", "2022-06-30", "range"],
  ["1-й квартал 2023", NONE, "1-й квартал 2023", "2023-01-01", "2023-03-31", "range"],
  ["II–III квартал 2022 г.", NONE, "II–III квартал 2022 г.", "2022-04-01", "2022-09-30", "range"],
  ["в течение I квартала 2022 года", NONE, "в течение I квартала 2022 года", "2022-01-01", "2022-03-31", "range"],
  ["II полугодие 2021", NONE, "II полугодие 2021", "2021-07-01", "2021-12-31", "range"],
  ["2021-2022 учебный год", NONE, "2021-2022 учебный год", "2021-09-01", "2022-08-31", "range"],
  ["2021/22 уч. год", NONE, "2021/22 уч. год", "2021-09-01", "2022-08-31", "range"],
  ["в течение 2022/2023 учебного года", NONE, "в течение 2022/2023 учебного года", "2022-09-01", "2023-08-31", "range"],
  ["2021-2023 учебные годы", NONE, "2021-2023 учебные годы", "2021-09-01", "2023-08-31", "range"],
  ["май-июнь", { referenceYear: 2022 }, "май-июнь", "2022-05-01", "2022-06-30", "range"],
  ["МАЙ—ИЮНЬ", { years: [2024] }, "МАЙ—ИЮНЬ", "2024-05-01", "2024-06-30", "range"],
  ["декабрь 2021 года", NONE, "декабрь 2021 года", "2021-12-01", "2021-12-31", "range"],
  ["в декабре 2021 г.", NONE, "в декабре 2021 г.", "2021-12-01", "2021-12-31", "range"],
  ["1 сентября 2021 г.", NONE, "1 сентября 2021 г.", "2021-09-01", "2021-09-01", "range"],
  ["с 01.09.2021 по 31.05.2022", NONE, "с 01.09.2021 по 31.05.2022", "2021-09-01", "2022-05-31", "range"],
  ["01.09.2021 – 31.05.2022", NONE, "01.09.2021 – 31.05.2022", "2021-09-01", "2022-05-31", "range"],
  ["сентябрь 2021 г. – май 2022 г.", NONE, "сентябрь 2021 г. – май 2022 г.", "2021-09-01", "2022-05-31", "range"],
  ["сентябрь 2021 - май", NONE, "сентябрь 2021 - май", "2021-09-01", "2022-05-31", "range"],
  ["ноябрь - февраль 2022", NONE, "ноябрь - февраль 2022", "2021-11-01", "2022-02-28", "range"],
  ["17-27 октября 2017", NONE, "17-27 октября 2017", "2017-10-17", "2017-10-27", "range"],
  ["с сентября 2019 года до 2021 года", NONE, "с сентября 2019 года до 2021 года", "2019-09-01", "2021-12-31", "range"],
  ["ежеквартально", Y2021_2023, "ежеквартально", "2021-01-01", "2023-12-31", "recurring"],
  ["ежемесячно", NONE, "ежемесячно", undefined, undefined, "recurring"],
  ["2 раза в год", NONE, "2 раза в год", undefined, undefined, "recurring"],
  ["раз в полугодие", NONE, "раз в полугодие", undefined, undefined, "recurring"],
  ["не менее трех раз в учебный год", NONE, "не менее трех раз в учебный год", undefined, undefined, "recurring"],
  ["Ежегодно, до 1 сентября", Y2021_2023, "Ежегодно, до 1 сентября", "2021-01-01", "2023-09-01", "recurring"],
  ["в течение всего периода", Y2021_2023, "в течение всего периода", "2021-01-01", "2023-12-31", "continuous"],
  ["в течение всего срока реализации программы", NONE, "в течение всего срока реализации программы", undefined, undefined, "continuous"],
  ["по мере необходимости", NONE, "по мере необходимости", undefined, undefined, "continuous"],
  ["в течение учебного года", { referenceYear: 2022 }, "в течение учебного года", "2022-09-01", "2023-08-31", "continuous"],
  ["в течение года", { referenceYear: 2022, years: [2021, 2022, 2023] }, "в течение года", "2022-01-01", "2022-12-31", "continuous"],
];

const GARBAGE = [
  "скоро",
  "2021-2019",
  "31.02.2021",
  "апрель-апрель-май",
  "",
  "   ",
  "когда-нибудь",
  "32 января 2021",
  "13 квартал 2021",
  "5 квартал 2022",
  "2021 учебный год",
  "2021/2023 учебный год",
  "ежегодно в сентябре 2021",
  "сентябрь 2022 - май 2021",
  "Подготовительный – 2018 год",
  "от \" 14 \"03. 2018 г.",
  "2014, 2015 и 2017 годах",
  "1850-1860",
  "апрель 3021",
];

function check(text: string, ctx: PeriodContext, start: string | undefined, end: string | undefined, kind: Period["kind"]) {
  const p = parsePeriod(text, ctx);
  expect(p).toBeDefined();
  expect({ kind: p?.kind, start: p?.start, end: p?.end }).toEqual({ kind, start, end });
  expect(p?.text).toBe(text.trim());
}

describe("parsePeriod", () => {
  describe("reads every phrasing of forms.md", () => {
    it.each(FORMS_MD)("%s", (text, start, end, kind) => check(text, Y2021_2023, start, end, kind));
  });

  describe.each(SEEDS)("reads every period phrasing of seed %s", (seed, ctx, rows) => {
    it.each(rows)("%s", (text, start, end, kind) => {
      // The phrase is the seed's own (proves the table is not made up).
      expect(seedPlain(seed).toLowerCase()).toContain(text.toLowerCase().replace(/^(на|в) /, ""));
      check(text, ctx, start, end, kind);
    });
  });

  describe("reads the other common phrasings", () => {
    it.each(MORE)("%s", (_label, ctx, text, start, end, kind) => check(text, ctx, start, end, kind));
  });

  it("reads every example it shows the user", () => {
    for (const example of PERIOD_EXAMPLES) expect(parsePeriod(example, Y2021_2023)).toBeDefined();
    expect(PERIOD_EXAMPLES.slice(0, 9)).toEqual(FORMS_MD.map((r) => r[0]));
  });

  it.each(GARBAGE)("answers undefined for %p", (text) => {
    expect(parsePeriod(text, Y2021_2023)).toBeUndefined();
  });

  it("describes the structure of each kind", () => {
    expect(parsePeriod("Ежегодно в сентябре", Y2021_2023)).toEqual({
      kind: "recurring",
      text: "Ежегодно в сентябре",
      every: "year",
      months: [9],
      start: "2021-09-01",
      end: "2023-09-30",
    });
    expect(parsePeriod("Не реже двух раз в год")).toEqual({ kind: "recurring", text: "Не реже двух раз в год", every: "year", times: 2, atLeast: true });
    expect(parsePeriod("Не реже 1 раза в квартал")).toMatchObject({ every: "quarter", times: 1, atLeast: true });
    expect(parsePeriod("до 2021 года")).toEqual({ kind: "range", text: "до 2021 года", unit: "year", deadline: true, start: undefined, end: "2021-12-31" });
    expect(parsePeriod("2021/2022 учебный год")).toMatchObject({ unit: "academic-year", deadline: false });
    expect(parsePeriod("по мере необходимости")).toEqual({ kind: "continuous", text: "по мере необходимости", scope: "as-needed" });
    expect(parsePeriod("в течение всего периода")).toMatchObject({ scope: "programme" });
    expect(parsePeriod("в течение учебного года")).toMatchObject({ scope: "academic-year" });
  });

  describe("places a phrase without a year by its context", () => {
    it("keeps it readable but undated without context (never overdue)", () => {
      expect(parsePeriod("апрель - май")).toEqual({ kind: "range", text: "апрель - май", unit: "month", deadline: false, months: [4, 5] });
      expect(parsePeriod("Ежегодно в сентябре")).toEqual({ kind: "recurring", text: "Ежегодно в сентябре", every: "year", months: [9] });
      expect(parsePeriod("постоянно")).toEqual({ kind: "continuous", text: "постоянно", scope: "always" });
      expect(parsePeriod("ноябрь - февраль")).toMatchObject({ months: [11, 12, 1, 2] });
    });

    it("puts it in the reference year, which wins over the programme years", () => {
      expect(parsePeriod("апрель", { referenceYear: 2024, years: [2023, 2024, 2025] })).toMatchObject({ kind: "range", start: "2024-04-01", end: "2024-04-30" });
      expect(parsePeriod("Ежегодно в июне", { referenceYear: 2024 })).toMatchObject({ kind: "recurring", start: "2024-06-01", end: "2024-06-30" });
      expect(parsePeriod("ноябрь - февраль", { referenceYear: 2023 })).toMatchObject({ start: "2023-11-01", end: "2024-02-29" });
    });

    it("puts it in the only programme year, and repeats it over several", () => {
      expect(parsePeriod("апрель", { years: [2024] })).toMatchObject({ kind: "range", start: "2024-04-01", end: "2024-04-30" });
      expect(parsePeriod("апрель", { years: [2025, 2023, 2024, 2024] })).toMatchObject({ kind: "recurring", start: "2023-04-01", end: "2025-04-30", months: [4] });
    });

    it("ignores implausible context years", () => {
    expect(parsePeriod("апрель", { years: "2021" as unknown as number[] })).toMatchObject({ months: [4] });
      expect(parsePeriod("апрель", { years: [NaN, 20245], referenceYear: 1.5 })).toMatchObject({ months: [4] });
      expect(parsePeriod("апрель", { years: [NaN, 20245] })?.end).toBeUndefined();
    });

    it("starts a deadline at the programme's start when it is known and earlier", () => {
      expect(parsePeriod("до 2021 года", { years: [2018, 2021] })?.start).toBe("2018-01-01");
      expect(parsePeriod("до 2017 года", { years: [2018, 2021] })?.start).toBeUndefined();
    });
  });

  it("is indifferent to case, ё, kinds of dashes and spaces", () => {
    const dashes = ["-", "–", "—", "‑", "−", " - ", " — ", "\u00a0–\u00a0"];
    for (const d of dashes) expect(parsePeriod(`СЕНТЯБРЬ${d}октябрь 2021 г.`)?.end).toBe("2021-10-31");
    expect(parsePeriod("  в течение   года  ", { referenceYear: 2021 })?.end).toBe("2021-12-31");
    expect(parsePeriod("2021-2022 гг")?.end).toBe("2022-12-31");
    expect(parsePeriod("2021г.-2022г.")?.end).toBe("2022-12-31");
  });

  it("reads numbers and dates as they come from cells", () => {
    expect(parsePeriod(2022)).toMatchObject({ start: "2022-01-01", end: "2022-12-31" });
    expect(parsePeriod(new Date(2021, 8, 1))).toMatchObject({ start: "2021-09-01", end: "2021-09-01" });
    expect(parsePeriod(2022.5)).toBeUndefined();
    expect(parsePeriod(null)).toBeUndefined();
    expect(parsePeriod(new Date(NaN))).toBeUndefined();
    expect(parsePeriod({})).toBeUndefined();
  });

  it("handles leap years", () => {
    expect(parsePeriod("февраль 2024")?.end).toBe("2024-02-29");
    expect(parsePeriod("29.02.2024")?.end).toBe("2024-02-29");
    expect(parsePeriod("29.02.2023")).toBeUndefined();
  });

  it("never throws or hangs, whatever the input", () => {
    const long = [
      "апрель - ".repeat(5000),
      "2021".repeat(10000),
      "ежегодно ".repeat(3000),
      "-".repeat(100000),
      "с 01.09.2021 по ".repeat(20) + "31.05.2022",
      "не реже " + "1 ".repeat(150) + "раза в квартал",
      "г".repeat(199),
      "1".repeat(199),
    ];
    for (const text of long) expect(parsePeriod(text, Y2021_2023)).toBeUndefined();
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.option(fc.integer({ min: -5000, max: 5000 })), (text, year) => {
        const p = parsePeriod(text, year === null ? {} : { referenceYear: year, years: [year, year + 2] });
        if (p) expect(typeof formatPeriod(p)).toBe("string");
      }),
      { numRuns: 2000 },
    );
    const letters = [..."абвгдежзийклмнопрстуфхцчшщъыьэюяёАВСЕКМНОРТХ0123456789 .,-–—/()«»\"IVXгкв"];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...letters), maxLength: 250 }), (text) => {
        const p = parsePeriod(text, { years: [2020, 2024] });
        if (p) expect(typeof formatPeriod(p)).toBe("string");
      }),
      { numRuns: 3000 },
    );
    const words = ["апрель", "-", "2021", "до", "с", "по", "ежегодно", "в", "течение", "года", "I", "квартал", "01.09.2021", "/", "2022", "учебный год", "раз", "не реже"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (parts) => {
        const p = parsePeriod(parts.join(" "), Y2021_2023);
        if (p?.start !== undefined && p.end !== undefined) expect(p.start <= p.end).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("formatPeriod", () => {
  const f = (text: string, ctx: PeriodContext = NONE) => formatPeriod(parsePeriod(text, ctx) as Period);

  it("says a one-off span in its shortest form", () => {
    expect(f("Сентябрь – октябрь 2021 г.")).toBe("сентябрь – октябрь 2021");
    expect(f("Сентябрь 2021")).toBe("сентябрь 2021");
    expect(f("сентябрь 2019 год до 2021 года")).toBe("сентябрь 2019 – декабрь 2021");
    expect(f("2021-2023")).toBe("2021–2023 годы");
    expect(f("2022")).toBe("2022 год");
    expect(f("2021/2022 учебный год")).toBe("2021/2022 учебный год");
    expect(f("I квартал 2022")).toBe("I квартал 2022");
    expect(f("II полугодие 2021")).toBe("II полугодие 2021");
    expect(f("01.09.2021")).toBe("01.09.2021");
    expect(f("с 17 по 27 октября 2017 года")).toBe("17.10.2017 – 27.10.2017");
    expect(f("до 2021 года")).toBe("до 31.12.2021");
    expect(f("с сентября 2021 года")).toBe("с 01.09.2021");
    expect(f("апрель - май")).toBe("апрель – май (год не указан)");
  });

  it("says the rhythm of a repeated activity and when it ends", () => {
    expect(f("Ежегодно в сентябре", Y2021_2023)).toBe("ежегодно (сентябрь), 2021–2023: по 30.09.2023");
    expect(f("Не реже 1 раза в квартал")).toBe("не реже 1 раза в квартал");
    expect(f("Не реже двух раз в год")).toBe("не реже 2 раз в год");
    expect(f("2 раза в год")).toBe("2 раза в год");
    expect(f("ежеквартально")).toBe("ежеквартально");
  });

  it("says a continuous activity and its end when known", () => {
    expect(f("постоянно")).toBe("постоянно");
    expect(f("постоянно", Y2021_2023)).toBe("постоянно, 2021–2023 годы");
    expect(f("в течение года", { referenceYear: 2022 })).toBe("в течение года, 2022 год");
    expect(f("по мере необходимости")).toBe("по мере необходимости");
  });
});

describe("periodIsOver", () => {
  const p = (text: string, ctx: PeriodContext = NONE) => parsePeriod(text, ctx) as Period;

  it("is over only after the last day of the period", () => {
    expect(periodIsOver(p("до 2021 года"), "2021-12-31")).toBe(false);
    expect(periodIsOver(p("до 2021 года"), "2022-01-01")).toBe(true);
    expect(periodIsOver(p("Сентябрь – октябрь 2021 г."), new Date(2021, 9, 31))).toBe(false);
    expect(periodIsOver(p("Сентябрь – октябрь 2021 г."), new Date(2021, 10, 1))).toBe(true);
    expect(periodIsOver(p("Ежегодно в сентябре", Y2021_2023), "2022-10-01")).toBe(false);
    expect(periodIsOver(p("Ежегодно в сентябре", Y2021_2023), "2023-10-01")).toBe(true);
  });

  it("is never over without a known end", () => {
    expect(periodIsOver(p("постоянно"), "2100-01-01")).toBe(false);
    expect(periodIsOver(p("апрель"), "2100-01-01")).toBe(false);
    expect(periodIsOver(p("с сентября 2021 года"), "2100-01-01")).toBe(false);
  });

  it("rejects a day that is not a date", () => {
    expect(() => periodIsOver(p("2021"), "завтра")).toThrow(/ожидается дата/);
    expect(() => periodIsOver(p("2021"), "2021-02-30")).toThrow(RangeError);
    expect(() => periodIsOver(p("2021"), new Date(NaN))).toThrow(RangeError);
  });
});
