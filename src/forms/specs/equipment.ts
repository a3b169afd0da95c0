/**
 * `equipment` — Оснащение и доступ к Интернету (forms.md): what a school has and needs, and its Internet speed.
 * Derived columns show the gap to the need and whether the speed meets the standard (configurable per locality);
 * they read numbers typed as text in the Russian way ("1 000") as the validator does.
 */
import type { ColumnSpec, FormSpec } from "../types";
import { localityColumn, schoolCodeColumn } from "./common";

function countColumn(key: string, header: string, help: string): ColumnSpec {
  return {
    key,
    header,
    type: "integer",
    unit: "шт.",
    rules: [{ kind: "range", min: 0 }],
    help: `${help} Целое число, не меньше 0.`,
    width: 14,
    numFmt: "0",
    examples: [24, 30],
  };
}

export const EQUIPMENT: FormSpec = {
  id: "equipment",
  version: 1,
  kind: "data",
  title: "Оснащение и доступ к Интернету",
  sheetName: "Оснащение",
  instruction:
    "Одна строка — одна школа. Укажите, сколько компьютеров и лабораторных комплектов есть и сколько требуется, " +
    "и фактическую скорость доступа к Интернету. Серые столбцы справа считаются сами: нехватка оборудования и соответствие скорости нормативу.",
  dataRows: 200,
  frozenColumns: 1,
  formulaOptions: {
    speedCity: { value: 100, label: "Норматив скорости для города, Мбит/с" },
    speedVillage: { value: 50, label: "Норматив скорости для села, Мбит/с" },
  },
  columns: [
    schoolCodeColumn("Код образовательной организации по региональному реестру. Коды в файле не повторяются.", true),
    countColumn("computers", "Компьютеров для обучающихся (есть)", "Сколько исправных компьютеров (ноутбуков) используют обучающиеся."),
    countColumn("computersNeed", "Компьютеров (требуется)", "Сколько компьютеров для обучающихся нужно школе всего."),
    countColumn("labs", "Лабораторных комплектов (есть)", "Сколько лабораторных комплектов (физика, химия, биология) есть в школе."),
    countColumn("labsNeed", "Лабораторных комплектов (требуется)", "Сколько лабораторных комплектов нужно школе всего."),
    {
      key: "speed",
      header: "Скорость доступа к Интернету, Мбит/с",
      type: "number",
      unit: "Мбит/с",
      rules: [{ kind: "range", min: 0 }],
      help: "Фактическая скорость подключения школы к Интернету по договору или замеру, Мбит/с. Число не меньше 0.",
      width: 14,
      numFmt: "0.##",
      examples: [100, 50],
    },
    localityColumn(true),
    {
      key: "computersGap",
      header: "Не хватает компьютеров",
      type: "integer",
      derived: { formula: 'IF(OR({computers}="",{computersNeed}=""),"",IFERROR(MAX(0,{num:computersNeed}-{num:computers}),""))' },
      derivedKind: "number",
      help: "Считается сам: требуется минус есть (0, если хватает).",
      width: 12,
      numFmt: "0",
    },
    {
      key: "labsGap",
      header: "Не хватает лабораторных комплектов",
      type: "integer",
      derived: { formula: 'IF(OR({labs}="",{labsNeed}=""),"",IFERROR(MAX(0,{num:labsNeed}-{num:labs}),""))' },
      derivedKind: "number",
      help: "Считается сам: требуется минус есть (0, если хватает).",
      width: 14,
      numFmt: "0",
    },
    {
      key: "speedOk",
      header: "Скорость соответствует нормативу",
      type: "text",
      derived: {
        formula:
          'IF(OR({speed}="",{locality}=""),"",IFERROR(IF({num:speed}>=IF({is:locality:село},{opt:speedVillage},{opt:speedCity}),"да","нет"),""))',
      },
      derivedKind: "text",
      help: "Считается сам: «да», если скорость не ниже норматива для типа местности (по умолчанию 100 Мбит/с для города, 50 Мбит/с для села).",
      width: 14,
    },
  ],
};
