/**
 * `finance` — План реализации и ресурсное обеспечение (forms.md, as in the Yartsevo programme 004): activities
 * with their executor, source of financing and amounts by year; a totals row sums the amounts.
 */
import type { FormSpec } from "../types";
import { enumOf, itemNumberColumn, NA_MARKS } from "./common";

export const FINANCE: FormSpec = {
  id: "finance",
  version: 1,
  kind: "roadmap",
  title: "План реализации и ресурсное обеспечение",
  sheetName: "Финансирование",
  instruction:
    "Одна строка — одно мероприятие. Источник финансирования выберите из списка; объём средств укажите в рублях по годам " +
    "(«х» — средства не предусмотрены). Строка «Итого» внизу считается сама.",
  dataRows: 60,
  sections: true,
  columns: [
    itemNumberColumn(),
    {
      key: "name",
      header: "Наименование мероприятия",
      type: "text",
      rules: [{ kind: "required" }],
      help: "Мероприятие программы.",
      width: 46,
      examples: ["Организация и проведение курсов повышения квалификации руководителей и учителей"],
    },
    {
      key: "executor",
      header: "Исполнитель",
      type: "text",
      rules: [{ kind: "required" }],
      help: "Кто исполняет мероприятие.",
      width: 26,
      examples: ["Комитет по образованию"],
    },
    {
      key: "source",
      header: "Источник финансирования",
      type: "enum",
      enum: enumOf(
        ["федеральный бюджет", ["фб", "федеральный"]],
        ["региональный бюджет", ["областной бюджет", "краевой бюджет", "республиканский бюджет", "рб", "об"]],
        ["местный бюджет", ["муниципальный бюджет", "мб"]],
        ["внебюджетные средства", ["внебюджетные", "внебюджет"]],
        ["без финансирования", ["не требуется", "без затрат"]],
      ),
      help: "Выберите: федеральный, региональный или местный бюджет, внебюджетные средства или «без финансирования».",
      width: 20,
      examples: ["внебюджетные средства", "без финансирования"],
    },
    {
      key: "amount",
      header: "Объём средств {year}, руб.",
      type: "money",
      repeat: "year",
      unit: "руб.",
      naMarks: NA_MARKS,
      help: "Сумма на мероприятие в этом году, рублей (не меньше 0). «х» или пусто — средства не предусмотрены.",
      width: 14,
      numFmt: "#,##0.00",
      examples: [150000, "х"],
    },
    {
      key: "indicator",
      header: "Планируемое значение показателя",
      type: "text",
      help: "Показатель результата мероприятия и его плановое значение.",
      width: 24,
      examples: ["50%"],
    },
  ],
  // SUM would skip amounts typed as text the Russian way ("1 500,50"), which the validator accepts.
  summary: [{ label: "Итого", labelColumn: "name", cells: { amount: { formula: "SUMPRODUCT({num0:amount#})" } } }],
};
