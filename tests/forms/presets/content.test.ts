/** Row counts and spot values of each preset against its source. */
import { ASTRAKHAN_ACTORS, CYCLE_STAGES, PASSPORT_SECTIONS, RISK_FACTORS, preset } from "../../../src/forms/presets";
import { parsePeriod } from "../../../src/forms/period";
import { amountHeader } from "../../../src/forms/presets/headers";
import { column, dataRows, sections } from "./helpers";
import { seedPlain } from "./seed_text";

const byNo = (name: string, no: string) => dataRows(preset(name)).find((r) => r.values["№ п/п"] === no)?.values ?? {};

describe("plan-region-2023-2025 (seed 002)", () => {
  const p = preset("plan-region-2023-2025");
  it("has the 20 activities numbered 1–20, no sections, for 2023–2025", () => {
    expect(dataRows(p)).toHaveLength(20);
    expect(sections(p)).toEqual([]);
    expect(column(p, "№ п/п")).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    expect(p.years).toEqual([2023, 2024, 2025]);
  });
  it("keeps periods and results as written, and leaves the absent responsible column empty", () => {
    expect(column(p, "Сроки реализации")).toEqual([
      "апрель", "апрель", "апрель", "май", "апрель", "апрель - май", "май", "май - декабрь", "май", "май",
      "июнь", "сентябрь", "сентябрь", "октябрь", "ноябрь", "ноябрь", "октябрь", "сентябрь", "октябрь - ноябрь", "декабрь",
    ]);
    expect(new Set(column(p, "Ответственный исполнитель"))).toEqual(new Set([null]));
    expect(byNo(p.name, "1")["Ожидаемый результат"]).toBe("Сформированные списки ШНОР по кластерам");
    expect(byNo(p.name, "5")["Наименование мероприятия"]).toBe("Реализация регионального проекта по поддержке ШНОР «500+»");
  });
  it("joins activities split by a page break", () => {
    expect(byNo(p.name, "3")["Наименование мероприятия"]).toMatch(/задач повышения качества образования \(семинар – совещание\)$/);
    expect(byNo(p.name, "11")["Наименование мероприятия"]).toMatch(/и решения проблемы отсутствия специалистов-предметников \(семинар\)$/);
    expect(byNo(p.name, "18")["Наименование мероприятия"]).toBe("Организационно – методическое сопровождение деятельности муниципальных консультационных центров.");
  });
});

describe("plan-tambov (seed 003)", () => {
  const p = preset("plan-tambov");
  it("has sections 1–3 with 10, 9 and 6 activities", () => {
    expect(sections(p)).toEqual([
      "1. Организационные механизмы реализации «дорожной карты»",
      "2. Улучшение качества образования",
      "3. Развитие кадрового потенциала",
    ]);
    const nos = column(p, "№ п/п").map(String);
    expect(nos.filter((n) => n.startsWith("1.")).length).toBe(10);
    expect(nos.filter((n) => n.startsWith("2.")).length).toBe(9);
    expect(nos.filter((n) => n.startsWith("3.")).length).toBe(6);
    expect(nos).toContain("1.10");
  });
  it("keeps the source's values", () => {
    expect(byNo(p.name, "1.9")).toMatchObject({
      "Сроки реализации": "Не реже 1 раза в квартал",
      "Ответственный исполнитель": "Управление образования",
      "Ожидаемый результат": "Аналитическая справка",
    });
    expect(byNo(p.name, "2.3")["Сроки реализации"]).toBe("2021/2022 учебный год");
    expect(byNo(p.name, "2.9")["Сроки реализации"]).toBe("Не реже двух раз в год");
    expect(byNo(p.name, "3.6")).toMatchObject({ "Сроки реализации": "2021", "Ожидаемый результат": "Банк лучших практик" });
    expect(byNo(p.name, "1.8")["Ответственный исполнитель"]).toBe("Управление образования, общеобразовательные организации");
  });
  it("restores only hyphens lost in text recognition", () => {
    expect(byNo(p.name, "2.5")["Наименование мероприятия"]).toMatch(/^Формирование муниципального задания школам-участницам /);
    expect(byNo(p.name, "1.8")["Ожидаемый результат"]).toBe("Информационный Интернет-ресурс");
  });
});

