/**
 * Inflating one part of a zip without trusting its declared size: the output is capped while inflating,
 * must come out exactly as large as declared, and must match the declared CRC. Whole parts (small) are
 * inflated at once; sheets are inflated as a stream that the reader may stop early. Uses Node's zlib,
 * as exceljs does.
 */
import { Readable } from "stream";
import * as zlib from "zlib";
import { refuse, RefusedWorkbookError } from "./refusal";
import type { ZipEntry } from "./zip_directory";

const STREAM_CHUNK = 64 * 1024;

/** The compressed bytes of a part (a view, not a copy). */
function compressed(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  return bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
}

/**
 * One part, inflated whole. O(part size).
 * @param bytes the whole archive
 * @param e the part
 * @param maxBytes refuse when the part is (or inflates to) more than this
 * @throws {RefusedWorkbookError} `part-too-large`, `size-mismatch` (inflates to another size than declared,
 *   or its deflate data is broken), `crc`
 * @returns the inflated part
 * @example inflatePart(bytes, entries.find((e) => e.name === "xl/workbook.xml")!, 2 ** 20).toString("utf8").slice(0, 5) // => "<?xml"
 */
export function inflatePart(bytes: Uint8Array, e: ZipEntry, maxBytes: number): Buffer {
  if (e.size > maxBytes) throw refuse("part-too-large", { part: e.name, limit: maxBytes });
  const data = compressed(bytes, e);
  let out: Buffer;
  if (e.method === 0) {
    out = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  } else {
    try {
      // One byte more than declared is enough to know the declared size was a lie.
      out = zlib.inflateRawSync(data, { maxOutputLength: e.size + 1 });
    } catch {
      throw refuse("size-mismatch", { part: e.name });
    }
  }
  if (out.length !== e.size) throw refuse("size-mismatch", { part: e.name });
  if (zlib.crc32(out) >>> 0 !== e.crc32 >>> 0) throw refuse("crc", { part: e.name });
  return out;
}

/**
 * One part, inflated as a stream of chunks; the consumer may stop early (the inflater is then destroyed).
 * When read to the end, the size and CRC are checked as in {@link inflatePart}. O(part size), memory O(chunk).
 * @param bytes the whole archive
 * @param e the part
 * @throws {RefusedWorkbookError} `size-mismatch` as soon as more comes out than declared, or at the end;
 *   `crc` at the end
 * @returns the chunks
 * @example for await (const chunk of inflateStream(bytes, sheetEntry)) parser.write(decoder.decode(chunk, { stream: true }));
 */
export async function* inflateStream(bytes: Uint8Array, e: ZipEntry): AsyncGenerator<Buffer> {
  const data = compressed(bytes, e);
  const source = Readable.from(
    (function* () {
      for (let at = 0; at < data.length; at += STREAM_CHUNK) yield Buffer.from(data.buffer, data.byteOffset + at, Math.min(STREAM_CHUNK, data.length - at));
    })(),
  );
  const output: AsyncIterable<Buffer> = e.method === 0 ? source : source.pipe(zlib.createInflateRaw({ chunkSize: STREAM_CHUNK }));
  let total = 0;
  let crc = 0;
  try {
    for await (const chunk of output) {
      total += chunk.length;
      if (total > e.size) throw refuse("size-mismatch", { part: e.name });
      crc = zlib.crc32(chunk, crc);
      yield chunk;
    }
  } catch (err) {
    if (err instanceof RefusedWorkbookError) throw err;
    throw refuse("size-mismatch", { part: e.name });
  } finally {
    source.destroy();
    if (output !== source) (output as zlib.InflateRaw).destroy();
  }
  if (total !== e.size) throw refuse("size-mismatch", { part: e.name });
  if (crc >>> 0 !== e.crc32 >>> 0) throw refuse("crc", { part: e.name });
}
