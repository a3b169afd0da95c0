/**
 * A zip writer for building hostile files: every field can lie (declared size, CRC, flags, method), data can
 * be given already compressed, and large parts can be streamed into a file so that the builder itself stays
 * light. Test-only; the reader under test never uses it.
 */
import * as fs from "fs";
import * as zlib from "zlib";

export interface CraftEntry {
  name: string;
  /** uncompressed contents (compressed here unless `raw` is given) */
  data?: Uint8Array | string;
  /** 0 stored, 8 deflate (default) */
  method?: number;
  /** the bytes written as the part's data, instead of compressing `data` */
  raw?: Uint8Array;
  /** declared uncompressed size (default: the real one) */
  size?: number;
  /** declared CRC (default: the real one) */
  crc?: number;
  flags?: number;
  /** local header offset written in the directory (default: the real one) */
  offset?: number;
}

interface Written {
  name: Buffer;
  method: number;
  flags: number;
  crc: number;
  csize: number;
  size: number;
  offset: number;
}

function localHeader(w: Omit<Written, "offset">): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(w.flags | 0x0800, 6);
  h.writeUInt16LE(w.method, 8);
  h.writeUInt32LE(0x00210000, 10);
  h.writeUInt32LE(w.crc >>> 0, 14);
  h.writeUInt32LE(w.csize >>> 0, 18);
  h.writeUInt32LE(w.size >>> 0, 22);
  h.writeUInt16LE(w.name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, w.name]);
}

function directory(written: readonly Written[], at: number): Buffer {
  const parts: Buffer[] = [];
  for (const w of written) {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(w.flags | 0x0800, 8);
    h.writeUInt16LE(w.method, 10);
    h.writeUInt32LE(0x00210000, 12);
    h.writeUInt32LE(w.crc >>> 0, 16);
    h.writeUInt32LE(w.csize >>> 0, 20);
    h.writeUInt32LE(w.size >>> 0, 24);
    h.writeUInt16LE(w.name.length, 28);
    h.writeUInt32LE(w.offset >>> 0, 42);
    parts.push(h, w.name);
  }
  const cd = Buffer.concat(parts);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(at, 16);
  return Buffer.concat([cd, end]);
}

const bytesOf = (d: Uint8Array | string | undefined): Buffer => (typeof d === "string" ? Buffer.from(d, "utf8") : Buffer.from(d ?? []));

/** A zip in memory, each field as given. */
export function craftZip(entries: readonly CraftEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const written: Written[] = [];
  let at = 0;
  for (const e of entries) {
    const data = bytesOf(e.data);
    const method = e.method ?? 8;
    const raw = e.raw ? Buffer.from(e.raw) : method === 8 ? zlib.deflateRawSync(data) : data;
    const w = {
      name: Buffer.from(e.name, "utf8"),
      method,
      flags: e.flags ?? 0,
      crc: e.crc ?? zlib.crc32(data),
      csize: raw.length,
      size: e.size ?? data.length,
    };
    const header = localHeader(w);
    written.push({ ...w, offset: e.offset ?? at });
    chunks.push(header, raw);
    at += header.length + raw.length;
  }
  chunks.push(directory(written, at));
  return Buffer.concat(chunks);
}

/** A part written to a file in pieces: `chunks` yields the uncompressed contents. */
export interface StreamEntry {
  name: string;
  chunks: () => Iterable<string | Uint8Array>;
}

/**
 * A zip written straight to a file, each part deflated piece by piece (memory: one piece).
 * @returns the file size
 */
export function writeZipFile(file: string, entries: readonly (CraftEntry | StreamEntry)[]): number {
  const fd = fs.openSync(file, "w");
  const written: Written[] = [];
  let at = 0;
  const put = (b: Buffer): void => {
    fs.writeSync(fd, b);
    at += b.length;
  };
  try {
    for (const e of entries) {
      if (!("chunks" in e)) {
        const one = craftZip([e]);
        // The single part's local header and data: everything before its directory.
        const cd = one.readUInt32LE(one.length - 22 + 16);
        const offset = at;
        put(one.subarray(0, cd));
        const data = bytesOf(e.data);
        const raw = e.raw ? e.raw.length : e.method === 0 ? data.length : zlib.deflateRawSync(data).length;
        written.push({ name: Buffer.from(e.name), method: e.method ?? 8, flags: e.flags ?? 0, crc: e.crc ?? zlib.crc32(data), csize: raw, size: e.size ?? data.length, offset });
        continue;
      }
      // Sizes are unknown until the end: flag bit 3, zeros in the local header, a data descriptor after the data.
      const name = Buffer.from(e.name, "utf8");
      const offset = at;
      put(localHeader({ name, method: 8, flags: 0x08, crc: 0, csize: 0, size: 0 }));
      let crc = 0;
      let size = 0;
      let csize = 0;
      const deflate = (b: Buffer, flush: number): void => {
        const out = zlib.deflateRawSync(b, { level: 1, finishFlush: flush });
        csize += out.length;
        put(out);
      };
      // Independent raw-deflate blocks flushed with Z_FULL_FLUSH concatenate into one valid stream;
      // the last block is finished with Z_FINISH.
      let pending: Buffer[] = [];
      let pendingSize = 0;
      for (const c of e.chunks()) {
        const b = bytesOf(c);
        crc = zlib.crc32(b, crc);
        size += b.length;
        pending.push(b);
        pendingSize += b.length;
        if (pendingSize >= 4 * 2 ** 20) {
          deflate(Buffer.concat(pending), zlib.constants.Z_FULL_FLUSH);
          pending = [];
          pendingSize = 0;
        }
      }
      deflate(Buffer.concat(pending), zlib.constants.Z_FINISH);
      const dd = Buffer.alloc(16);
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(crc >>> 0, 4);
      dd.writeUInt32LE(csize >>> 0, 8);
      dd.writeUInt32LE(size >>> 0, 12);
      put(dd);
      written.push({ name, method: 8, flags: 0x08, crc, csize, size, offset });
    }
    put(directory(written, at));
  } finally {
    fs.closeSync(fd);
  }
  return at;
}
