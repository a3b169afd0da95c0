/**
 * `responsibility` — Распределение полномочий по уровням (forms.md, as in the Astrakhan roadmap 000):
 * activities by rows, one column per actor; section rows for the phases of the programme.
 */
import type { FormSpec } from "../types";

/** Default actors of the Astrakhan roadmap. */
export const DEFAULT_ACTORS: readonly string[] = [
  "Министерство (орган управления образованием)",
  "Институт развития образования",
  "Центр мониторинга",
];

export const RESPONSIBILITY: FormSpec = {
  id: "responsibility",
  version: 1,
  kind: "roadmap",
  title: "Распределение полномочий по уровням",
  sheetName: "Полномочия",
  instruction:
    "Строки — мероприятия или направления, столбцы — участники. В ячейке опишите, что делает участник. " +
    "Этап программы («1. Подготовка и запуск программы») запишите отдельной строкой в первой ячейке.",
  dataRows: 60,
  sections: true,
  defaultPreset: "responsibility-phases",
  defaultActors: DEFAULT_ACTORS,
  columns: [
    {
      key: "activity",
      header: "Мероприятие / направление",
      type: "text",
      help: "Мероприятие или направление работы; можно оставить пустым, если строка продолжает направление выше.",
      width: 30,
      examples: ["Сбор контекстных данных"],
    },
    {
      key: "actor",
      header: "{actor}",
      type: "text",
      repeat: "actor",
      help: "Что делает этот участник в рамках мероприятия.",
      width: 40,
      examples: ["Организовать сбор контекстных данных по анкете"],
    },
  ],
};
