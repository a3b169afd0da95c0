/**
 * `staff` — Кадры и профессиональные дефициты (forms.md): one row per teacher. Derived columns give, for the
 * row's school, the shares used as indicators in the Tambov passport (under 35, pension age, highest
 * category, without timely КПК).
 */
import type { FormSpec } from "../types";
import { enumOf, schoolCodeColumn } from "./common";

/**
 * Share of the school's teachers (rows with the same `Код ОО`) that meet a condition, among those that meet `base`;
 * both are element-wise over the data range, so an age typed as text ("34") counts as the validator reads it.
 */
const schoolShare = (condition: string, base: string): string =>
  `IF({code}="","",IFERROR(SUMPRODUCT(({code#}&""={code}&"")*${condition})/SUMPRODUCT(({code#}&""={code}&"")*${base}),""))`;
/** An age of the data range (read as a number) meets a comparison; not a number → no. */
const age = (comparison: string): string => `ISNUMBER(1/({num:age#}${comparison}))`;

export const STAFF: FormSpec = {
  id: "staff",
  version: 1,
  kind: "data",
  title: "Кадры и профессиональные дефициты",
  sheetName: "Кадры",
  instruction:
    "Одна строка — один педагог. Вместо фамилии укажите код педагога (номер в списке школы). Категорию и прохождение КПК выберите из списка. " +
    "Серые столбцы справа считаются сами: доли педагогов по школе.",
  dataRows: 200,
  frozenColumns: 2,
  formulaOptions: {
    youngAge: { value: 35, label: "Молодые педагоги: возраст меньше, лет" },
    pensionAge: { value: 60, label: "Пенсионный возраст для показателя, лет (настраивается)" },
  },
  columns: [
    {
      ...schoolCodeColumn("Код образовательной организации по региональному реестру.", false),
      rules: [{ kind: "required" }, { kind: "unique", with: ["teacher"] }],
    },
    {
      key: "teacher",
      header: "Код педагога",
      type: "text",
      rules: [{ kind: "required" }],
      help: "Условный код педагога в школе (например, 1, 2, 3 или табельный номер). Фамилии не указывайте. В одной школе коды не повторяются.",
      width: 10,
      numFmt: "@",
      examples: ["1", "2"],
    },
    {
      key: "subject",
      header: "Предмет",
      type: "text",
      help: "Основной преподаваемый предмет (для учителей начальных классов — «начальные классы»).",
      width: 18,
      examples: ["Математика", "начальные классы"],
    },
    {
      key: "age",
      header: "Возраст",
      type: "integer",
      unit: "лет",
      rules: [{ kind: "range", min: 18, max: 99 }],
      help: "Полных лет на начало учебного года. Целое число от 18 до 99.",
      width: 8,
      numFmt: "0",
      examples: [34, 58],
    },
    {
      key: "category",
      header: "Квалификационная категория",
      type: "enum",
      enum: enumOf(["высшая", ["высшая категория"]], ["первая", ["первая категория", "1"]], ["без категории", ["нет", "б/к", "нет категории"]]),
      help: "Выберите из списка: «высшая», «первая» или «без категории».",
      width: 14,
      examples: ["высшая", "без категории"],
    },
    {
      key: "kpk",
      header: "Пройдены КПК за 3 года",
      type: "enum",
      enum: enumOf(["да", ["+", "пройдены"]], ["нет", ["-", "не пройдены"]]),
      help: "Прошёл ли педагог курсы повышения квалификации за последние 3 года: «да» или «нет».",
      width: 11,
      examples: ["да", "нет"],
    },
    {
      key: "deficits",
      header: "Выявленные дефициты",
      type: "text",
      help: "Профессиональные дефициты по итогам диагностики, кратко (например, «формирующее оценивание»).",
      width: 28,
      examples: ["формирующее оценивание", "работа с неуспевающими"],
    },
    {
      key: "route",
      header: "Индивидуальный образовательный маршрут",
      type: "text",
      help: "Есть ли индивидуальный образовательный маршрут и что в нём (кратко), или «нет».",
      width: 24,
      examples: ["разработан: курсы по формирующему оцениванию", "нет"],
    },
    {
      key: "mentor",
      header: "Наставник",
      type: "text",
      help: "Код или должность наставника педагога, если он назначен.",
      width: 14,
      examples: ["5", "заместитель директора"],
    },
    {
      key: "shareYoung",
      header: "Доля до 35 лет в ОО",
      type: "percent",
      derived: { formula: schoolShare(age("<{opt:youngAge}"), age(">0")) },
      derivedKind: "percent",
      help: "Считается сам: доля педагогов школы моложе 35 лет среди педагогов с указанным возрастом.",
      width: 11,
      numFmt: "0%",
    },
    {
      key: "sharePension",
      header: "Доля пенсионного возраста в ОО",
      type: "percent",
      derived: { formula: schoolShare(age(">={opt:pensionAge}"), age(">0")) },
      derivedKind: "percent",
      help: "Считается сам: доля педагогов школы пенсионного возраста (по умолчанию 60 лет и старше) среди педагогов с указанным возрастом.",
      width: 12,
      numFmt: "0%",
    },
    {
      key: "shareHighest",
      header: "Доля с высшей категорией в ОО",
      type: "percent",
      derived: { formula: schoolShare("{is:category#:высшая}", "(LEN(TRIM({teacher#}))>0)") },
      derivedKind: "percent",
      help: "Считается сам: доля педагогов школы с высшей квалификационной категорией.",
      width: 12,
      numFmt: "0%",
    },
    {
      key: "shareNoKpk",
      header: "Доля без КПК за 3 года в ОО",
      type: "percent",
      derived: { formula: schoolShare("{is:kpk#:нет}", "(LEN(TRIM({teacher#}))>0)") },
      derivedKind: "percent",
      help: "Считается сам: доля педагогов школы, не прошедших КПК за последние 3 года.",
      width: 12,
      numFmt: "0%",
    },
  ],
};
