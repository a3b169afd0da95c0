/**
 * The limits a submitted file is read within: what a real workbook of the forms never reaches and a hostile
 * file (a zip bomb, a sheet of a million rows) always does. Every limit is enforced on what is actually
 * inflated, not only on the sizes the archive declares.
 */

export interface SafetyLimits {
  /** parts (entries) in the archive */
  maxEntries: number;
  /** sum of the declared uncompressed sizes of all parts, bytes */
  maxTotalBytes: number;
  /** inflated size / compressed size of one part, checked for parts larger than `ratioFloorBytes` */
  maxRatio: number;
  /** parts smaller than this may have any ratio (a few kilobytes of repeated styles are harmless) */
  ratioFloorBytes: number;
  /** any part read whole into memory (workbook, styles, shared strings, a sheet on the in-memory path), bytes */
  maxPartBytes: number;
  /** sheet rows read per sheet; the rest is reported, not read */
  maxRows: number;
  /** characters kept of one cell's text (Excel's own limit); the rest is reported, not read */
  maxCellChars: number;
  /** sheets whose declared XML is larger than this in total are read by the streaming reader, bytes */
  streamAboveBytes: number;
}

const MiB = 2 ** 20;

/**
 * Files larger than this are refused before they are read (command line and task pane alike): a school's form of
 * 200 rows is well under 1 MB, a region's consolidated table a few MB; 64 MB is far above both and keeps a
 * mistaken choice (a video, a disk image) from being read into memory at all.
 */
export const MAX_SUBMITTED_FILE_BYTES = 64 * MiB;

/**
 * Default limits and why:
 * - 5 000 parts: a workbook of 255 sheets, each with a drawing, comments, a table and their rels, has about
 *   2 000 parts; the forms' files have about ten.
 * - 2 GiB declared in total: room for a sheet of a million real rows (about 0,5 GiB of XML), which is read
 *   only up to `maxRows`; more than that is not a workbook anyone fills by hand.
 * - ratio 500 above 1 MiB: sheet XML compresses 5–20 times, very repetitive XML up to about 200 times;
 *   deflate cannot exceed about 1 030 times, which only runs of one byte (a zip bomb) reach.
 * - 100 MiB per part read whole: shared strings of 100 000 rows of unique texts take about 20 MiB.
 * - 100 000 rows per sheet: a region's results (1 000 schools × 3 years × 40 procedure-subject-grade
 *   rows) stay below it; reading them takes about 200 MiB.
 * - 32 767 characters: the longest text Excel itself keeps in a cell.
 * - 8 MiB of sheet XML (about 16 000 rows of the forms) for the in-memory reader: exceljs needs about
 *   4 KiB of memory per row of 15 cells, so larger sheets go through the streaming reader.
 */
export const SAFETY_LIMITS: Readonly<SafetyLimits> = {
  maxEntries: 5000,
  maxTotalBytes: 2048 * MiB,
  maxRatio: 500,
  ratioFloorBytes: 1 * MiB,
  maxPartBytes: 100 * MiB,
  maxRows: 100000,
  maxCellChars: 32767,
  streamAboveBytes: 8 * MiB,
};

/**
 * The default limits with some replaced. O(1).
 * @param overrides limits to replace
 * @throws {Error} when a limit is not a positive whole number
 * @returns the limits
 * @example safetyLimits({ maxRows: 10 }).maxRows // => 10
 */
export function safetyLimits(overrides: Partial<SafetyLimits> = {}): SafetyLimits {
  const out = { ...SAFETY_LIMITS, ...overrides };
  for (const [k, v] of Object.entries(out)) {
    if (!Number.isInteger(v) || v <= 0) throw new Error(`safetyLimits: предел «${k}» = ${String(v)}: ожидается целое число больше 0`);
  }
  return out;
}
