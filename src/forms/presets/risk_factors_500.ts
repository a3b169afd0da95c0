/**
 * Preset `risk-factors-500`: the default rows of the `risk-profile` form — the 12 risk factors of the
 * federal project «500+» as methodology.md §3 lists them (the list is editable: the factors are listed as
 * commonly published, not from an official register), other columns empty.
 */
import { riskRow } from "./rows";
import type { Preset } from "./types";

/** The 12 risk factors of «500+», in the order of methodology.md §3. */
export const RISK_FACTORS = [
  "Низкий уровень оснащения школы",
  "Дефицит педагогических кадров",
  "Недостаточная предметная и методическая компетентность педагогических работников",
  "Риски низкой адаптивности учебного процесса",
  "Несформированность внутришкольной системы повышения квалификации",
  "Низкое качество преодоления языковых и культурных барьеров",
  "Пониженный уровень качества школьной образовательной и воспитательной среды",
  "Высокая доля обучающихся с ОВЗ",
  "Низкий уровень вовлечённости родителей",
  "Низкая учебная мотивация обучающихся",
  "Высокая доля обучающихся с рисками учебной неуспешности",
  "Низкий уровень дисциплины в классе",
];

export const RISK_FACTORS_500: Preset = {
  name: "risk-factors-500",
  formId: "risk-profile",
  title: "12 факторов риска проекта «500+» (пустой рисковый профиль)",
  source: "methodology.md §3: факторы риска федерального проекта «500+»",
  rows: RISK_FACTORS.map(riskRow),
};
