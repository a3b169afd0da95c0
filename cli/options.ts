/**
 * Option values checked once, with a Russian line saying what is expected (wrong usage: exit code 2).
 */
import fs from "fs";
import path from "path";
import { FORM_IDS, formSpec } from "../src/forms/specs";
import type { FormSpec } from "../src/forms/types";
import { UsageError } from "./errors";

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;
const MAX_YEARS = 10;

/**
 * A form by id.
 * @throws {UsageError} for an unknown id, listing the known ones
 * @example formOption("context").title // => "Контекстные данные ОО (социальный паспорт школы)"
 */
export function formOption(id: string): FormSpec {
  try {
    return formSpec(id);
  } catch {
    throw new UsageError(`Неизвестная форма «${id}». Формы: ${FORM_IDS.join(", ")} (список с названиями: edu-roadmap forms).`);
  }
}

/**
 * Years of a programme: `2024-2026`, `2024–2026`, `2024`, `2024,2025,2027`.
 * @throws {UsageError} for anything else, years outside 2000–2100, from > to, or more than 10 years
 * @returns the years, ascending
 * @example yearsOption("2024-2026") // => [2024, 2025, 2026]
 */
export function yearsOption(text: string): number[] {
  const t = text.trim();
  let years: number[];
  const range = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(t);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (from > to) throw new UsageError(`Годы «${text}»: первый год позже последнего — ожидается, например, 2024-2026.`);
    years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  } else if (/^\d{4}(\s*,\s*\d{4})*$/.test(t)) {
    years = [...new Set(t.split(",").map((y) => Number(y.trim())))].sort((a, b) => a - b);
  } else {
    throw new UsageError(`Годы «${text}» не распознаны: ожидается диапазон 2024-2026, один год 2025 или список 2024,2025.`);
  }
  if (years.some((y) => y < YEAR_MIN || y > YEAR_MAX)) throw new UsageError(`Годы «${text}»: год должен быть от ${YEAR_MIN} до ${YEAR_MAX}.`);
  if (years.length > MAX_YEARS) throw new UsageError(`Годы «${text}»: не больше ${MAX_YEARS} лет в одной таблице.`);
  return years;
}

/**
 * A date `YYYY-MM-DD` that exists in the calendar.
 * @throws {UsageError} otherwise
 * @example dateOption("2025-06-30") // => "2025-06-30"
 */
export function dateOption(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new UsageError(`Дата «${text}» не распознана: ожидается ГГГГ-ММ-ДД, например 2025-06-30.`);
  }
  return text.trim();
}

/**
 * A whole number of worker threads, 1–64.
 * @throws {UsageError} otherwise
 * @example jobsOption("2") // => 2
 */
export function jobsOption(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs «${text}»: ожидается целое число от 1 до 64.`);
  return n;
}

/**
 * One of the allowed values.
 * @throws {UsageError} otherwise
 * @example choiceOption("Rank", ["z", "minmax", "rank"], "--method") // => "rank"
 */
export function choiceOption<T extends string>(text: string, allowed: readonly T[], option: string): T {
  const v = text.trim().toLowerCase() as T;
  if (!allowed.includes(v)) throw new UsageError(`${option} «${text}»: ожидается одно из: ${allowed.join(", ")}.`);
  return v;
}

/**
 * An output path with the expected extension, which is not one of the inputs (inputs are never written).
 * @throws {UsageError} otherwise
 * @example outputOption("свод.xlsx", ".xlsx", ["школы/1.xlsx"]) // => "свод.xlsx"
 */
export function outputOption(file: string | undefined, ext: string, inputs: readonly string[] = []): string {
  if (!file || file.trim() === "") throw new UsageError(`Не указан файл результата: добавьте -o <файл${ext}>.`);
  if (path.extname(file).toLowerCase() !== ext) throw new UsageError(`Файл результата «${file}» должен иметь расширение ${ext}.`);
  const real = (p: string): string => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const target = real(file);
  if (inputs.some((i) => real(i) === target)) throw new UsageError(`Файл результата «${file}» совпадает с входным файлом: входные файлы не изменяются — укажите другое имя.`);
  return file;
}
