/**
 * `context` — Контекстные данные ОО (социальный паспорт школы): the input of the social wellbeing index
 * (forms.md). Header texts are a contract read by other tools.
 */
import type { ColumnSpec, FormSpec } from "../types";
import { academicYearColumn, localityColumn, schoolCodeColumn } from "./common";

/** A count of students of one category: whole, ≥ 0, not above the total; a share above 0,9 is suspicious. */
function categoryColumn(key: string, header: string, help: string, width = 14): ColumnSpec {
  return {
    key,
    header,
    type: "integer",
    unit: "чел.",
    rules: [
      { kind: "range", min: 0 },
      { kind: "lte", column: "students" },
      { kind: "share-outlier", of: "students", above: 0.9 },
      { kind: "change-outlier", of: "students", abovePoints: 20 },
    ],
    help: `${help} Целое число обучающихся, от 0 до численности обучающихся.`,
    width,
    numFmt: "0",
    examples: [12, 40],
  };
}

export const CONTEXT: FormSpec = {
  id: "context",
  version: 1,
  kind: "data",
  title: "Контекстные данные ОО (социальный паспорт школы)",
  sheetName: "Контекстные данные",
  instruction:
    "Одна строка — одна школа (образовательная организация). Заполните все столбцы по состоянию на начало учебного года; " +
    "численность указывайте в человеках. Категории обучающихся не складываются: один ребёнок может входить в несколько. " +
    "Названия столбцов не меняйте. Столбец «Проверка» справа показывает ошибки строки; «✓» — строка заполнена верно.",
  dataRows: 200,
  frozenColumns: 2,
  // The coordinator's sheet is a consolidated table ready for schools: the index next to it (src/region/indicators).
  coordinatorIndex: true,
  columns: [
    schoolCodeColumn("Код образовательной организации по региональному реестру (как в других формах мониторинга). Коды в файле не повторяются.", true),
    {
      key: "name",
      header: "Наименование ОО",
      type: "text",
      rules: [{ kind: "required" }],
      help: "Краткое наименование образовательной организации, например «МБОУ СОШ № 2».",
      width: 30,
      examples: ["МБОУ СОШ № 2", "МБОУ Суетовская СШ"],
    },
    {
      key: "municipality",
      header: "Муниципальное образование",
      type: "text",
      rules: [{ kind: "required" }, { kind: "reference", list: "municipalities" }],
      help: "Муниципальный район или городской округ, в котором находится школа, — так, как он записан в перечне региона.",
      width: 22,
      examples: ["Ярцевский район"],
    },
    localityColumn(false),
    academicYearColumn(false),
    {
      key: "students",
      header: "Численность обучающихся",
      type: "integer",
      unit: "чел.",
      rules: [{ kind: "required" }, { kind: "range", min: 0, minExclusive: true }],
      help: "Общая численность обучающихся школы, человек. Целое число больше 0; от него считаются доли всех категорий.",
      width: 14,
      numFmt: "0",
      examples: [420, 96],
    },
    categoryColumn("lowIncome", "Из малообеспеченных семей", "Обучающиеся из малообеспеченных (малоимущих) семей."),
    categoryColumn("singleParent", "Из неполных семей", "Обучающиеся из неполных семей."),
    categoryColumn("largeFamily", "Из многодетных семей", "Обучающиеся из многодетных семей."),
    categoryColumn("nonNative", "Русский язык не родной", "Обучающиеся, для которых русский язык не родной."),
    categoryColumn("disability", "С ОВЗ", "Обучающиеся с ограниченными возможностями здоровья (ОВЗ)."),
    categoryColumn("orphans", "Дети-сироты и оставшиеся без попечения", "Дети-сироты и дети, оставшиеся без попечения родителей."),
    categoryColumn("registered", "На учёте (ВШУ, ПДН, КДН)", "Обучающиеся на внутришкольном учёте, учёте в ПДН или КДН."),
    categoryColumn("higherEd", "Хотя бы один родитель с высшим образованием", "Обучающиеся, у которых хотя бы один родитель имеет высшее образование.", 18),
    categoryColumn("unemployed", "Безработные родители (один или оба)", "Обучающиеся, у которых один или оба родителя безработные."),
  ],
};