describe("plan-krasnye-baki (seed 001)", () => {
  const p = preset("plan-krasnye-baki");
  it("has one unnumbered section and activities 1–8 of 2021–2022", () => {
    expect(sections(p)).toHaveLength(1);
    expect(sections(p)[0]).toMatch(/^Реализация вариативных моделей системы работы .* \(срок реализации - 1 год, ежегодно\)$/);
    expect(column(p, "№ п/п")).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(p.years).toEqual([2021, 2022]);
  });
  it("keeps periods and the responsible as written", () => {
    expect(column(p, "Сроки реализации")).toEqual([
      "Сентябрь – октябрь ежегодно",
      "Сентябрь – октябрь 2021 г.",
      "Сентябрь – октябрь 2021 г.",
      "Ноябрь – декабрь 2021 г.",
      "Январь – декабрь 2022 г.",
      "Январь – апрель 2022 г.",
      "Ноябрь - декабрь 2022 г.",
      "Август - сентябрь 2022 г.",
    ]);
    expect(new Set(column(p, "Ответственный исполнитель"))).toEqual(new Set(["УОи МП"]));
    expect(byNo(p.name, "4")["Наименование мероприятия"]).toMatch(/раздела «Адресная методическая поддержка педагогов»$/);
  });
});

describe("plan-yartsevo (seed 004)", () => {
  const p = preset("plan-yartsevo");
  it("has the three stages as sections under the goal and the main activity", () => {
    expect(sections(p).slice(2)).toEqual(["1.1. Подготовительный этап", "1.2. Практический этап", "1.3. Этап обобщения и коррекции"]);
    expect(sections(p)[0]).toMatch(/^Цель ведомственной целевой программы: Развитие муниципальной системы образования/);
    expect(sections(p)[1]).toMatch(/^Основное мероприятие 1\. /);
  });
  it("has 6 + 18 + 9 activities; the one unnumbered in the source stays unnumbered", () => {
    const nos = column(p, "№ п/п");
    expect(nos).toHaveLength(33);
    expect(nos.filter((n) => String(n).startsWith("1.1.")).length).toBe(6);
    expect(nos.filter((n) => String(n).startsWith("1.2.")).length).toBe(17);
    expect(nos.filter((n) => n === null).length).toBe(1);
    expect(nos.filter((n) => String(n).startsWith("1.3.")).length).toBe(9);
    const unnumbered = dataRows(p).find((r) => r.values["№ п/п"] === null)?.values;
    expect(unnumbered?.["Наименование мероприятия"]).toMatch(/^Разработка муниципальных заданий на оказание услуг школам/);
  });
  it("gives each activity its stage's period, except the last one's own", () => {
    expect(byNo(p.name, "1.1.1")["Сроки реализации"]).toBe("февраль – март 2018 год");
    expect(byNo(p.name, "1.2.17")["Сроки реализации"]).toBe("март - декабрь 2018 год");
    expect(byNo(p.name, "1.3.8")["Сроки реализации"]).toBe("До 2021 года");
    expect(byNo(p.name, "1.3.9")).toMatchObject({ "Сроки реализации": "сентябрь 2019 год до 2021 года", "Ответственный исполнитель": null });
    expect(parsePeriod("До 2021 года", { years: p.years })?.end).toBe("2021-12-31");
    expect(new Set(column(p, "Ожидаемый результат"))).toEqual(new Set([null]));
  });
  it("keeps executors as written, joined across page breaks", () => {
    expect(byNo(p.name, "1.1.3")["Ответственный исполнитель"]).toBe("Комитет по образованию и молодежной политике");
    expect(byNo(p.name, "1.2.7")["Ответственный исполнитель"]).toBe("ГАУ ДПО СОИРО (по согласованию)");
    expect(byNo(p.name, "1.2.17")["Ответственный исполнитель"]).toBe("Руководители общеобразовательных организаций");
    expect(byNo(p.name, "1.3.5")["Наименование мероприятия"]).toBe("Перевод итоговой системы муниципального исследования (мониторингов) качества образования в штатный режим.");
  });
});

