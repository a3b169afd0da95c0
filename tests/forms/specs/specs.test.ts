import { FORMS, FORM_IDS, formSpec, materializeForm, CONTEXT, RESULTS, DEFAULT_ACTORS } from "../../../src/forms";
import { validateTable } from "../../../src/validate";
import { DEFAULT_PRESETS, preset } from "../../../src/forms/presets";
import { isValidSheetName } from "../../../src/plan";
import { SCHOOL_SUBJECTS } from "../../../src/core/thresholds";

describe("form specs", () => {
  test("every form id of forms.md is present, in order", () => {
    expect(FORM_IDS).toEqual([
      "context",
      "results",
      "equipment",
      "staff",
      "passport",
      "plan",
      "targets",
      "finance",
      "responsibility",
      "cycle",
      "risk-profile",
    ]);
  });

  test("context headers are exactly those of forms.md", () => {
    expect(CONTEXT.columns.map((c) => c.header)).toEqual([
      "Код ОО",
      "Наименование ОО",
      "Муниципальное образование",
      "Тип местности",
      "Учебный год",
      "Численность обучающихся",
      "Из малообеспеченных семей",
      "Из неполных семей",
      "Из многодетных семей",
      "Русский язык не родной",
      "С ОВЗ",
      "Дети-сироты и оставшиеся без попечения",
      "На учёте (ВШУ, ПДН, КДН)",
      "Хотя бы один родитель с высшим образованием",
      "Безработные родители (один или оба)",
    ]);
    expect(CONTEXT.title).toBe("Контекстные данные ОО (социальный паспорт школы)");
  });

  test("results headers are exactly those of forms.md", () => {
    expect(RESULTS.columns.map((c) => c.header)).toEqual([
      "Код ОО",
      "Учебный год",
      "Процедура",
      "Предмет",
      "Класс",
      "Число участников",
      "Не преодолели минимальный порог",
      "Средний балл",
    ]);
    expect(RESULTS.title).toBe("Образовательные результаты (мониторинг)");
  });

  test("headers of the other forms keep the columns of forms.md", () => {
    const headers = (id: string) => formSpec(id).columns.map((c) => c.header);
    expect(headers("equipment")).toEqual(
      expect.arrayContaining([
        "Код ОО",
        "Компьютеров для обучающихся (есть)",
        "Компьютеров (требуется)",
        "Лабораторных комплектов (есть)",
        "Лабораторных комплектов (требуется)",
        "Скорость доступа к Интернету, Мбит/с",
        "Тип местности",
      ]),
    );
    expect(headers("staff").slice(0, 9)).toEqual([
      "Код ОО",
      "Код педагога",
      "Предмет",
      "Возраст",
      "Квалификационная категория",
      "Пройдены КПК за 3 года",
      "Выявленные дефициты",
      "Индивидуальный образовательный маршрут",
      "Наставник",
    ]);
    expect(headers("passport")).toEqual(["Раздел", "Содержание"]);
    expect(headers("plan")).toEqual([
      "№ п/п",
      "Наименование мероприятия",
      "Сроки реализации",
      "Ответственный исполнитель",
      "Ожидаемый результат",
      "Статус",
      "Отметка о выполнении",
    ]);
    expect(headers("targets")).toEqual([
      "№ п/п",
      "Наименование показателя",
      "Единица измерения",
      "Направление",
      "Базовое значение",
      "Базовый год",
      "План {year}",
      "Факт {year}",
      "Отклонение",
      "Степень достижения",
      "Статус",
    ]);
    expect(headers("finance")).toEqual([
      "№ п/п",
      "Наименование мероприятия",
      "Исполнитель",
      "Источник финансирования",
      "Объём средств {year}, руб.",
      "Планируемое значение показателя",
    ]);
    expect(headers("responsibility")).toEqual(["Мероприятие / направление", "{actor}"]);
    expect(headers("cycle")).toEqual(["Этап", "Содержание", "Ответственный", "Срок", "Результат"]);
    expect(headers("risk-profile")).toEqual([
      "Фактор риска",
      "Уровень риска",
      "Обоснование",
      "Цель",
      "Меры",
      "Сроки",
      "Ответственные",
      "Показатели результата",
    ]);
  });

  test("enums keep the values of forms.md", () => {
    const values = (id: string, key: string) => formSpec(id).columns.find((c) => c.key === key)?.enum?.values.map((v) => v.value);
    expect(values("context", "locality")).toEqual(["город", "село"]);
    expect(values("results", "procedure")).toEqual(["ЕГЭ", "ОГЭ", "ВПР"]);
    expect(values("results", "subject")).toEqual([...SCHOOL_SUBJECTS]);
    expect(values("staff", "category")).toEqual(["высшая", "первая", "без категории"]);
    expect(values("staff", "kpk")).toEqual(["да", "нет"]);
    expect(values("plan", "status")).toEqual(["не начато", "в работе", "выполнено", "отменено"]);
    expect(values("targets", "unit")).toEqual(["Процент", "Единица", "Человек", "Балл", "Рубль"]);
    expect(values("targets", "direction")).toEqual(["рост", "снижение"]);
    expect(values("finance", "source")).toEqual([
      "федеральный бюджет",
      "региональный бюджет",
      "местный бюджет",
      "внебюджетные средства",
      "без финансирования",
    ]);
    expect(values("risk-profile", "level")).toEqual(["высокий", "средний", "низкий", "отсутствует"]);
  });

  test("default actors of the Astrakhan roadmap; default presets named in the specs exist for their form", () => {
    expect(DEFAULT_ACTORS).toEqual(["Министерство (орган управления образованием)", "Институт развития образования", "Центр мониторинга"]);
    for (const spec of FORMS) {
      if (!spec.defaultPreset) continue;
      expect(preset(spec.defaultPreset).formId).toBe(spec.id);
      expect(DEFAULT_PRESETS[spec.id]).toBe(spec.defaultPreset);
    }
    expect(Object.keys(DEFAULT_PRESETS).sort()).toEqual(FORMS.filter((f) => f.defaultPreset).map((f) => f.id).sort());
  });

  describe.each(FORMS.map((f) => [f.id, f] as const))("%s", (_id, spec) => {
    test("title, sheet name, instruction, version, rows", () => {
      expect(spec.title.length).toBeGreaterThan(5);
      expect(isValidSheetName(spec.sheetName)).toBe(true);
      expect(spec.instruction.length).toBeGreaterThan(40);
      expect(Number.isInteger(spec.version) && spec.version >= 1).toBe(true);
      expect(spec.dataRows).toBeGreaterThanOrEqual(1);
    });

    test("every column has a unique key, help of at most 255 characters and a width", () => {
      const keys = spec.columns.map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const c of spec.columns) {
        expect(c.help.length).toBeGreaterThan(10);
        expect(c.help.length).toBeLessThanOrEqual(255);
        expect(c.width).toBeGreaterThanOrEqual(4);
        expect(c.header.trim()).toBe(c.header);
      }
    });

    test("rules refer to existing columns and enum values", () => {
      const byKey = new Map(spec.columns.map((c) => [c.key, c]));
      for (const c of spec.columns) {
        for (const r of c.rules ?? []) {
          if (r.kind === "lte") expect(byKey.get(r.column)?.type).toMatch(/integer|number/);
          if (r.kind === "share-outlier" || r.kind === "change-outlier") expect(byKey.has(r.of)).toBe(true);
          if (r.kind === "overdue") expect(byKey.get(r.status)?.enum).toBeDefined();
          if (r.kind === "unique") for (const k of r.with ?? []) expect(byKey.has(k)).toBe(true);
          const when = "when" in r ? r.when : undefined;
          if (when) {
            const other = byKey.get(when.column);
            expect(other).toBeDefined();
            if (other?.enum) for (const v of when.in) expect(other.enum.values.map((x) => x.value)).toContain(v);
          }
        }
        if (c.type === "enum") expect(c.enum?.values.length).toBeGreaterThan(1);
        if (c.derived) expect(c.rules ?? []).toHaveLength(0);
      }
    });

    test("derived columns come after every input column", () => {
      const firstDerived = spec.columns.findIndex((c) => c.derived);
      if (firstDerived >= 0) expect(spec.columns.slice(firstDerived).every((c) => c.derived)).toBe(true);
    });
  });

  test("conditional rules of results: Класс for ВПР only, average bounds by procedure", () => {
    const grade = RESULTS.columns.find((c) => c.key === "grade");
    expect(grade?.rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "required", when: expect.objectContaining({ column: "procedure", in: ["ВПР"] }) }),
        expect.objectContaining({ kind: "empty", when: expect.objectContaining({ in: ["ЕГЭ", "ОГЭ"] }) }),
        expect.objectContaining({ kind: "range", min: 4, max: 11 }),
      ]),
    );
    const avg = RESULTS.columns.find((c) => c.key === "average");
    expect(avg?.rules).toEqual([
      expect.objectContaining({ kind: "range", min: 0, max: 100, when: expect.objectContaining({ in: ["ЕГЭ"] }) }),
      expect.objectContaining({ kind: "range", min: 2, max: 5, when: expect.objectContaining({ in: ["ОГЭ", "ВПР"] }) }),
    ]);
  });

  test("formSpec finds ids case-insensitively and rejects unknown ones with the list", () => {
    expect(formSpec(" Risk-Profile ").id).toBe("risk-profile");
    expect(() => formSpec("budget")).toThrow(/неизвестная форма «budget».*context/);
  });
});

describe("examples", () => {
  test.each(FORMS.map((f) => [f.id, f] as const))("%s: every input column has examples, and the first ones make a valid row", (_id, spec) => {
    const form = materializeForm(spec, { years: [2024, 2025], dataRows: 1 });
    const inputs = form.columns.filter((c) => !c.spec.derived);
    for (const c of inputs) expect(c.spec.examples?.length ?? 0).toBeGreaterThan(0);
    const row = inputs.map((c) => c.spec.examples?.[0] ?? null);
    const table = { name: "Пример", rows: [[spec.title], [], inputs.map((c) => c.header), row] };
    expect(validateTable(table, form, { asOf: "2020-01-01" })).toEqual([]);
  });
});
