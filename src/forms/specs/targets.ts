/**
 * `targets` — Целевые показатели (forms.md): indicators with base and planned values by year and the facts.
 * The derived columns compare the latest fact with the plan of the same year, natively (no add-in needed):
 * Отклонение is the remaining gap (`EDU.GAP`), Степень достижения the federal ratio with guards for zero
 * plans (`EDU.ACHIEVEMENT`), Статус as `EDU.TARGET_STATUS`; a summary row gives the degree of
 * implementation (`EDU.PROGRAM_DEGREE`, each degree capped at 1) and its rating (`EDU.EFFECTIVENESS`).
 */
import type { ColumnSpec, FormSpec } from "../types";
import { enumOf, itemNumberColumn, NA_MARKS, when } from "./common";

const PERCENT = when("unit", ["Процент"], "для показателя в процентах");

/** A value of the indicator: a number, within 0–100 when the unit is Процент. */
function valueColumn(key: string, header: string, help: string, repeat: boolean, required: boolean): ColumnSpec {
  return {
    key,
    header,
    type: "number",
    ...(repeat ? { repeat: "year" as const } : {}),
    rules: [...(required ? [{ kind: "required" as const }] : []), { kind: "range", min: 0, max: 100, when: PERCENT }],
    help,
    width: 10,
    numFmt: "0.##",
    naMarks: NA_MARKS,
    examples: repeat ? [30, 40] : [25, 15],
  };
}

const FACT = "{latest:fact}";
const PLAN_OF_FACT = "{latest:plan@fact}";
/** The same values read as numbers (text typed the Russian way, "32,5", counts as the validator reads it). */
const FACT_N = "{num:latest:fact}";
const PLAN_N = "{num:latest:plan@fact}";
const DOWN = "{is:direction:снижение}";
const NO_DATA = `OR({name}="",${FACT}="",${PLAN_OF_FACT}="")`;

