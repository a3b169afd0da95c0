/**
 * `cycle` — Управленческий цикл (forms.md, as in the Krasnye Baki order 001): one row per stage of the
 * management cycle; the stages come pre-filled from the default preset.
 */
import type { FormSpec } from "../types";

export const CYCLE: FormSpec = {
  id: "cycle",
  version: 1,
  kind: "roadmap",
  title: "Управленческий цикл",
  sheetName: "Управленческий цикл",
  instruction:
    "Одна строка — один этап управленческого цикла (этапы уже перечислены). Опишите содержание этапа, ответственного, срок и результат.",
  dataRows: 10,
  defaultPreset: "cycle-stages",
  columns: [
    {
      key: "stage",
      header: "Этап",
      type: "text",
      rules: [{ kind: "required" }],
      help: "Этап управленческого цикла: цели, показатели, мониторинг, анализ, меры, оценка эффективности.",
      width: 34,
      examples: ["Цели", "Мониторинг"],
    },
    {
      key: "content",
      header: "Содержание",
      type: "text",
      rules: [{ kind: "required" }],
      help: "Что делается на этапе: механизмы, показатели, мероприятия.",
      width: 60,
      examples: ["Определены механизмы выявления школ с низкими образовательными результатами"],
    },
    {
      key: "responsible",
      header: "Ответственный",
      type: "text",
      help: "Кто отвечает за этап (организация, должность).",
      width: 22,
      examples: ["Управление образования"],
    },
    {
      key: "term",
      header: "Срок",
      type: "period",
      help: "Когда выполняется этап: «сентябрь», «ежегодно в июне», «в течение года».",
      width: 16,
      examples: ["Ежегодно в сентябре", "в течение года"],
    },
    {
      key: "result",
      header: "Результат",
      type: "text",
      help: "Итог этапа: документ, решение, отчёт.",
      width: 30,
      examples: ["Аналитический отчёт"],
    },
  ],
};
