/**
 * One answer of the minimum-score reference table with its source: what MIN_SCORE puts into a cell
 * and what the task pane and the docs show next to it.
 */
import { cellText, describe, isBlank, requireNumber } from "../shared/coerce";
import { naError, numError, valueError } from "../shared/errors";
import { toScalar } from "../shared/grid";
import { canonicalSubject } from "./canonical_subject";
import { MIN_SCORE_SUBJECTS, MIN_SCORE_TABLE, type MinScoreRow } from "./min_score_table";

/** `аттестат`: the minimum for the school certificate; `вуз`: the minimum for university admission. */
export type MinScorePurpose = "аттестат" | "вуз";

export interface MinScoreEntry {
  /** Canonical subject name. */
  subject: string;
  year: number;
  purpose: MinScorePurpose;
  score: number;
  /** The row's source, with a note when the value stands in for a threshold the table does not have. */
  source: string;
}

const PURPOSES: Readonly<Record<string, MinScorePurpose>> = {
  "аттестат": "аттестат",
  "для аттестата": "аттестат",
  "certificate": "аттестат",
  "вуз": "вуз",
  "для вуза": "вуз",
  "поступление": "вуз",
  "для поступления": "вуз",
  "university": "вуз",
  "admission": "вуз",
};

const YEARS: readonly number[] = [...new Set(MIN_SCORE_TABLE.map((r) => r.year))].sort((a, b) => a - b);
const LATEST_YEAR = YEARS[YEARS.length - 1];
const ROWS = new Map<string, MinScoreRow>(MIN_SCORE_TABLE.map((r) => [`${r.subject}|${r.year}`, r]));

function readSubject(v: unknown): string {
  if (isBlank(v)) throw naError("нет значения аргумента «предмет»");
  const subject = canonicalSubject(v);
  if (subject !== undefined && MIN_SCORE_SUBJECTS.includes(subject)) return subject;
  const hint =
    subject === "Математика"
      ? "для ЕГЭ укажите уровень: «Математика профильная» или «Математика базовая»; "
      : subject !== undefined
        ? `«${subject}» не сдаётся в форме ЕГЭ; `
        : "";
  throw valueError(
    `предмет ${describe(v)} не найден в справочнике минимальных баллов ЕГЭ; ${hint}допустимые названия: ${MIN_SCORE_SUBJECTS.join(", ")}`,
  );
}

function readYear(v: unknown): number {
  if (isBlank(v)) return LATEST_YEAR;
  const year = requireNumber(v, "год");
  if (!Number.isInteger(year)) throw numError(`год должен быть целым числом, получено: ${describe(year)}`);
  return year;
}

function readPurpose(v: unknown): MinScorePurpose {
  if (isBlank(v)) return "аттестат";
  const t = cellText(v);
  const purpose = t === undefined ? undefined : PURPOSES[t.toLowerCase().replace(/\s+/g, " ")];
  if (purpose === undefined) {
    throw valueError(`аргумент «назначение»: ${describe(v)} не распознано; ожидается "аттестат" (по умолчанию) или "вуз"`);
  }
  return purpose;
}

/**
 * The ЕГЭ minimum score of a subject in a year for a purpose, with its source (methodology.md §5). O(1).
 * For subjects other than Russian and mathematics the admission minimum is the only published threshold,
 * so it is also the answer for `аттестат` (the source says so). Base mathematics answers its passing mark 3
 * for the certificate and has no admission minimum.
 *
 * Each argument is a single value or a 1×1 range.
 *
 * @param subject subject name, canonical or an alias ("профильная математика"), any case
 * @param year exam year; empty → the latest year of the table
 * @param purpose "аттестат" (default) or "вуз"
 * @throws {EduError} `#N/A` when the subject is empty; `#VALUE!` for an unknown subject (the message lists
 *   the accepted names), a year that is not a number or an unknown purpose; `#NUM!` for a fractional year;
 *   `#N/A` "нет данных о пороге за <год>" for a year not in the table, and for the admission minimum of base mathematics
 * @returns `{ subject, year, purpose, score, source }`
 * @example minScoreEntry("русский язык", 2025, "вуз").score // => 36
 */
export function minScoreEntry(subject: unknown, year?: unknown, purpose?: unknown): MinScoreEntry {
  const name = readSubject(toScalar(subject, "предмет"));
  const y = readYear(toScalar(year, "год"));
  const p = readPurpose(toScalar(purpose, "назначение"));
  const row = ROWS.get(`${name}|${y}`);
  if (!row) throw naError(`нет данных о пороге за ${y} год; в справочнике есть годы: ${YEARS.join(", ")}`);
  if (p === "вуз") {
    if (row.admission === null) throw naError(`для предмета «${name}» нет минимального балла для поступления в вуз (${y})`);
    return { subject: name, year: y, purpose: p, score: row.admission, source: row.source };
  }
  if (row.certificate !== null) return { subject: name, year: y, purpose: p, score: row.certificate, source: row.source };
  if (row.admission === null) throw naError(`для предмета «${name}» нет минимального балла (${y})`);
  return {
    subject: name,
    year: y,
    purpose: p,
    score: row.admission,
    source: `${row.source}; порог для аттестата по этому предмету не установлен — приведён минимальный балл для поступления в вуз`,
  };
}