export const TARGETS: FormSpec = {
  id: "targets",
  version: 1,
  kind: "roadmap",
  title: "Целевые показатели",
  sheetName: "Целевые показатели",
  instruction:
    "Одна строка — один показатель. Укажите единицу измерения и направление (рост или снижение), базовое значение, план и факт по годам; " +
    "проценты — числом от 0 до 100. Серые столбцы считаются сами по последнему году, за который внесён факт.",
  dataRows: 40,
  sections: true,
  formulaOptions: {
    high: { value: 0.9, label: "Высокая эффективность: степень реализации не ниже" },
    medium: { value: 0.8, label: "Средняя эффективность: не ниже" },
    satisfactory: { value: 0.7, label: "Удовлетворительная эффективность: не ниже" },
  },
  columns: [
    itemNumberColumn(),
    {
      key: "name",
      header: "Наименование показателя",
      type: "text",
      rules: [{ kind: "required" }],
      help: "Показатель так, как он записан в программе, например «Доля школ со стабильно низкими результатами обучения».",
      width: 46,
      examples: ["Доля школ, показавших стабильно низкие результаты обучения"],
    },
    {
      key: "unit",
      header: "Единица измерения",
      type: "enum",
      enum: enumOf(
        ["Процент", ["%", "проценты", "процентов"]],
        ["Единица", ["ед.", "ед", "единиц", "единицы"]],
        ["Человек", ["чел.", "чел", "человека"]],
        ["Балл", ["баллы", "баллов"]],
        ["Рубль", ["руб.", "руб", "рублей", "рубли"]],
      ),
      rules: [{ kind: "required" }],
      help: "Выберите: Процент, Единица, Человек, Балл или Рубль. Проценты вводятся числом от 0 до 100 (25, а не 0,25).",
      width: 11,
      examples: ["Процент", "Единица"],
    },
    {
      key: "direction",
      header: "Направление",
      type: "enum",
      enum: enumOf(
        ["рост", ["повышение", "увеличение", "up", "+", "↑"]],
        ["снижение", ["понижение", "уменьшение", "down", "-", "↓"]],
      ),
      help: "«рост» — чем больше, тем лучше; «снижение» — чем меньше, тем лучше (например, доля школ с низкими результатами). Пусто — рост.",
      width: 11,
      examples: ["рост", "снижение"],
    },
    valueColumn("base", "Базовое значение", "Значение показателя в базовом году. Для процентов — число от 0 до 100.", false, true),
    {
      key: "baseYear",
      header: "Базовый год",
      type: "year",
      help: "Год, к которому относится базовое значение, например 2023.",
      width: 8,
      numFmt: "0",
      examples: [2023],
    },
    valueColumn("plan", "План {year}", "Плановое значение на этот год. Для процентов — число от 0 до 100; «х» — значение не планируется.", true, false),
    valueColumn("fact", "Факт {year}", "Фактическое значение за этот год. Для процентов — число от 0 до 100.", true, false),
    {
      key: "gap",
      header: "Отклонение",
      type: "number",
      derived: {
        formula: `IF(${NO_DATA},"",IFERROR(IF(${DOWN},${FACT_N}-${PLAN_N},${PLAN_N}-${FACT_N}),""))`,
        coordinator: `IF(${NO_DATA},"",EDU.GAP(${FACT},${PLAN_OF_FACT},{direction}))`,
      },
      derivedKind: "number",
      help: "Считается само: сколько осталось до плана (план − факт для роста, факт − план для снижения); 0 и меньше — план достигнут.",
      width: 11,
      numFmt: "0.##",
    },
    {
      key: "achievement",
      header: "Степень достижения",
      type: "number",
      derived: {
        formula:
          `IF(${NO_DATA},"",IFERROR(IF(${DOWN},` +
          `IF(OR(${FACT_N}=0,${PLAN_N}=0),IF(${FACT_N}=${PLAN_N},1,"—"),${PLAN_N}/${FACT_N}),` +
          `IF(${PLAN_N}=0,IF(${FACT_N}=0,1,"—"),${FACT_N}/${PLAN_N})),""))`,
        // Where the plan is 0 the ratio is undefined (functions.md): the share of the planned change from the base.
        coordinator:
          `IF(${NO_DATA},"",IF(${PLAN_OF_FACT}=0,EDU.PROGRESS(${FACT},{base},${PLAN_OF_FACT}),` +
          `EDU.ACHIEVEMENT(${FACT},${PLAN_OF_FACT},{direction})))`,
      },
      derivedKind: "number",
      help: "Считается сама: факт / план для роста, план / факт для снижения. «—» — при нуле в отношении (план 0, а для снижения и факт 0) степень не определена: используйте ОБР.ПРОГРЕСС.",
      width: 11,
      numFmt: "0.00",
    },
    {
      key: "status",
      header: "Статус",
      type: "text",
      derived: {
        formula:
          `IF({name}="","",IF(OR(${FACT}="",${PLAN_OF_FACT}=""),"нет данных",IFERROR(IF(${DOWN},` +
          `IF(${FACT_N}<${PLAN_N},"перевыполнен",IF(${FACT_N}=${PLAN_N},"достигнут","не достигнут")),` +
          `IF(${FACT_N}>${PLAN_N},"перевыполнен",IF(${FACT_N}=${PLAN_N},"достигнут","не достигнут"))),"нет данных")))`,
        coordinator: `IF({name}="","",IF(OR(${FACT}="",${PLAN_OF_FACT}=""),"нет данных",EDU.TARGET_STATUS(${FACT},${PLAN_OF_FACT},{direction})))`,
      },
      derivedKind: "text",
      help: "Считается сам: «достигнут», «перевыполнен», «не достигнут» или «нет данных» (нет факта).",
      width: 13,
    },
  ],
  summary: [
    {
      label: "Степень реализации программы (среднее по показателям, каждая не выше 1)",
      labelColumn: "name",
      cells: {
        achievement: {
          formula: 'IFERROR((SUMIF({achievement#},"<=1")+COUNTIF({achievement#},">1"))/COUNT({achievement#}),"")',
          coordinator: 'IFERROR(EDU.PROGRAM_DEGREE({achievement#}),"")',
        },
        status: {
          formula:
            'IF({achievement}="","",IF({achievement}>={opt:high},"высокая",IF({achievement}>={opt:medium},"средняя",' +
            'IF({achievement}>={opt:satisfactory},"удовлетворительная","неудовлетворительная"))))',
          coordinator: 'IF({achievement}="","",EDU.EFFECTIVENESS({achievement},{{opt:high},{opt:medium},{opt:satisfactory}}))',
        },
      },
    },
  ],
};
