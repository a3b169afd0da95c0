/**
 * Test helper: the source roadmaps (shared/seeds, copied into ./seeds) as plain text, and a check that a
 * transcribed value is made only of the source's own words.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";

export type SeedId = "000" | "001" | "002" | "003" | "004";

const SEED_DIR = join(__dirname, "seeds");

/** The raw text of a seed file. */
export function seedRaw(id: SeedId): string {
  const file = readdirSync(SEED_DIR).find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(`seed ${id} not found in ${SEED_DIR}`);
  return readFileSync(join(SEED_DIR, file), "utf8");
}

/**
 * Readings of OCR damage in the seeds that the presets correct: each `found` text occurs in the seed as
 * plain text (tested), and is replaced by `read` before the presets are matched against it. Nothing else
 * is changed.
 */
export const SEED_READINGS: Readonly<Record<SeedId, readonly { found: string; read: string }[]>> = {
  "000": [],
  "001": [],
  "002": [],
  "003": [
    { found: "школамучастницам", read: "школам-участницам" },
    { found: "Интернетресурс", read: "Интернет-ресурс" },
    { found: "тестклассы", read: "тест-классы" },
    { found: "психолого-медико -педагогическому", read: "психолого-медико-педагогическому" },
    { found: "«лучши практик»", read: "«лучших практик»" },
    { found: "социально-экономически характеристиками", read: "социально-экономическими характеристиками" },
    { found: "государственно общественном", read: "государственно-общественном" },
    { found: "использующих Доля педагогов, технологию", read: "Доля педагогов, использующих технологию" },
    { found: "ОТ общей численности", read: "от общей численности" },
    {
      found: "Внедрить на муниципальном уровне механизмы поддержки Ожидаемые школ, работающих в сложном социальном контексте, для результаты эффективный перехода В режим работы улучшения образовательных результатов.",
      read: "Внедрить на муниципальном уровне механизмы поддержки школ, работающих в сложном социальном контексте, для перехода в эффективный режим работы улучшения образовательных результатов.",
    },
    { found: "внутришкольного И внешкольного", read: "внутришкольного и внешкольного" },
    { found: "управленческого И педагогического", read: "управленческого и педагогического" },
  ],
  "004": [],
};

/** Drops HTML tags and markdown emphasis, unifies spaces (the seeds are HTML/markdown conversions). */
export function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, " ")
    .replace(/\*+/g, " ")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

const cache = new Map<SeedId, string>();

/** The seed as plain text, with the OCR readings applied. */
export function seedPlain(id: SeedId): string {
  let text = cache.get(id);
  if (text === undefined) {
    text = plain(seedRaw(id));
    for (const { found, read } of SEED_READINGS[id]) text = text.split(found).join(read);
    cache.set(id, text);
  }
  return text;
}

/**
 * Whether `value` is made of pieces of the seed text, in the order they appear there, each piece at least
 * `minPiece` characters (or the whole remainder): a cell split by a page break in the source is joined
 * from its parts, but no word may come from nowhere. Comparison ignores case and ё/е.
 * Returns the pieces that could not be found (empty when the value is transcribed).
 */
export function missingPieces(value: string, seed: string, minPiece = 8): string[] {
  const fold = (s: string) => plain(s).toLowerCase().replace(/ё/g, "е");
  const hay = fold(seed);
  let rest = fold(value);
  let from = 0;
  const missing: string[] = [];
  while (rest.length > 0) {
    // Longest prefix of `rest` (cut at a word boundary) that occurs at or after `from`.
    let best = 0;
    let bestAt = -1;
    let lo = 1;
    let hi = rest.length;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = hay.indexOf(rest.slice(0, mid), from);
      if (at >= 0) {
        best = mid;
        bestAt = at;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best === rest.length) return missing;
    // Cut back to the last space so that the next piece starts at a word.
    const cut = rest.lastIndexOf(" ", best);
    const take = cut > 0 ? cut : best;
    if (take < minPiece || bestAt < 0) {
      missing.push(rest);
      return missing;
    }
    from = hay.indexOf(rest.slice(0, take), from) + take;
    rest = rest.slice(take).trim();
  }
  return missing;
}
