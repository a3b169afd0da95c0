/**
 * Node's `zlib` as far as the safe workbook loader (src/xlsx) uses it, for the browser: raw inflate with a cap on
 * the output (`inflateRawSync` with `maxOutputLength`), the same inflate as a stream (`createInflateRaw`) and
 * `crc32`. The pane reads files chosen from disk with the very loader the command line uses; webpack puts this
 * module in place of `zlib` (see webpack_shims.js). Inflating is pako's, the library exceljs itself inflates with.
 */
import { Buffer } from "buffer";
import { Inflate } from "pako";


const CHUNK = 64 * 1024;

/** An error shaped like Node's, so callers that only catch and re-word it behave the same. */
function zlibError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

const asBuffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/**
 * Inflates raw deflate data at once. O(output).
 * @param data the compressed bytes
 * @param options `maxOutputLength`: throw as soon as more comes out (as Node does)
 * @throws {Error} `ERR_BUFFER_TOO_LARGE` past the cap, `Z_DATA_ERROR` for broken data
 * @returns the inflated bytes
 * @example inflateRawSync(deflated, { maxOutputLength: 10 }).length // => 10 (or throws)
 */
export function inflateRawSync(data: Uint8Array, options: { maxOutputLength?: number } = {}): Buffer {
  const max = options.maxOutputLength ?? Infinity;
  const inflater = new Inflate({ raw: true, chunkSize: CHUNK });
  const parts: Uint8Array[] = [];
  let total = 0;
  inflater.onData = (chunk) => {
    total += chunk.length;
    if (total > max) throw zlibError("Cannot create a Buffer larger than maxOutputLength", "ERR_BUFFER_TOO_LARGE");
    parts.push(chunk);
  };
  inflater.push(data, true);
  if (inflater.err) throw zlibError(inflater.msg || "invalid deflate data", "Z_DATA_ERROR");
  return Buffer.concat(parts.map(asBuffer), total);
}

/** A raw inflater fed by a piped source and read with `for await`, stopped early with `destroy()`. */
export class InflateRaw {
  private source?: AsyncIterable<Uint8Array>;
  private destroyed = false;
  constructor(private readonly chunkSize = CHUNK) {}

  /** @internal Called by {@link Readable.pipe}. */
  attach(source: AsyncIterable<Uint8Array>): void {
    this.source = source;
  }

  destroy(): this {
    this.destroyed = true;
    return this;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    if (!this.source) throw zlibError("nothing is piped into the inflater", "ERR_STREAM_PREMATURE_CLOSE");
    const inflater = new Inflate({ raw: true, chunkSize: this.chunkSize });
    const out: Uint8Array[] = [];
    inflater.onData = (chunk) => out.push(chunk);
    const check = (): void => {
      if (inflater.err) throw zlibError(inflater.msg || "invalid deflate data", "Z_DATA_ERROR");
    };
    for await (const chunk of this.source) {
      if (this.destroyed) return;
      if (!inflater.ended) inflater.push(chunk, false);
      check();
      while (out.length) yield asBuffer(out.shift() as Uint8Array);
    }
    if (this.destroyed) return;
    if (!inflater.ended) inflater.push(new Uint8Array(0), true);
    check();
    while (out.length) yield asBuffer(out.shift() as Uint8Array);
  }
}

/**
 * A raw inflate stream.
 * @param options `chunkSize` of the output
 * @returns the stream, to pipe a {@link Readable} into
 */
export function createInflateRaw(options: { chunkSize?: number } = {}): InflateRaw {
  return new InflateRaw(options.chunkSize ?? CHUNK);
}

let table: Uint32Array | undefined;

/**
 * CRC-32 (the zip one) of bytes, continuing from `value`. O(length).
 * @param data bytes, or text (as UTF-8)
 * @param value the CRC so far (0 to start)
 * @returns the CRC as an unsigned 32-bit number
 * @example crc32(new TextEncoder().encode("hello")) // => 907060870
 */
export function crc32(data: Uint8Array | string, value = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  let crc = (value ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.length; i++) crc = (table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8)) >>> 0;
  return (crc ^ 0xffffffff) >>> 0;
}


