/**
 * Reference table of ЕГЭ minimum scores (methodology.md §5), kept as data in one place so that a new year
 * is a new block of rows and nothing else changes. Only years whose values the specification gives are
 * listed: 2025 and 2026, with the same values in both.
 *
 * Every row carries its `source`, shown next to the value in the task pane and the docs.
 * `certificate` is the minimum for the school certificate (аттестат), `admission` the minimum set by
 * Rosobrnadzor for university admission; `null` where the table has a dash (no such threshold).
 */

/** One subject in one year. */
export interface MinScoreRow {
  /** Canonical subject name, one of {@link MIN_SCORE_SUBJECTS}. */
  readonly subject: string;
  readonly year: number;
  /** Minimum for the school certificate; for base mathematics the passing mark (graded 2–5, not scored). */
  readonly certificate: number | null;
  /** Minimum for university admission. */
  readonly admission: number | null;
  /** Where the values come from, in Russian. */
  readonly source: string;
}

/** Canonical subject names in the order of the reference table (forms use them as the subject enum). */
export const MIN_SCORE_SUBJECTS: readonly string[] = [
  "Русский язык",
  "Математика профильная",
  "Математика базовая",
  "Физика",
  "Химия",
  "Биология",
  "Информатика",
  "История",
  "Литература",
  "География",
  "Обществознание",
  "Иностранный язык",
];

/**
 * Every subject a school's results are reported in (forms use it as the subject enum): the ЕГЭ subjects of the
 * reference table, plus those of ОГЭ and ВПР that have no ЕГЭ minimum — mathematics without a level (ОГЭ, ВПР)
 * and the 4th grade's «Окружающий мир» (ВПР).
 */
export const SCHOOL_SUBJECTS: readonly string[] = [...MIN_SCORE_SUBJECTS, "Математика", "Окружающий мир"];

const rosobrnadzor = (year: number): string => `Рособрнадзор: минимальные баллы ЕГЭ на ${year} год`;
const baseMath = (year: number): string =>
  `Рособрнадзор, ЕГЭ ${year} года: базовая математика оценивается по пятибалльной шкале, для аттестата нужна отметка «3»; ` +
  "для поступления в вуз не учитывается";

/** Values of methodology.md §5, identical for 2025 and 2026. */
function yearRows(year: number): MinScoreRow[] {
  const src = rosobrnadzor(year);
  return [
    { subject: "Русский язык", year, certificate: 24, admission: 36, source: src },
    { subject: "Математика профильная", year, certificate: 27, admission: 27, source: src },
    { subject: "Математика базовая", year, certificate: 3, admission: null, source: baseMath(year) },
    { subject: "Физика", year, certificate: null, admission: 36, source: src },
    { subject: "Химия", year, certificate: null, admission: 36, source: src },
    { subject: "Биология", year, certificate: null, admission: 36, source: src },
    { subject: "Информатика", year, certificate: null, admission: 40, source: src },
    { subject: "История", year, certificate: null, admission: 32, source: src },
    { subject: "Литература", year, certificate: null, admission: 32, source: src },
    { subject: "География", year, certificate: null, admission: 37, source: src },
    { subject: "Обществознание", year, certificate: null, admission: 42, source: src },
    { subject: "Иностранный язык", year, certificate: null, admission: 22, source: src },
  ];
}

/** The whole reference table: one row per subject × year. */
export const MIN_SCORE_TABLE: readonly MinScoreRow[] = [...yearRows(2025), ...yearRows(2026)];

/**
 * Other ways subject names are written in reports and school files, mapped to the canonical name.
 * Keys are compared after normalisation (lower case, ё → е, punctuation and repeated spaces → one space),
 * so "Математика (профиль)" and "математика профиль" are one key. Plain "математика" is a subject of its own
 * (ОГЭ, ВПР); for ЕГЭ it is ambiguous between the two levels, and MIN_SCORE says so.
 */
export const SUBJECT_ALIASES: Readonly<Record<string, string>> = {
  "русский": "Русский язык",
  "рус яз": "Русский язык",
  "профильная математика": "Математика профильная",
  "математика профиль": "Математика профильная",
  "математика профильный уровень": "Математика профильная",
  "математика профильного уровня": "Математика профильная",
  "математика п": "Математика профильная",
  "базовая математика": "Математика базовая",
  "математика база": "Математика базовая",
  "математика базовый уровень": "Математика базовая",
  "математика базового уровня": "Математика базовая",
  "математика б": "Математика базовая",
  "информатика и икт": "Информатика",
  "информатика и информационно коммуникационные технологии": "Информатика",
  "информатика и информационно коммуникационные технологии икт": "Информатика",
  "икт": "Информатика",
  "общество": "Обществознание",
  "иностранный": "Иностранный язык",
  "иностранные языки": "Иностранный язык",
  "ин яз": "Иностранный язык",
  "английский язык": "Иностранный язык",
  "английский": "Иностранный язык",
  "немецкий язык": "Иностранный язык",
  "немецкий": "Иностранный язык",
  "французский язык": "Иностранный язык",
  "французский": "Иностранный язык",
  "испанский язык": "Иностранный язык",
  "испанский": "Иностранный язык",
  "китайский язык": "Иностранный язык",
  "китайский": "Иностранный язык",
};
