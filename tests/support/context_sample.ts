/**
 * A plausible school's social passport for tests, keyed by the exact headers of the `context` form (forms.md):
 * 400 students with every category well below the total, so a row built from it is valid unless a test says otherwise.
 */
export const CONTEXT_SAMPLE: Readonly<Record<string, string | number>> = {
  "Код ОО": "010001",
  "Наименование ОО": "МБОУ «СОШ № 1»",
  "Муниципальное образование": "Северный район",
  "Тип местности": "город",
  "Учебный год": "2024/2025",
  "Численность обучающихся": 400,
  "Из малообеспеченных семей": 40,
  "Из неполных семей": 60,
  "Из многодетных семей": 30,
  "Русский язык не родной": 5,
  "С ОВЗ": 12,
  "Дети-сироты и оставшиеся без попечения": 3,
  "На учёте (ВШУ, ПДН, КДН)": 4,
  "Хотя бы один родитель с высшим образованием": 200,
  "Безработные родители (один или оба)": 20,
};
