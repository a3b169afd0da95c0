/**
 * Subject names as people type them ("математика (профиль)", "Информатика и ИКТ", "английский язык")
 * resolved to canonical names (`SCHOOL_SUBJECTS`), so that MIN_SCORE and the forms accept the same spellings
 * and store one.
 */
import { SCHOOL_SUBJECTS, SUBJECT_ALIASES } from "./min_score_table";

/** Lower case, ё → е, everything but letters and digits → one space. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^a-zа-я0-9]+/g, " ")
    .trim();
}

/** Normalised spelling → canonical name: the canonical names themselves and every alias. */
const LOOKUP: ReadonlyMap<string, string> = new Map([
  ...SCHOOL_SUBJECTS.map((s): [string, string] => [normalise(s), s]),
  ...Object.entries(SUBJECT_ALIASES).map(([alias, s]): [string, string] => [normalise(alias), s]),
]);

/**
 * The canonical subject name for a spelling: case-insensitive, ё and е alike, spaces and punctuation
 * ignored beyond separating words; aliases come from `SUBJECT_ALIASES`. O(length of the text).
 *
 * @param text a subject name as typed (any value is accepted; only text can match)
 * @returns the canonical name, one of `SCHOOL_SUBJECTS`, or `undefined` when the text is not a known subject
 * @example canonicalSubject("  Математика (профиль) ") // => "Математика профильная"
 * @example canonicalSubject("английский язык") // => "Иностранный язык"
 */
export function canonicalSubject(text: unknown): string | undefined {
  if (typeof text !== "string") return undefined;
  return LOOKUP.get(normalise(text));
}
