/**
 * `results` — Образовательные результаты (мониторинг): one row per school × year × procedure × subject
 * (× grade for ВПР) (forms.md). Header texts are a contract. The subject list is the ЕГЭ subjects of the
 * minimum-score reference table plus the ОГЭ/ВПР ones (`SCHOOL_SUBJECTS`), with the same aliases, so the forms
 * and `MIN_SCORE` accept the same names.
 */
import type { FormSpec, EnumSpec } from "../types";
import { SCHOOL_SUBJECTS, SUBJECT_ALIASES, canonicalSubject } from "../../core/thresholds";
import { academicYearColumn, enumOf, schoolCodeColumn, when } from "./common";

/** Canonical subjects with the aliases of the reference table grouped under each. */
function subjectEnum(): EnumSpec {
  const aliases = new Map<string, string[]>(SCHOOL_SUBJECTS.map((s) => [s, []]));
  for (const [alias, subject] of Object.entries(SUBJECT_ALIASES)) aliases.get(subject)?.push(alias);
  return {
    values: SCHOOL_SUBJECTS.map((s) => ({ value: s, aliases: aliases.get(s) ?? [] })),
    resolve: (text) => canonicalSubject(text),
  };
}

/** Header of the share below the threshold: the coordinator's column of the form and the consolidated table's. */
export const SHARE_BELOW_HEADER = "Доля не преодолевших порог";

const VPR = when("procedure", ["ВПР"], "для ВПР");
const NOT_VPR = when("procedure", ["ЕГЭ", "ОГЭ"], "для ЕГЭ и ОГЭ");

export const RESULTS: FormSpec = {
  id: "results",
  version: 1,
  kind: "data",
  title: "Образовательные результаты (мониторинг)",
  sheetName: "Результаты",
  instruction:
    "Одна строка — одна школа, один учебный год, одна процедура (ЕГЭ, ОГЭ, ВПР) и один предмет; для ВПР ещё и класс. " +
    "Процедуру и предмет выберите из списка. Для ЕГЭ средний балл — по 100-балльной шкале, для ОГЭ и ВПР — средняя отметка от 2 до 5. " +
    "Названия столбцов не меняйте; столбец «Проверка» показывает ошибки строки.",
  dataRows: 200,
  frozenColumns: 1,
  columns: [
    {
      ...schoolCodeColumn("Код образовательной организации по региональному реестру — тот же, что в форме контекстных данных.", false),
      rules: [{ kind: "required" }, { kind: "unique", with: ["year", "procedure", "subject", "grade"] }],
    },
    academicYearColumn(true),
    {
      key: "procedure",
      header: "Процедура",
      type: "enum",
      enum: enumOf("ЕГЭ", "ОГЭ", "ВПР"),
      rules: [{ kind: "required" }],
      help: "Оценочная процедура: выберите ЕГЭ, ОГЭ или ВПР.",
      width: 10,
      examples: ["ВПР", "ЕГЭ"],
    },
    {
      key: "subject",
      header: "Предмет",
      type: "enum",
      enum: subjectEnum(),
      rules: [{ kind: "required" }],
      help: "Предмет из списка (например, «Русский язык», «Математика профильная»). Принятые сокращения распознаются и приводятся к названию из списка.",
      width: 24,
      examples: ["Русский язык", "Математика профильная"],
    },
    {
      key: "grade",
      header: "Класс",
      type: "integer",
      rules: [
        { kind: "required", when: VPR },
        { kind: "empty", when: NOT_VPR },
        { kind: "range", min: 4, max: 11 },
      ],
      help: "Только для ВПР: класс, в котором писали работу, от 4 до 11. Для ЕГЭ и ОГЭ оставьте пустым.",
      width: 8,
      numFmt: "0",
      examples: [5, 11],
    },
    {
      key: "participants",
      header: "Число участников",
      type: "integer",
      unit: "чел.",
      rules: [{ kind: "required" }, { kind: "range", min: 0, minExclusive: true }],
      help: "Сколько обучающихся школы участвовали в процедуре по предмету, человек. Целое число больше 0.",
      width: 12,
      numFmt: "0",
      examples: [25, 48],
    },
    {
      key: "belowMin",
      header: "Не преодолели минимальный порог",
      type: "integer",
      unit: "чел.",
      rules: [{ kind: "range", min: 0 }, { kind: "lte", column: "participants" }],
      help: "Сколько участников не набрали минимальный балл (для ОГЭ и ВПР — получили отметку «2»). Целое число от 0 до числа участников.",
      width: 16,
      numFmt: "0",
      examples: [2, 0],
    },
    {
      key: "average",
      header: "Средний балл",
      type: "number",
      rules: [
        { kind: "range", min: 0, max: 100, when: when("procedure", ["ЕГЭ"], "для ЕГЭ") },
        { kind: "range", min: 2, max: 5, when: when("procedure", ["ОГЭ", "ВПР"], "для ОГЭ и ВПР") },
      ],
      help: "Средний результат школы: для ЕГЭ — средний тестовый балл от 0 до 100; для ОГЭ и ВПР — средняя отметка от 2 до 5. Дробная часть — через запятую.",
      width: 10,
      numFmt: "0.0#",
      examples: [3.8, 61.5],
    },
  ],
  // The share of every row (forms.md: a derived column of the consolidated table) is the coordinator's: a school
  // template keeps exactly the columns above.
  coordinatorColumns: [
    {
      key: "belowShare",
      header: SHARE_BELOW_HEADER,
      type: "number",
      derived: {
        formula: 'IF(OR({belowMin}="",{participants}=""),"",IFERROR({num:belowMin}/{num:participants},""))',
        coordinator: 'IF(OR({belowMin}="",{participants}=""),"",EDU.SHARE({belowMin},{participants}))',
      },
      derivedKind: "percent",
      help: "Считается сама: «Не преодолели минимальный порог» / «Число участников» (функция ОБР.ДОЛЯ). Пусто, пока в строке нет обоих чисел.",
      width: 14,
      numFmt: "0.0%",
    },
  ],
};
