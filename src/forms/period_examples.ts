/**
 * The period phrasings a plan accepts, as shown to the user in the validator's message
 * «ожидается срок вида …» and in the help of the «Сроки реализации» column. Every one is read by
 * `parsePeriod` (tested). The first nine are those of forms.md, the rest come from the source roadmaps.
 */
export const PERIOD_EXAMPLES: readonly string[] = [
  "апрель",
  "апрель - май",
  "Сентябрь – октябрь 2021 г.",
  "Ежегодно в сентябре",
  "2021-2023",
  "до 2021 года",
  "в течение года",
  "постоянно",
  "Не реже 1 раза в квартал",
  "01.09.2021",
  "до 1 сентября 2021 г.",
  "I квартал 2022",
  "2021/2022 учебный год",
  "ежеквартально",
];