describe("targets-yartsevo (seed 004, Приложение № 1)", () => {
  const p = preset("targets-yartsevo");
  const rows = dataRows(p);
  it("has the 14 indicators, indicator 4 a group heading over 4.1–4.3", () => {
    const nos = column(p, "№ п/п").map(String);
    expect(new Set(nos.map((n) => n.split(".")[0])).size).toBe(14);
    expect(nos).toEqual(["1", "2", "3", "4.1", "4.2", "4.3", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"]);
    expect(sections(p)).toContain("4. Доля школ, показавших:");
  });
  it("has the base and planned values of the source", () => {
    const values = rows.filter((r) => r.values["Единица измерения"] !== null).map((r) => [r.values["№ п/п"], r.values["Единица измерения"], r.values["Базовое значение"], r.values["План 2021"]]);
    expect(values).toEqual([
      ["1", "Единица", 0, 1],
      ["2", "Единица", 1, 2],
      ["3", "Процент", 25, 100],
      ["4.1", "Процент", 15, 0],
      ["4.2", "Процент", 22, 16],
      ["4.3", "Процент", 25, 40],
      ["5", "Единица", 5, 15],
      ["6", "Процент", 8, 9],
      ["7", "Процент", 10, 27],
      ["8", "Процент", 25, 100],
      ["9", "Процент", 25, 90],
      ["10", "Процент", 0, 75],
      ["11", "Единица", 0, 1],
      ["12", "Процент", 0, 100],
      ["13", "Процент", 60, 85],
      ["14", "Процент", 60, 75],
    ]);
  });
  it("finds every value in its row of the source table", () => {
    const table = seedPlain("004").split("1 2 3 4 5")[1].split("Приложение № 2")[0];
    for (const r of rows) {
      if (r.values["Единица измерения"] === null) continue;
      const no = String(r.values["№ п/п"]);
      const at = table.indexOf(`${no}${no.includes(".") ? "." : ""}`);
      const after = table.slice(at);
      const base = String(r.values["Базовое значение"]);
      const plan = String(r.values["План 2021"]);
      expect(after).toMatch(new RegExp(`${r.values["Единица измерения"]} ${base}%? ${plan}%?`));
    }
  });
  it("derives the direction from the planned change: only the two shares planned to fall decrease", () => {
    expect(rows.filter((r) => r.values["Направление"] === "снижение").map((r) => r.values["№ п/п"])).toEqual(["4.1", "4.2"]);
    expect(rows.filter((r) => r.values["Направление"] === "рост")).toHaveLength(14);
    expect(new Set(column(p, "Базовый год"))).toEqual(new Set([null]));
    expect(p.years).toEqual([2021]);
  });
});

describe("targets-tambov (seed 003)", () => {
  const p = preset("targets-tambov");
  it("lists the 21 indicators of the passport, without values", () => {
    expect(dataRows(p)).toHaveLength(21);
    expect(column(p, "Наименование показателя")[0]).toBe("Доля выпускников, преодолевших минимальный порог на ЕГЭ по двум обязательным предметам");
    for (const h of ["Базовое значение", "Базовый год", "План 2021", "План 2022", "План 2023"]) expect(new Set(column(p, h))).toEqual(new Set([null]));
  });
  it("derives units from the wording", () => {
    const units = dataRows(p).map((r) => [String(r.values["Наименование показателя"]).split(" ")[0], r.values["Единица измерения"]]);
    for (const [first, unit] of units) expect(unit).toBe(first === "Доля" || first === "Качественная" ? "Процент" : "Единица");
  });
  it("sets a direction only where the wording says it", () => {
    const dir = (start: string) => dataRows(p).find((r) => String(r.values["Наименование показателя"]).startsWith(start))?.values["Направление"];
    expect(dir("Доля педагогов, которые своевременно не прошли")).toBe("снижение");
    expect(dir("Доля выпускников, преодолевших минимальный порог на ОГЭ")).toBe("рост");
    expect(dir("Доля педагогов пенсионного возраста")).toBeNull();
    expect(dir("Доля учебного времени, используемого на элективные")).toBeNull();
  });
});

describe("finance-yartsevo (seed 004, Приложение № 2)", () => {
  const p = preset("finance-yartsevo");
  it("has the plan's activities, amounts empty (the source gives none) for 2018–2021", () => {
    expect(dataRows(p)).toHaveLength(33);
    expect(p.years).toEqual([2018, 2019, 2020, 2021]);
    for (const y of p.years ?? []) expect(new Set(column(p, amountHeader(y)))).toEqual(new Set([null]));
  });
  it("keeps the named sources and the one planned value", () => {
    const funded = dataRows(p).filter((r) => r.values["Источник финансирования"] !== null).map((r) => r.values["№ п/п"]);
    expect(funded).toEqual(["1.2.7", "1.2.13"]);
    expect(byNo(p.name, "1.2.7")["Источник финансирования"]).toBe("внебюджетные средства");
    expect(dataRows(p).filter((r) => r.values["Планируемое значение показателя"] !== null).map((r) => [r.values["№ п/п"], r.values["Планируемое значение показателя"]])).toEqual([
      ["1.1.6", "50%"],
    ]);
    expect(byNo(p.name, "1.1.6")["Исполнитель"]).toBe("Комитет по образованию и молодежной политике, ОЦПРМСО, ГАУ СОИРО (по согласованию)");
  });
});

describe("responsibility-astrakhan (seed 000)", () => {
  const p = preset("responsibility-astrakhan");
  it("has the three actors as columns and the source's phases and sub-headings as sections", () => {
    expect(p.columns).toEqual(["Министерство (орган управления образованием)", "Институт развития образования", "Центр мониторинга"]);
    expect(p.columns).toEqual(ASTRAKHAN_ACTORS);
    expect(sections(p)).toEqual([
      "1. Подготовка и запуск программы",
      "1.1. Создание организационной инфраструктуры реализации программы, обеспечение кадровой поддержки",
      "1.1. Разработка нормативного правового обеспечения реализации программы",
      "1.2. Разработка финансового механизма реализации программы",
      "2. Реализация программ поддержки общеобразовательных организаций, функционирующих в неблагоприятных социальных условиях",
      "3. Расширение охвата и трансляция опыта",
    ]);
  });
  it("has 27 rows of duties: 14 in phase 1, 10 in phase 2, 3 in phase 3", () => {
    const counts: number[] = [];
    for (const row of p.rows) {
      if (row.kind === "section" && /^\d\. /.test(row.text)) counts.push(0);
      else if (row.kind === "row") counts[counts.length - 1] += 1;
    }
    expect(counts).toEqual([14, 10, 3]);
    expect(new Set(column(p, "Мероприятие / направление"))).toEqual(new Set([null]));
  });
  it("keeps each actor's duty in its column, joined across page breaks", () => {
    const rows = dataRows(p);
    expect(rows[0].values["Министерство (орган управления образованием)"]).toMatch(/^Назначить региональных координаторов/);
    expect(rows[0].values["Центр мониторинга"]).toMatch(/подготовить информационные формы для сбора контекстных данных по общеобразовательным организациям$/);
    const institute = column(p, "Институт развития образования").map(String);
    expect(institute).toContain(
      "Разработать Положение о региональных стажировочных площадках на базе общеобразовательных организаций, функционирующих в неблагоприятных социальных условиях и демонстрирующих высокие учебные достижения, определить содержание деятельности стажировочных площадок по распространению опыта и поддержке общеобразовательных организаций с низкими учебными результатами.",
    );
    const onlyInstitute = rows.filter((r) => r.values["Министерство (орган управления образованием)"] === null);
    expect(onlyInstitute).toHaveLength(3);
    expect(column(p, "Министерство (орган управления образованием)").map(String)).toContain(
      "Утвердить региональную дорожную карту по реализации программы помощи общеобразовательным организациям, функционирующим в неблагоприятных социальных условиях",
    );
  });
});

describe("cycle presets (seed 001)", () => {
  it("cycle-stages has the six stages in order, empty otherwise", () => {
    const p = preset("cycle-stages");
    expect(column(p, "Этап")).toEqual(CYCLE_STAGES);
    expect(CYCLE_STAGES).toEqual([
      "Цели",
      "Показатели, методы сбора информации",
      "Мониторинг",
      "Анализ, адресные рекомендации",
      "Меры, управленческие решения",
      "Оценка эффективности управленческих решений",
    ]);
    for (const h of ["Содержание", "Ответственный", "Срок", "Результат"]) expect(new Set(column(p, h))).toEqual(new Set([null]));
  });
  it("cycle-krasnye-baki gives the source's text of each stage as its result", () => {
    const p = preset("cycle-krasnye-baki");
    expect(column(p, "Этап")).toEqual(CYCLE_STAGES);
    const result = column(p, "Результат").map(String);
    expect(result[0]).toMatch(/^осуществление сетевого взаимодействия/);
    expect(result[1].split("\n")).toHaveLength(4);
    expect(result[2]).toMatch(/^Проведен мониторинг муниципальных показателей:\n- для выявления/);
    expect(result[3]).toContain("включены в региональную систему работы с общеобразовательными организациями с низкими образовательными результатами");
    expect(result[4].split("\n")).toHaveLength(9);
    expect(result[5]).toMatch(/^Проанализирована эффективность принятых мер/);
    for (const h of ["Содержание", "Ответственный", "Срок"]) expect(new Set(column(p, h))).toEqual(new Set([null]));
  });
});

describe("risk-factors-500 (methodology.md §3)", () => {
  it("has the 12 factors in order, other columns empty", () => {
    const p = preset("risk-factors-500");
    expect(column(p, "Фактор риска")).toEqual(RISK_FACTORS);
    expect(RISK_FACTORS).toHaveLength(12);
    expect(RISK_FACTORS[0]).toBe("Низкий уровень оснащения школы");
    expect(RISK_FACTORS[10]).toBe("Высокая доля обучающихся с рисками учебной неуспешности");
    expect(RISK_FACTORS[11]).toBe("Низкий уровень дисциплины в классе");
    expect(new Set(column(p, "Уровень риска"))).toEqual(new Set([null]));
  });
});

describe("passport presets", () => {
  it("passport-sections has the ten sections of forms.md", () => {
    expect(column(preset("passport-sections"), "Раздел")).toEqual([...PASSPORT_SECTIONS]);
    expect(PASSPORT_SECTIONS).toHaveLength(10);
  });

  it("passport-tambov fills what seed 003 gives and leaves executors and stages empty", () => {
    const p = preset("passport-tambov");
    expect(column(p, "Раздел")).toEqual([...PASSPORT_SECTIONS]);
    const get = (part: string) => dataRows(p).find((r) => r.values["Раздел"] === part)?.values["Содержание"];
    expect(get("Сроки реализации")).toBe("2021- 2023 гг.");
    expect(get("Координатор (администратор)")).toBe("управление образования администрации Тамбовского района");
    expect(get("Исполнители")).toBeNull();
    expect(get("Этапы реализации")).toBeNull();
    expect(String(get("Задачи")).split("\n")).toHaveLength(6);
    expect(String(get("Направления реализации")).split("\n")).toEqual([
      "Организационные механизмы реализации «дорожной карты»",
      "Повышение качества образования",
      "Развитие кадрового потенциала",
    ]);
    expect(String(get("Комплекс индикаторов")).split("\n")).toEqual(column(preset("targets-tambov"), "Наименование показателя"));
    expect(String(get("Ожидаемые результаты")).split("\n")).toHaveLength(7);
  });

  it("passport-yartsevo fills what seed 004 gives and leaves the expected results empty", () => {
    const p = preset("passport-yartsevo");
    const get = (part: string) => dataRows(p).find((r) => r.values["Раздел"] === part)?.values["Содержание"];
    expect(get("Сроки реализации")).toBe("2018 – 2021 годы");
    expect(get("Ожидаемые результаты")).toBeNull();
    expect(String(get("Задачи")).split("\n")).toHaveLength(7);
    expect(String(get("Комплекс индикаторов")).split("\n")).toHaveLength(16);
    expect(get("Этапы реализации")).toMatch(/Подготовительный – 2018 год, Практический – 2019-2020 годы, Этап обобщения и коррекции – 2021 год$/);
  });
});
