/**
 * The header texts the presets key their rows by, exactly as forms.md names them. Year columns
 * (`План <год>`, `Объём средств <год>, руб.`) and actor columns are built by the helpers below.
 */

/** Headers of the `plan` form. */
export const PLAN_HEADERS = [
  "№ п/п",
  "Наименование мероприятия",
  "Сроки реализации",
  "Ответственный исполнитель",
  "Ожидаемый результат",
  "Статус",
  "Отметка о выполнении",
] as const;

/** Headers of the `targets` form before its year columns (the derived Факт/Отклонение/… columns are not preset). */
export const TARGETS_HEADERS = [
  "№ п/п",
  "Наименование показателя",
  "Единица измерения",
  "Направление",
  "Базовое значение",
  "Базовый год",
] as const;

/** Headers of the `finance` form besides its year columns. */
export const FINANCE_HEADERS = [
  "№ п/п",
  "Наименование мероприятия",
  "Исполнитель",
  "Источник финансирования",
  "Планируемое значение показателя",
] as const;

/** First header of the `responsibility` form; the actor columns follow. */
export const RESPONSIBILITY_FIRST_HEADER = "Мероприятие / направление";

/** Headers of the `cycle` form. */
export const CYCLE_HEADERS = ["Этап", "Содержание", "Ответственный", "Срок", "Результат"] as const;

/** Headers of the `risk-profile` form. */
export const RISK_PROFILE_HEADERS = [
  "Фактор риска",
  "Уровень риска",
  "Обоснование",
  "Цель",
  "Меры",
  "Сроки",
  "Ответственные",
  "Показатели результата",
] as const;

/** Headers of the `passport` form. */
export const PASSPORT_HEADERS = ["Раздел", "Содержание"] as const;

/** Units of the `targets` form. */
export const TARGET_UNITS = ["Процент", "Единица", "Человек", "Балл", "Рубль"] as const;

/** Directions of the `targets` form. */
export const TARGET_DIRECTIONS = ["рост", "снижение"] as const;

/** Sources of financing of the `finance` form. */
export const FINANCE_SOURCES = [
  "федеральный бюджет",
  "региональный бюджет",
  "местный бюджет",
  "внебюджетные средства",
  "без финансирования",
] as const;

/** `План 2021`: the planned-value column of a year in the `targets` form. */
export const planHeader = (year: number): string => `План ${year}`;

/** `Объём средств 2021, руб.`: the amount column of a year in the `finance` form. */
export const amountHeader = (year: number): string => `Объём средств ${year}, руб.`;
