/**
 * Reads a workbook too large for the in-memory reader: the small parts whole, each sheet as a stream of
 * inflated chunks through {@link SheetRowsReader}, which keeps at most `maxRows` rows and lets the reading
 * stop there. Memory stays proportional to the rows kept, not to the file.
 */
import type { SheetTable, WorkbookTables } from "../validate/types";
import { inflatePart, inflateStream } from "./bounded_inflate";
import { findMarker } from "./read_workbook";
import { refuse, RefusedWorkbookError } from "./refusal";
import type { SafetyLimits } from "./safety_limits";
import { SheetRowsReader } from "./sheet_rows_reader";
import { parseDateStyles, parseRels, parseWorkbookXml, SharedStringsReader } from "./workbook_parts";
import type { ZipEntry } from "./zip_directory";

/** What the reading left out, for the notes of the report. */
export interface ReadLosses {
  /** sheets with values beyond `maxRows` */
  truncated: string[];
  /** cells whose text was cut: sheet, first cell ("" for shared strings), count */
  cut: { sheet: string; cell: string; count: number }[];
}

/** A part's text; a failure to parse it is a refusal naming the part. */
async function withPart<T>(part: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof RefusedWorkbookError) throw e;
    throw refuse("malformed", { part });
  }
}

/**
 * Reads every sheet of a workbook through the streaming reader. O(file size) time in the worst case,
 * memory O(rows kept + shared strings).
 * @param bytes the archive (checked by inspectPackage)
 * @param entries its parts
 * @param limits the safety limits
 * @throws {RefusedWorkbookError} when a part is missing, too large, damaged or not readable XML
 * @returns the tables (without formulas) and what was left out
 * @example (await readLargeWorkbook(bytes, entries, SAFETY_LIMITS)).tables.sheets[0].rows.length // => 100000
 */
export async function readLargeWorkbook(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: SafetyLimits,
): Promise<{ tables: WorkbookTables; losses: ReadLosses }> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const whole = (name: string): string | undefined => {
    const e = byName.get(name);
    return e ? inflatePart(bytes, e, limits.maxPartBytes).toString("utf8") : undefined;
  };
  const workbookXml = whole("xl/workbook.xml");
  if (workbookXml === undefined) throw refuse("no-workbook");
  const workbook = await withPart("xl/workbook.xml", () => parseWorkbookXml(workbookXml));
  const relsXml = whole("xl/_rels/workbook.xml.rels") ?? "";
  const rels = await withPart("xl/_rels/workbook.xml.rels", () => parseRels(relsXml, "xl/"));
  const stylesXml = whole("xl/styles.xml");
  const dateStyles = stylesXml === undefined ? [] : await withPart("xl/styles.xml", () => parseDateStyles(stylesXml));
  const losses: ReadLosses = { truncated: [], cut: [] };

  const shared = new SharedStringsReader(limits.maxCellChars);
  const sst = byName.get("xl/sharedStrings.xml");
  if (sst) {
    if (sst.size > limits.maxPartBytes) throw refuse("part-too-large", { part: sst.name, limit: limits.maxPartBytes });
    await withPart(sst.name, async () => {
      const decoder = new TextDecoder("utf-8");
      for await (const chunk of inflateStream(bytes, sst)) shared.write(decoder.decode(chunk, { stream: true }));
      shared.write(decoder.decode());
      shared.end();
    });
    if (shared.cut) losses.cut.push({ sheet: "", cell: "", count: shared.cut });
  }

  const sheets: SheetTable[] = [];
  for (const s of workbook.sheets) {
    const part = rels.get(s.rid);
    const entry = part ? byName.get(part) : undefined;
    if (!entry) continue;
    const reader = new SheetRowsReader({
      sharedStrings: shared.strings,
      dateStyles,
      date1904: workbook.date1904,
      maxRows: limits.maxRows,
      maxCellChars: limits.maxCellChars,
    });
    await withPart(entry.name, async () => {
      const decoder = new TextDecoder("utf-8");
      for await (const chunk of inflateStream(bytes, entry)) {
        reader.write(decoder.decode(chunk, { stream: true }));
        if (reader.done) break;
      }
      if (!reader.done) {
        reader.write(decoder.decode());
        reader.end();
        if (!reader.complete) throw new Error("лист оборван");
      } else reader.end();
    });
    const table: SheetTable = { name: s.name, rows: reader.rows };
    if (s.hidden) table.hidden = true;
    const marker = findMarker(reader.rows);
    if (marker) table.marker = marker;
    sheets.push(table);
    if (reader.truncated) losses.truncated.push(s.name);
    if (reader.cutCells) losses.cut.push({ sheet: s.name, cell: reader.firstCutCell, count: reader.cutCells });
  }
  return { tables: { sheets }, losses };
}
