/**
 * `risk-profile` — Рисковый профиль школы и антирисковая программа (проект «500+») (forms.md, methodology.md §3):
 * one row per risk factor (the 12 factors come pre-filled from the default preset); a level for every factor,
 * and measures, period and responsible for every factor at a high or medium level.
 */
import type { FormSpec } from "../types";
import { enumOf, when } from "./common";

const RELEVANT = when("level", ["высокий", "средний"], "при высоком или среднем уровне риска");

export const RISK_PROFILE: FormSpec = {
  id: "risk-profile",
  version: 1,
  kind: "roadmap",
  title: "Рисковый профиль школы и антирисковая программа (проект «500+»)",
  sheetName: "Рисковый профиль",
  instruction:
    "Одна строка — один фактор риска (12 факторов уже перечислены). Для каждого выберите уровень риска. " +
    "Для факторов с высоким и средним уровнем обязательно заполните меры, сроки и ответственных.",
  dataRows: 16,
  defaultPreset: "risk-factors-500",
  columns: [
    {
      key: "factor",
      header: "Фактор риска",
      type: "text",
      rules: [{ kind: "required" }],
      help: "Фактор риска проекта «500+». Факторы уже перечислены; список можно дополнить.",
      width: 44,
      examples: ["Низкий уровень оснащения школы"],
    },
    {
      key: "level",
      header: "Уровень риска",
      type: "enum",
      enum: enumOf(["высокий", ["высокая"]], ["средний", ["средняя"]], ["низкий", ["низкая"]], ["отсутствует", ["нет", "отсутствие"]]),
      rules: [{ kind: "required" }],
      help: "Уровень по рисковому профилю школы: высокий, средний, низкий или отсутствует.",
      width: 12,
      examples: ["высокий", "низкий"],
    },
    {
      key: "reason",
      header: "Обоснование",
      type: "text",
      help: "Почему выбран такой уровень: данные анкетирования, мониторинга.",
      width: 28,
      examples: ["Нет лаборатории по химии"],
    },
    { key: "goal", header: "Цель", type: "text", help: "Чего школа хочет добиться по этому фактору.", width: 26, examples: ["Оснастить кабинет химии"] },
    {
      key: "measures",
      header: "Меры",
      type: "text",
      rules: [{ kind: "required", when: RELEVANT }],
      help: "Меры антирисковой программы. Обязательно при высоком и среднем уровне риска.",
      width: 36,
      examples: ["Закупка лабораторного оборудования"],
    },
    {
      key: "term",
      header: "Сроки",
      type: "period",
      rules: [{ kind: "required", when: RELEVANT }, { kind: "period" }],
      help: "Сроки мер: «сентябрь - декабрь 2024», «2024-2025», «в течение года». Обязательно при высоком и среднем уровне риска.",
      width: 16,
      examples: ["сентябрь - декабрь 2024"],
    },
    {
      key: "responsible",
      header: "Ответственные",
      type: "text",
      rules: [{ kind: "required", when: RELEVANT }],
      help: "Кто отвечает за меры (должности). Обязательно при высоком и среднем уровне риска.",
      width: 22,
      examples: ["Директор"],
    },
    {
      key: "indicators",
      header: "Показатели результата",
      type: "text",
      help: "По каким показателям будет видно, что риск снижен.",
      width: 28,
      examples: ["Доля уроков с лабораторными работами"],
    },
  ],
};
