/**
 * The native formulas of the templates, evaluated by a real spreadsheet (LibreOffice Calc, headless):
 * for every form and every row, the problems the check column shows must be the validator's errors of that
 * row that have a native formula; the others are validator-only and listed per form (numbering, periods,
 * the passport's year range: a spreadsheet cannot parse them). The derived columns of every form must
 * compute without error values. Skipped only when `soffice` is absent.
 *
 * The year columns of a repeated column (План 2024 … План 2030) are checked natively as one group — one item of the
 * check column names the group («План: нужно число»), however many years there are — so for them the comparison is
 * at the group level: the validator's finding in «План 2027» counts as the group's. Those group items are evaluated
 * element-wise inside SUMPRODUCT over the row's range, with no IF, IFERROR, AND or OR inside (legacy Excel
 * evaluates those over arrays only in array-entered formulas); the 10-year targets and finance templates
 * here check that LibreOffice evaluates them so.
 *
 * Known differences, left out of the fixtures on purpose (the validator is the reference; the check column is a
 * convenience for schools): digits split by spaces not in groups of three ("2 5") read as a number natively;
 * subject aliases with punctuation the native list does not spell ("рус. яз."), and aliases in the
 * duplicate-row check, are matched only by the validator; booleans typed into number columns count as numbers
 * natively. Derived columns read numbers typed as text in the Russian way ("1 000", "12,5") as the validator does.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { formSpec, FORMS } from "../../src/forms";
import { defaultPreset, preset } from "../../src/forms/presets";
import { buildSheetPlan, CHECK_OK, type SheetPlan } from "../../src/plan";
import { loadWorkbook, workbookFromPlans } from "../../src/xlsx";
import { validateTable, validateWorkbook, type Finding, type SheetTable } from "../../src/validate";
import { fillRows, load, save, type Fill } from "./helpers";

const SOFFICE = ["soffice", "libreoffice"].find((cmd) => spawnSync(cmd, ["--version"], { encoding: "utf8" }).status === 0);
const describeLo = SOFFICE ? describe : describe.skip;
const title = SOFFICE
  ? "LibreOffice Calc evaluates the templates"
  : "LibreOffice Calc evaluates the templates — SKIPPED: soffice is not installed (apt-get install -y libreoffice-calc)";

/** Opens a workbook in LibreOffice, recalculates and saves it as .xlsx; returns the saved file. */
function recalc(buffer: Buffer): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-lo-"));
  try {
    const input = path.join(dir, "in.xlsx");
    const out = path.join(dir, "out");
    fs.writeFileSync(input, buffer);
    const r = spawnSync(
      SOFFICE as string,
      [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, input],
      { encoding: "utf8", timeout: 120000 },
    );
    const file = path.join(out, "in.xlsx");
    if (!fs.existsSync(file)) throw new Error(`LibreOffice не сохранил файл: ${r.stderr || r.stdout}`);
    return fs.readFileSync(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Group items of the plan: the validator's "header|code" of a year column → the group's "name|code". */
function groupKeys(plan: SheetPlan): Map<string, string> {
  return new Map(plan.checkItems.flatMap((i) => (i.fields ?? []).map((h): [string, string] => [`${h}|${i.code}`, `${i.field}|${i.code}`])));
}

/** The problems of each row as the native check column shows them: "field|code", or null for an empty row. */
function nativeProblems(plan: SheetPlan, sheet: SheetTable, row: number): string[] | null {
  const text = sheet.rows[row - 1]?.[(plan.checkColumn as number) - 1];
  if (text === null || text === undefined || text === "") return null;
  if (text === CHECK_OK) return [];
  const legend = new Map(plan.checkItems.map((i) => [`${i.field}: ${i.text}`, `${i.field}|${i.code}`]));
  return [
    ...new Set(
      String(text)
        .split("; ")
        .map((item) => {
          const code = legend.get(item);
          if (!code) throw new Error(`строка ${row}: пункт проверки не из перечня: «${item}»`);
          return code;
        }),
    ),
  ].sort();
}

/** The validator's errors of a row as "field|code", a year column's as its group's when the plan checks them as one. */
function validatorErrors(findings: Finding[], row: number, groups: Map<string, string> = new Map()): string[] {
  const pairs = findings.filter((f) => f.severity === "error" && Number(f.cell.replace(/^[A-Z]+/, "")) === row).map((f) => `${f.field}|${f.code}`);
  return [...new Set(pairs.map((p) => groups.get(p) ?? p))].sort();
}

const YEARS_10 = Array.from({ length: 10 }, (_, i) => 2021 + i);

const CONTEXT_ROWS: Fill[] = (() => {
  const good: Fill = {
    "Код ОО": "670101",
    "Наименование ОО": "МБОУ СОШ № 1",
    "Муниципальное образование": "Ярцевский район",
    "Тип местности": "город",
    "Учебный год": "2024/2025",
    "Численность обучающихся": 420,
    "Из малообеспеченных семей": 12,
    "Из неполных семей": 40,
    "Из многодетных семей": 5,
    "Русский язык не родной": 3,
    "С ОВЗ": 2,
    "Дети-сироты и оставшиеся без попечения": 1,
    "На учёте (ВШУ, ПДН, КДН)": 0,
    "Хотя бы один родитель с высшим образованием": 300,
    "Безработные родители (один или оба)": 10,
  };
  return [
    good,
    { ...good, "Код ОО": "670102", "Наименование ОО": null, "Тип местности": "деревня", "Учебный год": "2024/2026", "Численность обучающихся": "12,5", "Из малообеспеченных семей": -1, "Из неполных семей": 500, "Из многодетных семей": "1 234", "Русский язык не родной": "abc" },
    { ...good, "Код ОО": "670103", "Тип местности": " Сельская местность ", "Численность обучающихся": "1 234", "Из малообеспеченных семей": "12,5", "Хотя бы один родитель с высшим образованием": 1200 },
    { ...good, "Код ОО": "670101" },
    {},
    { ...good, "Код ОО": "670104", "Численность обучающихся": "1\u00a0000", "С ОВЗ": " 45 ", "Учебный год": "2024-2025", "Тип местности": "СЕЛО" },
    { ...good, "Код ОО": "670105", "Численность обучающихся": 0, "Из малообеспеченных семей": 0, "Из неполных семей": 0, "Из многодетных семей": 0, "Русский язык не родной": 0, "С ОВЗ": 0, "Дети-сироты и оставшиеся без попечения": 0, "Хотя бы один родитель с высшим образованием": 0, "Безработные родители (один или оба)": 0 },
    { "Код ОО": "670106" },
    { ...good, "Код ОО": "   ", "Муниципальное образование": null, "Учебный год": 2024, "Безработные родители (один или оба)": "-3,5" },
    { ...good, "Код ОО": "670108", "Численность обучающихся": "1\u00a0000", "Из неполных семей": "40", "Тип местности": " Сельская   местность ", "Учебный год": " 2023/2024 " },
    { ...good, "Код ОО": 670107, "Численность обучающихся": 100, "Из неполных семей": 100, "С ОВЗ": "100,0", "Из малообеспеченных семей": "101", "Хотя бы один родитель с высшим образованием": 50 },
  ];
})();

const RESULTS_ROWS: Fill[] = (() => {
  const r: Fill = { "Код ОО": "670101", "Учебный год": "2024/2025", "Процедура": "ВПР", "Предмет": "Русский язык", "Класс": 5, "Число участников": 30, "Не преодолели минимальный порог": 3, "Средний балл": 3.7 };
  return [
    r,
    { ...r, "Класс": 6 },
    { ...r, "Класс": "5" },
    { ...r, "Процедура": "ЕГЭ", "Класс": 11, "Средний балл": 101 },
    { ...r, "Процедура": "ЕГЭ", "Класс": null, "Предмет": "Математика профильная", "Средний балл": "61,5" },
    { ...r, "Процедура": "ОГЭ", "Класс": null, "Предмет": "английский язык", "Средний балл": "5,5" },
    { ...r, "Процедура": "огэ", "Класс": null, "Предмет": "Химия", "Средний балл": 1.9, "Число участников": 0, "Не преодолели минимальный порог": 1 },
    { ...r, "Процедура": "ГИА", "Предмет": "Рисование", "Класс": 12 },
    { ...r, "Класс": null, "Учебный год": null, "Число участников": "2 500", "Не преодолели минимальный порог": "2\u00a0501" },
    {},
    { ...r, "Класс": "4,5", "Средний балл": "два" },
    { ...r, "Предмет": " физика ", "Класс": 9, "Число участников": "1 000", "Не преодолели минимальный порог": "999" },
  ];
})();

/** Rows of the check-column fixtures of the other forms, written from the first data row (after prefilled rows where `at` says). */
interface CheckFixture {
  id: string;
  options: Parameters<typeof buildSheetPlan>[1];
  /** the first row written: the first data row + this many rows */
  at?: number;
  rows: Fill[];
  /** pairs "field|code" the validator finds in these rows that have no native formula */
  validatorOnly: string[];
}

const CHECK_FIXTURES: CheckFixture[] = [
  {
    id: "equipment",
    options: { dataRows: 8 },
    rows: [
      { "Код ОО": "1", "Компьютеров для обучающихся (есть)": 10, "Компьютеров (требуется)": 25, "Лабораторных комплектов (есть)": 3, "Лабораторных комплектов (требуется)": 2, "Скорость доступа к Интернету, Мбит/с": 60, "Тип местности": "село" },
      { "Код ОО": "1", "Тип местности": "город" },
      { "Код ОО": null, "Компьютеров для обучающихся (есть)": -1, "Компьютеров (требуется)": "12,5", "Скорость доступа к Интернету, Мбит/с": "быстро", "Тип местности": "деревня" },
      { "Код ОО": "3", "Скорость доступа к Интернету, Мбит/с": -5 },
      { "Код ОО": "4", "Тип местности": " Сельская местность ", "Лабораторных комплектов (есть)": "1 000", "Скорость доступа к Интернету, Мбит/с": "99,5" },
      {},
    ],
    validatorOnly: [],
  },
  {
    id: "staff",
    options: { dataRows: 8 },
    rows: [
      { "Код ОО": "1", "Код педагога": "1", "Предмет": "математика", "Возраст": 30, "Квалификационная категория": "высшая", "Пройдены КПК за 3 года": "да" },
      { "Код ОО": "1", "Код педагога": "1", "Возраст": 41 },
      { "Код ОО": "1", "Код педагога": null, "Возраст": 17 },
      { "Код ОО": null, "Код педагога": "5", "Возраст": "сорок" },
      { "Код ОО": "2", "Код педагога": "1", "Квалификационная категория": "вторая", "Пройдены КПК за 3 года": "может быть" },
      { "Код ОО": "2", "Код педагога": "2", "Возраст": 99, "Квалификационная категория": "первая категория", "Пройдены КПК за 3 года": "+" },
    ],
    validatorOnly: [],
  },
  {
    id: "passport",
    options: { preset: defaultPreset("passport"), dataRows: 12 },
    rows: [
      { "Содержание": "Программа поддержки школ с низкими результатами" },
      { "Содержание": "2026 – 2024" },
      { "Содержание": "Отдел образования" },
      { "Содержание": "Школы района" },
      { "Содержание": "Повысить качество образования" },
      { "Содержание": "1. Оценить. 2. Поддержать." },
      { "Содержание": "Кадры, оснащение" },
      {},
      { "Содержание": "Рост результатов" },
      {},
      { "Раздел": null, "Содержание": "Без раздела" },
    ],
    validatorOnly: ["Содержание|range"],
  },
  {
    id: "plan",
    options: { dataRows: 10, years: [2024, 2025] },
    rows: [
      { "№ п/п": "1. Организационные механизмы" },
      { "№ п/п": "1.1", "Наименование мероприятия": "Совещание", "Сроки реализации": "апрель 2024", "Ответственный исполнитель": "Отдел", "Ожидаемый результат": "Протокол", "Статус": "выполнено" },
      { "№ п/п": "1.2", "Наименование мероприятия": null, "Сроки реализации": "2024-2025", "Ответственный исполнитель": "Отдел", "Ожидаемый результат": null, "Статус": "в работе" },
      { "№ п/п": "2.1", "Наименование мероприятия": "Семинар", "Сроки реализации": "в течение года", "Ответственный исполнитель": "ИРО", "Ожидаемый результат": "Программа", "Статус": "готово" },
      { "№ п/п": "2. Качество образования" },
      { "№ п/п": "2.1", "Наименование мероприятия": "Мониторинг", "Сроки реализации": "когда-нибудь", "Ответственный исполнитель": "ЦМ", "Ожидаемый результат": "Отчёт", "Статус": "не начато" },
      { "№ п/п": "2.2", "Наименование мероприятия": "Анализ", "Ответственный исполнитель": "ЦМ", "Ожидаемый результат": "Справка", "Статус": "Выполнено" },
      { "№ п/п": "2.2", "Наименование мероприятия": "Повтор номера", "Сроки реализации": "2025", "Ответственный исполнитель": "ЦМ", "Ожидаемый результат": "Справка" },
    ],
    validatorOnly: ["Сроки реализации|period", "№ п/п|numbering"],
  },
  {
    id: "targets",
    options: { dataRows: 8, years: [2024, 2025], sheetName: "Цели (проверка)" },
    rows: [
      { "№ п/п": "1", "Наименование показателя": "Доля школ", "Единица измерения": "Процент", "Направление": "рост", "Базовое значение": 25, "Базовый год": 2023, "План 2024": 30, "Факт 2024": "32,5" },
      { "№ п/п": "2", "Наименование показателя": null, "Единица измерения": "штук", "Направление": "вверх", "Базовое значение": "abc", "План 2024": -5 },
      { "№ п/п": "3", "Наименование показателя": "Доля", "Единица измерения": "%", "Базовое значение": 120, "Базовый год": 1800, "План 2025": 150, "Факт 2025": "много" },
      { "№ п/п": "4", "Наименование показателя": "Без единицы", "Базовое значение": null, "Базовый год": "2023 г." },
      { "№ п/п": "4", "Наименование показателя": "Повтор номера", "Единица измерения": "Единица", "Базовое значение": 1 },
    ],
    validatorOnly: ["№ п/п|numbering"],
  },
  {
    id: "finance",
    options: { dataRows: 8, years: [2024, 2025], sheetName: "Финансы (проверка)" },
    rows: [
      { "№ п/п": "1. Подготовительный этап" },
      { "№ п/п": "1.1", "Наименование мероприятия": "Закупка", "Исполнитель": "Школа", "Источник финансирования": "региональный бюджет", "Объём средств 2024, руб.": 1000, "Объём средств 2025, руб.": "1 500,50" },
      { "№ п/п": "1.2", "Наименование мероприятия": null, "Исполнитель": null, "Источник финансирования": "спонсор", "Объём средств 2024, руб.": -5, "Объём средств 2025, руб.": "много" },
      { "№ п/п": "2.1", "Наименование мероприятия": "Курсы", "Исполнитель": "ИРО", "Источник финансирования": "фб", "Объём средств 2024, руб.": 0 },
    ],
    validatorOnly: ["№ п/п|numbering"],
  },
  {
    id: "targets",
    options: { dataRows: 8, years: YEARS_10, sheetName: "Цели 10 лет (проверка)" },
    rows: [
      { "№ п/п": "1", "Наименование показателя": "Доля школ", "Единица измерения": "Процент", "Направление": "рост", "Базовое значение": 25, "Базовый год": 2020, "План 2021": 30, "План 2030": 75, "Факт 2021": 31, "Факт 2023": "32,5" },
      { "№ п/п": "2", "Наименование показателя": "Доля", "Единица измерения": "%", "Базовое значение": 20, "План 2022": "х", "План 2030": 150, "Факт 2027": "abc", "Факт 2029": -3 },
      { "№ п/п": "3", "Наименование показателя": "Число школ", "Единица измерения": "Единица", "Базовое значение": 10, "План 2026": 500, "Факт 2030": "1 000" },
      { "№ п/п": "4", "Наименование показателя": "Проценты текстом", "Единица измерения": "Процент", "Базовое значение": 10, "План 2021": "много", "План 2028": "-1", "Факт 2025": "12,5" },
      { "№ п/п": "5", "Наименование показателя": "Без единицы", "Базовое значение": 1, "План 2024": "2 000", "Факт 2030": "1 500,5" },
    ],
    validatorOnly: [],
  },
  {
    id: "finance",
    options: { dataRows: 8, years: YEARS_10, sheetName: "Финансы 10 лет (проверка)" },
    rows: [
      { "№ п/п": "1. Подготовительный этап" },
      { "№ п/п": "1.1", "Наименование мероприятия": "Закупка", "Исполнитель": "Школа", "Источник финансирования": "региональный бюджет", "Объём средств 2021, руб.": 1000, "Объём средств 2022, руб.": "1 500,50", "Объём средств 2030, руб.": "х" },
      { "№ п/п": "1.2", "Наименование мероприятия": "Курсы", "Исполнитель": "ИРО", "Источник финансирования": "фб", "Объём средств 2022, руб.": 2000, "Объём средств 2025, руб.": -5, "Объём средств 2029, руб.": "много" },
      { "№ п/п": "1.3", "Наименование мероприятия": "Семинар", "Исполнитель": "ИРО", "Источник финансирования": "без финансирования", "Объём средств 2030, руб.": "12\u00a0000" },
    ],
    validatorOnly: [],
  },
  {
    id: "cycle",
    options: { preset: defaultPreset("cycle"), dataRows: 10, sheetName: "Цикл (проверка)" },
    rows: [
      { "Содержание": "Цели программы", "Ответственный": "Отдел", "Срок": "сентябрь" },
      { "Содержание": "Показатели" },
      { "Содержание": "Мониторинг" },
      { "Содержание": "Анализ" },
      {},
      {},
      { "Этап": null, "Содержание": "Без этапа" },
    ],
    validatorOnly: [],
  },
  {
    id: "risk-profile",
    options: { preset: defaultPreset("risk-profile"), dataRows: 16, years: [2024, 2025], sheetName: "Риски (проверка)" },
    rows: [
      { "Уровень риска": "высокий", "Меры": "Закупка", "Сроки": "2024", "Ответственные": "Директор" },
      { "Уровень риска": "высокий" },
      { "Уровень риска": "средний", "Меры": "Курсы" },
      { "Уровень риска": "низкий" },
      { "Уровень риска": "отсутствует" },
      { "Уровень риска": "очень высокий" },
      {},
      { "Уровень риска": "Высокая", "Меры": "Наставничество", "Сроки": "в течение года", "Ответственные": "Завуч" },
      { "Уровень риска": "средний", "Меры": "Кружки", "Сроки": "когда-нибудь", "Ответственные": "Завуч" },
      { "Уровень риска": "низкий" },
      { "Уровень риска": "низкий" },
      { "Уровень риска": "низкий" },
      { "Фактор риска": null, "Уровень риска": "низкий", "Обоснование": "Без фактора" },
    ],
    validatorOnly: ["Сроки|period"],
  },
];

/** The responsibility matrix has no rules, so its template has no check column; filled rows give no errors. */
const RESPONSIBILITY_ROWS: Fill[] = [
  {},
  { "Мероприятие / направление": "Отбор школ", "Министерство (орган управления образованием)": "утверждает", "Институт развития образования": "готовит", "Центр мониторинга": "считает" },
  { "Мероприятие / направление": "Курсы", "Институт развития образования": "проводит" },
];

describeLo(title, () => {
  let evaluated: Awaited<ReturnType<typeof loadWorkbook>>;
  let filled: Awaited<ReturnType<typeof loadWorkbook>>;
  const context = buildSheetPlan(formSpec("context"), { dataRows: 15 });
  const results = buildSheetPlan(formSpec("results"), { dataRows: 15 });
  const targets = buildSheetPlan(formSpec("targets"), { years: [2024, 2025], dataRows: 6, sheetName: "Цели" });
  const equipment = buildSheetPlan(formSpec("equipment"), { dataRows: 4 });
  const targets10 = buildSheetPlan(formSpec("targets"), { years: YEARS_10, dataRows: 3, sheetName: "Цели 10 лет" });
  const staff = buildSheetPlan(formSpec("staff"), { dataRows: 6 });
  const finance = buildSheetPlan(formSpec("finance"), { preset: preset("finance-yartsevo") });
  const others = FORMS.filter((f) => !["context", "results", "targets", "equipment", "staff", "finance"].includes(f.id)).map((f) =>
    buildSheetPlan(f, { preset: defaultPreset(f.id), years: [2024, 2025] }),
  );
  const checkPlans = CHECK_FIXTURES.map((fx) => ({
    fx,
    plan: buildSheetPlan(formSpec(fx.id), { ...fx.options, sheetName: fx.options?.sheetName ?? `${formSpec(fx.id).sheetName.slice(0, 20)} (проверка)` }),
  }));
  const responsibility = others.find((p) => p.formId === "responsibility") as SheetPlan;
  const plans = [context, results, targets, targets10, equipment, staff, finance, ...others, ...checkPlans.map((c) => c.plan)];

  beforeAll(async () => {
    const wb = await load(await save(workbookFromPlans(plans)));
    const ws = (p: SheetPlan) => wb.getWorksheet(p.sheetName) as ExcelJS.Worksheet;
    fillRows(ws(context), context, CONTEXT_ROWS);
    fillRows(ws(results), results, RESULTS_ROWS);
    fillRows(ws(targets), targets, [
      { "№ п/п": "1", "Наименование показателя": "Доля школ с высокими результатами", "Единица измерения": "Процент", "Направление": "рост", "Базовое значение": 25, "План 2024": 30, "План 2025": 40, "Факт 2024": 32 },
      { "№ п/п": "2", "Наименование показателя": "Доля школ со стабильно низкими результатами", "Единица измерения": "Процент", "Направление": "снижение", "Базовое значение": 15, "План 2024": 5, "План 2025": 0, "Факт 2024": 6, "Факт 2025": 5 },
      { "№ п/п": "3", "Наименование показателя": "Число программ", "Единица измерения": "Единица", "Базовое значение": 1, "План 2024": 2, "План 2025": 2, "Факт 2024": 2, "Факт 2025": 2 },
      { "№ п/п": "4", "Наименование показателя": "Без факта", "Единица измерения": "Единица", "Базовое значение": 1, "План 2024": 2 },
    ]);
    fillRows(ws(equipment), equipment, [
      { "Код ОО": "1", "Компьютеров для обучающихся (есть)": 10, "Компьютеров (требуется)": 25, "Лабораторных комплектов (есть)": 3, "Лабораторных комплектов (требуется)": 2, "Скорость доступа к Интернету, Мбит/с": 60, "Тип местности": "село" },
      { "Код ОО": "2", "Компьютеров для обучающихся (есть)": 30, "Компьютеров (требуется)": 25, "Скорость доступа к Интернету, Мбит/с": 60, "Тип местности": "город" },
      // numbers typed as text the Russian way, as the validator accepts them
      { "Код ОО": "3", "Компьютеров для обучающихся (есть)": "1 000", "Компьютеров (требуется)": "1\u00a0200", "Лабораторных комплектов (есть)": "2", "Лабораторных комплектов (требуется)": " 5 ", "Скорость доступа к Интернету, Мбит/с": "50,5", "Тип местности": "село" },
    ]);
    fillRows(ws(targets10), targets10, [
      { "№ п/п": "1", "Наименование показателя": "Доля", "Единица измерения": "Процент", "Направление": "рост", "Базовое значение": "25", "План 2024": "30", "План 2025": 40, "Факт 2024": "32,5" },
      { "№ п/п": "2", "Наименование показателя": "Число обучающихся", "Единица измерения": "Человек", "Направление": "снижение", "Базовое значение": 1500, "План 2030": "1 000", "Факт 2021": 1400, "Факт 2030": "1 200" },
    ]);
    fillRows(ws(staff), staff, [
      { "Код ОО": "1", "Код педагога": "1", "Возраст": 30, "Квалификационная категория": "высшая", "Пройдены КПК за 3 года": "да" },
      { "Код ОО": "1", "Код педагога": "2", "Возраст": 62, "Квалификационная категория": "первая", "Пройдены КПК за 3 года": "нет" },
      { "Код ОО": "1", "Код педагога": "3", "Возраст": 45, "Квалификационная категория": "без категории", "Пройдены КПК за 3 года": "нет" },
      { "Код ОО": "1", "Код педагога": "4", "Возраст": 50, "Квалификационная категория": "высшая", "Пройдены КПК за 3 года": "да" },
      { "Код ОО": "2", "Код педагога": "1", "Возраст": 28, "Квалификационная категория": "первая", "Пройдены КПК за 3 года": "да" },
      // an age typed as text and a category by its alias count as the validator reads them
      { "Код ОО": "2", "Код педагога": "2", "Возраст": "64", "Квалификационная категория": "высшая категория", "Пройдены КПК за 3 года": "нет" },
    ]);
    for (const { fx, plan } of checkPlans) fillRows(ws(plan), plan, fx.rows, plan.firstDataRow + (fx.at ?? 0));
    fillRows(ws(responsibility), responsibility, RESPONSIBILITY_ROWS, responsibility.firstDataRow + 3);
    const buffer = await save(wb);
    filled = await loadWorkbook(buffer);
    evaluated = await loadWorkbook(recalc(buffer));
  });

  const sheetOf = (plan: SheetPlan) => evaluated.sheets.find((s) => s.name === plan.sheetName) as SheetTable;

  test.each([
    ["context", context, CONTEXT_ROWS.length],
    ["results", results, RESULTS_ROWS.length],
  ] as const)("%s: the check column shows exactly the validator's errors of every row", (id, plan, n) => {
    const sheet = sheetOf(plan);
    const findings = validateTable(sheet, formSpec(id));
    expect(findings.some((f) => f.severity === "error")).toBe(true);
    for (let row = plan.firstDataRow; row <= plan.lastDataRow; row++) {
      const native = nativeProblems(plan, sheet, row);
      const js = validatorErrors(findings, row, groupKeys(plan));
      if (native === null) {
        expect({ row, js }).toEqual({ row, js: [] });
        continue;
      }
      expect({ row, problems: native }).toEqual({ row, problems: js });
    }
    // the filled rows did produce checks, and empty rows are empty
    const shown = Array.from({ length: n }, (_, i) => nativeProblems(plan, sheet, plan.firstDataRow + i));
    expect(shown.filter((x) => x === null)).toHaveLength(1);
    expect(shown.filter((x) => x !== null && x.length === 0).length).toBeGreaterThanOrEqual(2);
  });

  test("a file re-saved by LibreOffice is recognised by its marker and validates as before", () => {
    for (const id of ["context", "results"]) {
      const before = validateWorkbook(filled, id);
      const after = validateWorkbook(evaluated, id);
      expect(after).toEqual(before);
    }
    expect(sheetOf(context).marker).toEqual({ formId: "context", version: 1 });
  });

  test("derived columns compute natively", () => {
    const t = sheetOf(targets);
    // K Отклонение, L Степень достижения, M Статус; row 4: fact 32 of plan 30 (2024)
    const cell = (row: number, col: string) => t.rows[row - 1][col.charCodeAt(0) - 65];
    expect(cell(4, "K")).toBe(-2);
    expect(cell(4, "L")).toBeCloseTo(32 / 30, 6);
    expect(cell(4, "M")).toBe("перевыполнен");
    // decreasing to a zero plan: the ratio is undefined
    expect(cell(5, "K")).toBe(5);
    expect(cell(5, "L")).toBe("—");
    expect(cell(5, "M")).toBe("не достигнут");
    expect([cell(6, "L"), cell(6, "M")]).toEqual([1, "достигнут"]);
    expect([cell(7, "L") ?? "", cell(7, "M")]).toEqual(["", "нет данных"]);
    expect(cell(8, "M") ?? "").toBe("");
    // summary: mean of degrees capped at 1 over the numeric ones: (min(32/30, 1) + 1) / 2
    expect(cell(10, "L")).toBe(1);
    expect(cell(10, "M")).toBe("высокая");
    expect(cell(6, "K")).toBe(0);

    // ten years, numbers typed as text: План 2024 = J, Факт 2024 = T, Факт 2030 = Z; AA Отклонение, AB Степень, AC Статус
    const t10 = sheetOf(targets10);
    const at10 = (row: number, from: number, to: number) => t10.rows[row - 1].slice(from, to);
    expect(at10(4, 26, 29)).toEqual([-2.5, expect.closeTo(32.5 / 30, 6), "перевыполнен"]);
    expect(at10(5, 26, 29)).toEqual([200, expect.closeTo(1000 / 1200, 6), "не достигнут"]);

    const e = sheetOf(equipment);
    expect(e.rows[3].slice(7, 10)).toEqual([15, 0, "да"]);
    expect([e.rows[4][7], e.rows[4][8] ?? "", e.rows[4][9]]).toEqual([0, "", "нет"]);
    expect(e.rows[5].slice(7, 10)).toEqual([200, 3, "да"]);

    const s = sheetOf(staff);
    expect(s.rows[3].slice(9, 13)).toEqual([0.25, 0.25, 0.5, 0.5]);
    expect(s.rows[7].slice(9, 13)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(s.rows[8].slice(9, 13)).toEqual([0.5, 0.5, 0.5, 0.5]);

    const f = sheetOf(finance);
    const total = f.rows[finance.summaryRows[0] - 1];
    expect(total[1]).toBe("Итого");
    expect(typeof total[4]).toBe("number");
    // the totals of the 10-year template count amounts typed as text; «х» and text are no amount
    const f10 = checkPlans.find((c) => c.plan.sheetName === "Финансы 10 лет (проверка)")!.plan;
    const totals10 = sheetOf(f10).rows[f10.summaryRows[0] - 1];
    expect(totals10.slice(4, 14)).toEqual([1000, 3500.5, 0, 0, -5, 0, 0, 0, 0, 12000]);
  });

  test("ten years: every formula of the targets and finance templates within Excel's limit, one check item per year group", () => {
    for (const plan of [targets10, ...checkPlans.filter((c) => c.fx.options?.years === YEARS_10).map((c) => c.plan)]) {
      for (const f of plan.formulas) expect(f.template.length).toBeLessThanOrEqual(8192);
      const groups = plan.checkItems.filter((i) => i.fields);
      expect(groups.length).toBeGreaterThan(0);
      for (const g of groups) expect(g.fields).toHaveLength(10);
    }
  });

  test.each(CHECK_FIXTURES.map((fx) => [fx.id, fx.validatorOnly.join(", ") || "—", fx] as const))(
    "%s: the check column shows exactly the validator's errors that have a native formula (validator-only: %s)",
    (id, _only, fx) => {
      const { plan } = checkPlans.find((c) => c.fx === fx) as (typeof checkPlans)[number];
      expect(plan.checkColumn).toBeDefined();
      const sheet = sheetOf(plan);
      const findings = validateTable(sheet, formSpec(id), { asOf: "2025-06-01" });
      const nativePairs = new Set(plan.checkItems.map((i) => `${i.field}|${i.code}`));
      const validatorOnly = new Set<string>();
      let shown = 0;
      for (let row = plan.firstDataRow; row <= plan.lastDataRow; row++) {
        const js = validatorErrors(findings, row, groupKeys(plan));
        js.filter((p) => !nativePairs.has(p)).forEach((p) => validatorOnly.add(p));
        const expected = js.filter((p) => nativePairs.has(p));
        const native = nativeProblems(plan, sheet, row);
        if (native === null) expect({ row, js: expected }).toEqual({ row, js: [] });
        else {
          shown += native.length;
          expect({ row, problems: native }).toEqual({ row, problems: expected });
        }
      }
      // the fixture does exercise the native checks and the validator-only ones
      expect(shown).toBeGreaterThan(0);
      expect([...validatorOnly].sort()).toEqual([...fx.validatorOnly].sort());
    },
  );

  test("responsibility: no rules, no check column; the filled matrix has no errors", () => {
    expect(responsibility.checkColumn).toBeUndefined();
    expect(validateTable(sheetOf(responsibility), formSpec("responsibility")).filter((f) => f.severity === "error")).toEqual([]);
  });

  test("no formula of any template evaluates to an error value (rows the validator finds errors in aside)", () => {
    const errors: string[] = [];
    for (const plan of plans) {
      const sheet = sheetOf(plan);
      const badRows = new Set(validateTable(sheet, formSpec(plan.formId), { asOf: "2025-06-01" }).filter((f) => f.severity === "error").map((f) => Number(f.cell.replace(/^[A-Z]+/, ""))));
      const formulaCols = new Set([...plan.formulas.map((f) => f.col), ...plan.cells.filter((c) => c.formula).map((c) => c.col)]);
      for (let r = plan.firstDataRow; r <= plan.lastDataRow + plan.summaryRows.length; r++) {
        if (badRows.has(r)) continue;
        for (const c of formulaCols) {
          const v = sheet.rows[r - 1]?.[c - 1];
          if (typeof v === "string" && /^(#|Err:)/.test(v)) errors.push(`${plan.sheetName}!${String.fromCharCode(64 + c)}${r} ${v}`);
        }
      }
    }
    expect(errors).toEqual([]);
  });
});
