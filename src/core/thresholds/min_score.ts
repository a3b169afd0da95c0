/**
 * MIN_SCORE (ОБР.МИН_БАЛЛ): the official ЕГЭ minimum score from the bundled reference table (functions.md §2).
 */
import { elementwise, type CellResult, type ResultGrid } from "../shared/grid";
import { minScoreEntry } from "./min_score_entry";

const NAMES = ["предмет", "год", "назначение"] as const;

/**
 * ЕГЭ minimum score of a subject (methodology.md §5). Element-wise over subject, year and purpose, so a
 * column of subjects spills a column of minimums. O(number of cells).
 *
 * @param subject subject name or a range of names; case-insensitive, with aliases ("математика (профиль)")
 * @param year exam year (or a range); empty → the latest year of the table
 * @param purpose "аттестат" (default: the certificate minimum; for subjects without one, the admission minimum)
 *   or "вуз" (the admission minimum set by Rosobrnadzor)
 * @throws {EduError} `#VALUE!` for an unknown subject (listing the accepted names) or purpose, or ranges of
 *   different sizes; `#N/A` "нет данных о пороге за <год>" for a year not in the table; `#N/A` for an empty subject
 * @returns the minimum score; base mathematics returns its passing mark 3; for ranges a grid with errors per cell
 * @example minScore("обществознание", 2025) // => 42
 * @example minScore("русский язык", 2025, "вуз") // => 36
 */
export function minScore(subject: unknown, year?: unknown, purpose?: unknown): CellResult | ResultGrid {
  return elementwise([subject, year, purpose], NAMES, (s, y, p): CellResult => minScoreEntry(s, y, p).score);
}
