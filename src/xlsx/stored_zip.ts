/**
 * A zip of already inflated, already checked parts, stored without compression: what the in-memory reader
 * (exceljs) is given instead of the submitted file, so that it never inflates anything itself and sees only
 * the parts it needs.
 */
import * as zlib from "zlib";

export interface StoredPart {
  name: string;
  data: Uint8Array;
}

/**
 * Packs parts into a stored (method 0) zip. O(total size).
 * @param parts names (ASCII or UTF-8) and contents, fewer than 65 535 and smaller than 4 GiB in total
 * @throws {Error} when there are too many parts or they are too large for a plain zip
 * @returns the archive
 * @example storedZip([{ name: "a.txt", data: Buffer.from("x") }]).readUInt32LE(0).toString(16) // => "4034b50"
 */
export function storedZip(parts: readonly StoredPart[]): Buffer {
  if (parts.length >= 0xffff) throw new Error("storedZip: слишком много частей");
  const names = parts.map((p) => Buffer.from(p.name, "utf8"));
  const total = parts.reduce((s, p, i) => s + 30 + names[i].length + p.data.length + 46 + names[i].length, 22);
  if (total > 0xffffffff) throw new Error("storedZip: архив больше 4 ГБ");
  const out = Buffer.alloc(total);
  const offsets: number[] = [];
  const crcs = parts.map((p) => zlib.crc32(p.data) >>> 0);
  let at = 0;
  parts.forEach((p, i) => {
    offsets.push(at);
    out.writeUInt32LE(0x04034b50, at);
    out.writeUInt16LE(20, at + 4);
    out.writeUInt16LE(0x0800, at + 6); // UTF-8 names
    out.writeUInt16LE(0, at + 8);
    out.writeUInt32LE(0, at + 10); // time, date
    out.writeUInt32LE(crcs[i], at + 14);
    out.writeUInt32LE(p.data.length, at + 18);
    out.writeUInt32LE(p.data.length, at + 22);
    out.writeUInt16LE(names[i].length, at + 26);
    out.writeUInt16LE(0, at + 28);
    names[i].copy(out, at + 30);
    out.set(p.data, at + 30 + names[i].length);
    at += 30 + names[i].length + p.data.length;
  });
  const cd = at;
  parts.forEach((p, i) => {
    out.writeUInt32LE(0x02014b50, at);
    out.writeUInt16LE(20, at + 4);
    out.writeUInt16LE(20, at + 6);
    out.writeUInt16LE(0x0800, at + 8);
    out.writeUInt16LE(0, at + 10);
    out.writeUInt32LE(0, at + 12);
    out.writeUInt32LE(crcs[i], at + 16);
    out.writeUInt32LE(p.data.length, at + 20);
    out.writeUInt32LE(p.data.length, at + 24);
    out.writeUInt16LE(names[i].length, at + 28);
    // extra, comment, disk, internal and external attributes stay 0
    out.writeUInt32LE(offsets[i], at + 42);
    names[i].copy(out, at + 46);
    at += 46 + names[i].length;
  });
  out.writeUInt32LE(0x06054b50, at);
  out.writeUInt16LE(parts.length, at + 8);
  out.writeUInt16LE(parts.length, at + 10);
  out.writeUInt32LE(at - cd, at + 12);
  out.writeUInt32LE(cd, at + 16);
  return out;
}
