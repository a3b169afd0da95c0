/**
 * Preset `passport-sections`: the default rows of the `passport` form — its ten sections as forms.md lists
 * them, content empty.
 */
import { passportRow } from "./rows";
import type { Preset } from "./types";

/** The sections of a roadmap passport, in order (forms.md). */
export const PASSPORT_SECTIONS = [
  "Наименование",
  "Сроки реализации",
  "Координатор (администратор)",
  "Исполнители",
  "Цель",
  "Задачи",
  "Направления реализации",
  "Комплекс индикаторов",
  "Ожидаемые результаты",
  "Этапы реализации",
] as const;

export type PassportSection = (typeof PASSPORT_SECTIONS)[number];

export const PASSPORT_SECTIONS_PRESET: Preset = {
  name: "passport-sections",
  formId: "passport",
  title: "Разделы паспорта дорожной карты (пустой шаблон)",
  source: "forms.md, форма `passport`",
  rows: PASSPORT_SECTIONS.map((part) => passportRow(part, null)),
};

/** Passport rows in the standard order from a partial map of section → content (missing → empty). */
export function passportRows(content: Partial<Record<PassportSection, string>>) {
  return PASSPORT_SECTIONS.map((part) => passportRow(part, content[part] ?? null));
}
