#!/usr/bin/env node
/**
 * `npm run docs:templates`: a picture of every form's template for docs/templates/. Each template is built as
 * a school receives it (plan builder + exceljs writer from lib/, the form's default rows), with two example
 * rows filled in so the reader sees what is expected; LibreOffice Calc (headless) recalculates it and prints
 * it to PDF, and page 1 is rendered to PNG at 80 dpi. The picture includes the check column, which the
 * template leaves out of its own print area (it is for the screen), because the picture shows the screen.
 *
 * Needs `soffice` (LibreOffice) and `pdftoppm` (poppler-utils); `.ci/run` installs both. Images are written
 * through a temporary file and renamed, so a failed run leaves the previous image in place.
 *
 * Usage: node scripts/render_templates.js [form-id …]   (the build must exist: `npm run docs:templates` builds first)
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { FORMS } = require("../lib/src/forms");
const { defaultPreset } = require("../lib/src/forms/presets");
const { buildSheetPlan, columnLetter } = require("../lib/src/plan");
const { workbookFromPlans } = require("../lib/src/xlsx");

const OUT = path.join(__dirname, "..", "docs", "templates");
const YEARS = [2025, 2026, 2027];
const DPI = 80;
/** Paper of the picture: A3 (exceljs paper size 8). */
const PICTURE_PAPER = 8;

const RUSSIAN_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>ru-RU</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>ru-RU</value></prop></item>
</oor:items>
`;

const section = (text) => ({ kind: "section", text });
const row = (values) => ({ kind: "row", values });

/** Two example rows per form (keyed by header); for forms with default rows, values added to the first rows. */
const EXAMPLES = {
  context: [
    row({ "Код ОО": "670101", "Наименование ОО": "МБОУ СОШ № 2", "Муниципальное образование": "Ярцевский район", "Тип местности": "город", "Учебный год": "2024/2025", "Численность обучающихся": 420, "Из малообеспеченных семей": 12, "Из неполных семей": 40, "Из многодетных семей": 15, "Русский язык не родной": 3, "С ОВЗ": 9, "Дети-сироты и оставшиеся без попечения": 2, "На учёте (ВШУ, ПДН, КДН)": 1, "Хотя бы один родитель с высшим образованием": 310, "Безработные родители (один или оба)": 8 }),
    row({ "Код ОО": "670102", "Наименование ОО": "МБОУ Суетовская СШ", "Муниципальное образование": "Ярцевский район", "Тип местности": "село", "Учебный год": "2024/2025", "Численность обучающихся": 96, "Из малообеспеченных семей": 18, "Из неполных семей": 20, "Из многодетных семей": 14, "Русский язык не родной": 0, "С ОВЗ": 4, "Дети-сироты и оставшиеся без попечения": 1, "На учёте (ВШУ, ПДН, КДН)": 2, "Хотя бы один родитель с высшим образованием": 30, "Безработные родители (один или оба)": 11 }),
  ],
  results: [
    row({ "Код ОО": "670101", "Учебный год": "2024/2025", "Процедура": "ВПР", "Предмет": "Русский язык", "Класс": 5, "Число участников": 25, "Не преодолели минимальный порог": 2, "Средний балл": 3.8 }),
    row({ "Код ОО": "670101", "Учебный год": "2024/2025", "Процедура": "ЕГЭ", "Предмет": "Математика профильная", "Число участников": 48, "Не преодолели минимальный порог": 3, "Средний балл": 61.5 }),
  ],
  equipment: [
    row({ "Код ОО": "670101", "Компьютеров для обучающихся (есть)": 24, "Компьютеров (требуется)": 30, "Лабораторных комплектов (есть)": 3, "Лабораторных комплектов (требуется)": 5, "Скорость доступа к Интернету, Мбит/с": 100, "Тип местности": "город" }),
    row({ "Код ОО": "670102", "Компьютеров для обучающихся (есть)": 8, "Компьютеров (требуется)": 10, "Лабораторных комплектов (есть)": 1, "Лабораторных комплектов (требуется)": 2, "Скорость доступа к Интернету, Мбит/с": 30, "Тип местности": "село" }),
  ],
  staff: [
    row({ "Код ОО": "670101", "Код педагога": "1", "Предмет": "Математика", "Возраст": 34, "Квалификационная категория": "высшая", "Пройдены КПК за 3 года": "да", "Выявленные дефициты": "формирующее оценивание", "Индивидуальный образовательный маршрут": "разработан: курсы по формирующему оцениванию" }),
    row({ "Код ОО": "670101", "Код педагога": "2", "Предмет": "начальные классы", "Возраст": 58, "Квалификационная категория": "без категории", "Пройдены КПК за 3 года": "нет", "Выявленные дефициты": "работа с неуспевающими", "Индивидуальный образовательный маршрут": "нет", "Наставник": "1" }),
  ],
  passport: [
    { "Содержание": "Дорожная карта поддержки школ с низкими образовательными результатами" },
    { "Содержание": "2025-2027" },
  ],
  plan: [
    section("1. Организационные механизмы реализации"),
    row({ "№ п/п": "1.1", "Наименование мероприятия": "Идентификация школ с низкими образовательными результатами", "Сроки реализации": "апрель - май", "Ответственный исполнитель": "Управление образования", "Ожидаемый результат": "Аналитическая справка", "Статус": "в работе" }),
    row({ "№ п/п": "1.2", "Наименование мероприятия": "Разработка программ поддержки школ", "Сроки реализации": "Сентябрь – октябрь 2025 г.", "Ответственный исполнитель": "Управление образования", "Ожидаемый результат": "Программы поддержки школ", "Статус": "не начато" }),
  ],
  targets: [
    row({ "№ п/п": "1", "Наименование показателя": "Доля школ с низкими образовательными результатами", "Единица измерения": "Процент", "Направление": "снижение", "Базовое значение": 25, "Базовый год": 2024, "План 2025": 20, "План 2026": 15, "План 2027": 10, "Факт 2025": 22 }),
    row({ "№ п/п": "2", "Наименование показателя": "Число педагогов, прошедших курсы повышения квалификации", "Единица измерения": "Человек", "Направление": "рост", "Базовое значение": 40, "Базовый год": 2024, "План 2025": 60, "План 2026": 80, "План 2027": 100, "Факт 2025": 65 }),
  ],
  finance: [
    row({ "№ п/п": "1", "Наименование мероприятия": "Курсы повышения квалификации руководителей и учителей", "Исполнитель": "Комитет по образованию", "Источник финансирования": "региональный бюджет", "Объём средств 2025, руб.": 150000, "Объём средств 2026, руб.": 150000, "Объём средств 2027, руб.": 100000, "Планируемое значение показателя": "50 % педагогов прошли курсы" }),
    row({ "№ п/п": "2", "Наименование мероприятия": "Методическое сопровождение школ", "Исполнитель": "Институт развития образования", "Источник финансирования": "без финансирования", "Планируемое значение показателя": "все школы программы" }),
  ],
  responsibility: [
    row({ "Мероприятие / направление": "Координаторы программы", "Министерство (орган управления образованием)": "Назначает региональных координаторов", "Институт развития образования": "Создаёт центр поддержки школ", "Центр мониторинга": "Назначает ответственного за мониторинг" }),
    row({ "Мероприятие / направление": "Мониторинг и контекстные данные", "Министерство (орган управления образованием)": "Организует мониторинг", "Институт развития образования": "Помогает муниципалитетам", "Центр мониторинга": "Собирает данные, считает индекс" }),
  ],
  cycle: [
    { "Содержание": "Определены механизмы выявления школ с низкими образовательными результатами", "Ответственный": "Управление образования", "Срок": "Ежегодно в сентябре", "Результат": "Аналитический отчёт" },
    { "Содержание": "Доля обучающихся, не преодолевших минимальный порог; анкеты контекстных данных", "Ответственный": "Центр мониторинга", "Срок": "октябрь", "Результат": "Перечень показателей" },
  ],
  "risk-profile": [
    { "Уровень риска": "высокий", "Обоснование": "Нет лаборатории по химии", "Цель": "Оснастить кабинет химии", "Меры": "Закупка лабораторного оборудования", "Сроки": "сентябрь - декабрь 2025", "Ответственные": "Директор", "Показатели результата": "Доля уроков с лабораторными работами" },
    { "Уровень риска": "низкий", "Обоснование": "Вакансий нет, все педагоги с профильным образованием" },
  ],
};

/** The rows a form's picture starts with: its default rows with the examples added, or the examples. */
function rowsFor(id) {
  const preset = defaultPreset(id);
  const examples = EXAMPLES[id] ?? [];
  if (!preset) return examples;
  if (id === "responsibility") return [preset.rows[0], ...examples, ...preset.rows.slice(1)];
  return preset.rows.map((r, i) => (r.kind === "row" && examples[i] ? row({ ...r.values, ...examples[i] }) : r));
}

/** A form's plan for the picture: the template plus examples, printed with its check column. */
function planFor(spec) {
  const plan = buildSheetPlan(spec, { preset: defaultPreset(spec.id), rows: rowsFor(spec.id), years: YEARS });
  if (plan.checkColumn) {
    const last = plan.lastDataRow + plan.summaryRows.length;
    plan.print = { ...plan.print, area: `A1:${columnLetter(plan.checkColumn)}${last}` };
  }
  return plan;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 300000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr || r.stdout || r.error}`);
  return r;
}

