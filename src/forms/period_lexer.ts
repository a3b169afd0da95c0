/**
 * Lexer of Russian plan-period phrases: normalises spelling variants (case, ё, dashes of every kind,
 * `г.`/`гг.`/`года`, `учебный год`, `кв.`, Roman quarter numbers, month name forms) and cuts the phrase
 * into a short list of tokens for the parser in `period.ts`.
 */

/** A lexical token of a period phrase. */
export type PeriodToken =
  | { readonly t: "date"; readonly d: number; readonly m: number; readonly y: number } // 01.09.2021
  | { readonly t: "num"; readonly v: number; readonly len: number } // 2021, 17, 1 (also I, II, III, IV)
  | { readonly t: "month"; readonly m: number } // сентябрь, сентября, в сентябре, сент.
  | { readonly t: "quarter" } // квартал, кв.
  | { readonly t: "half" } // полугодие
  | { readonly t: "academic" } // учебный год, уч. г.
  | { readonly t: "dash" } // - – — ‑ −
  | { readonly t: "slash" } // 2021/2022
  | { readonly t: "word"; readonly w: string };

/** Phrases longer than this are not a period (and are not worth scanning). */
export const MAX_PERIOD_TEXT = 200;

/** Words that carry no meaning in a period phrase: «в сентябре», «на 2021-2022 годы», «в срок до». */
const FILLERS = new Set(["в", "во", "на", "за", "срок", "сроки", "период", "периоде", "и"]);

/** Month name forms: nominative, genitive, prepositional and the common abbreviations. */
const MONTH_FORMS: readonly RegExp[] = [
  /^(январ[ьяе]|янв)$/,
  /^(феврал[ьяе]|февр?)$/,
  /^(март[ае]?|мар)$/,
  /^(апрел[ьяе]|апр)$/,
  /^(ма[йяе])$/,
  /^(июн[ьяе]|июн)$/,
  /^(июл[ьяе]|июл)$/,
  /^(август[ае]?|авг)$/,
  /^(сентябр[ьяе]|сент?)$/,
  /^(октябр[ьяе]|окт)$/,
  /^(ноябр[ьяе]|нояб?)$/,
  /^(декабр[ьяе]|дек)$/,
];

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** The month (1–12) a word names, or 0. O(12). */
export function monthOfWord(word: string): number {
  for (let i = 0; i < MONTH_FORMS.length; i++) if (MONTH_FORMS[i].test(word)) return i + 1;
  return 0;
}

/**
 * Lower-cases and unifies a phrase: ё → е, every dash → `-`, spaces of every kind → one space, quotes and
 * brackets dropped, `учебный год` → ` уг `, the year words after a year (`2021 г.`, `2021-2023 гг.`,
 * `2021 года`) dropped, `квартал`/`кв.` → ` кв `, `полугодие` → ` пг `, ordinal endings (`1-й`) dropped.
 * O(length).
 *
 * @example normalizePeriodText("Сентябрь – октябрь 2021 г.") // => "сентябрь - октябрь 2021"
 */
export function normalizePeriodText(text: string): string {
  let s = text.toLowerCase().replace(/ё/g, "е");
  s = s.replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\s]+/g, " ");
  s = s.replace(/[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g, "-");
  s = s.replace(/[«»"“”„'`()[\]{}]/g, " ");
  // Academic year before the plain year words, so that «2021/2022 учебный год» keeps its meaning.
  s = s.replace(/учебн(?:ый|ого|ые|ых|ом|ому|ым)\s+год(?:а|ы|ов|у|ом|ам|ах)?(?![а-я])/g, " уг ");
  s = s.replace(/(?<![а-я])уч\.?\s*г(?:од(?:а|ы|у)?|\.|(?![а-я]))/g, " уг ");
  s = s.replace(/(\d{4})\s*(?:г\.\s*г\.?|гг?\.?|год(?:а|ы|ов|у|ом|ам|ах)?)(?![а-я])/g, "$1 ");
  s = s.replace(/(?<![а-я])кв(?:артал(?:а|е|ы|ов|ам|ах)?)?\.?(?![а-я])/g, " кв ");
  s = s.replace(/(?<![а-я])полугоди(?:е|я|и|ю|ем|ях)(?![а-я])/g, " пг ");
  s = s.replace(/(\d)\s*-\s*(?:й|ый|ий|ой|е|ое|го|ого|м|ом)(?![а-я])/g, "$1");
  s = s.replace(/\s*-\s*/g, " - ");
  return s.replace(/ +/g, " ").trim().replace(/[.,;:]+$/, "").trim();
}

/**
 * Cuts a normalised phrase into tokens; filler words (`в`, `на`, `срок`…) and punctuation other than
 * dashes and slashes are dropped. O(length).
 *
 * @example tokenizePeriod("ежегодно в сентябре") // => [{ t: "word", w: "ежегодно" }, { t: "month", m: 9 }]
 */
export function tokenizePeriod(normalized: string): PeriodToken[] {
  const out: PeriodToken[] = [];
  const re = /(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)|\d+|[a-zа-я]+|-|\//g;
  for (let m = re.exec(normalized); m !== null; m = re.exec(normalized)) {
    const s = m[0];
    if (m[1] !== undefined) {
      const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      out.push({ t: "date", d: Number(m[1]), m: Number(m[2]), y });
    } else if (s === "-") out.push({ t: "dash" });
    else if (s === "/") out.push({ t: "slash" });
    else if (/^\d/.test(s)) out.push({ t: "num", v: Number(s), len: s.length });
    else if (ROMAN[s] !== undefined) out.push({ t: "num", v: ROMAN[s], len: 0 });
    else if (s === "кв") out.push({ t: "quarter" });
    else if (s === "пг") out.push({ t: "half" });
    else if (s === "уг") out.push({ t: "academic" });
    else if (!FILLERS.has(s)) {
      const month = monthOfWord(s);
      out.push(month ? { t: "month", m: month } : { t: "word", w: s });
    }
  }
  return out;
}
