/**
 * `passport` — Паспорт дорожной карты / программы (forms.md): two columns, one row per section of the passport
 * (the sections — Наименование, Сроки реализации, … Этапы реализации — come pre-filled from the default preset). Every row is filled; `Сроки реализации` is a year range.
 */
import type { FormSpec } from "../types";
import { when } from "./common";

export const PASSPORT: FormSpec = {
  id: "passport",
  version: 1,
  kind: "roadmap",
  title: "Паспорт дорожной карты / программы",
  sheetName: "Паспорт",
  instruction:
    "Заполните столбец «Содержание» для каждого раздела паспорта. Сроки реализации укажите годами, например «2023-2025». " +
    "Длинный текст можно писать в одной ячейке с переносами строк (Alt+Enter).",
  dataRows: 12,
  defaultPreset: "passport-sections",
  columns: [
    {
      key: "section",
      header: "Раздел",
      type: "text",
      rules: [{ kind: "required" }],
      help: "Раздел паспорта. Разделы уже перечислены; при необходимости добавьте свой в пустую строку ниже.",
      width: 30,
      examples: ["Наименование", "Сроки реализации"],
    },
    {
      key: "content",
      header: "Содержание",
      type: "text",
      rules: [
        { kind: "required" },
        { kind: "pattern", format: "year-range", when: when("section", ["Сроки реализации"], "для раздела «Сроки реализации»") },
      ],
      help: "Содержание раздела. Для «Сроков реализации» — годы начала и окончания через дефис (2023-2025); год начала не больше года окончания.",
      width: 90,
      examples: ["Дорожная карта поддержки школ с низкими образовательными результатами", "2023-2025"],
    },
  ],
};