async function main() {
  const only = process.argv.slice(2);
  const forms = FORMS.filter((f) => only.length === 0 || only.includes(f.id));
  if (forms.length === 0) throw new Error(`нет таких форм: ${only.join(", ")}`);
  const soffice = ["soffice", "libreoffice"].find((c) => spawnSync(c, ["--version"]).status === 0);
  if (!soffice) throw new Error("нужен LibreOffice (soffice): apt-get install -y libreoffice-calc");
  if (spawnSync("pdftoppm", ["-v"]).error) throw new Error("нужен pdftoppm: apt-get install -y poppler-utils");

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "edu-templates-"));
  try {
    const files = [];
    for (const spec of forms) {
      const file = path.join(dir, `${spec.id}.xlsx`);
      const wb = workbookFromPlans([planFor(spec)]);
      // A3 for the picture: the template prints on A4, fitted to its width, which is small on a screen.
      wb.worksheets[0].pageSetup.paperSize = PICTURE_PAPER;
      fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
      files.push(file);
    }
    // A fresh LibreOffice profile set to the Russian locale: numbers and dates look as a school sees them.
    const profile = path.join(dir, "profile");
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RUSSIAN_PROFILE);
    run(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files]);
    fs.mkdirSync(OUT, { recursive: true });
    for (const spec of forms) {
      const base = path.join(dir, spec.id);
      run("pdftoppm", ["-png", "-r", String(DPI), "-f", "1", "-l", "1", "-singlefile", `${base}.pdf`, base]);
      const target = path.join(OUT, `${spec.id}.png`);
      const tmp = `${target}.tmp-${process.pid}`;
      fs.copyFileSync(`${base}.png`, tmp);
      fs.renameSync(tmp, target);
      console.log(`записано: ${path.relative(process.cwd(), target)}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
