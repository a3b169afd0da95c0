/**
 * Many small workbooks fast: one workbook written uncompressed (STORE), then copies with a placeholder replaced by
 * text of the same length in one entry and that entry's CRC-32 updated — microseconds a file instead of an exceljs
 * write each.
 */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array, from = 0, to = data.length): number {
  let c = 0xffffffff;
  for (let i = from; i < to; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Where an entry's data and CRC fields are in a zip with stored (uncompressed) entries. */
export interface StoredEntry {
  dataStart: number;
  dataEnd: number;
  localCrcAt: number;
  centralCrcAt: number;
}

/**
 * Locates a stored entry of a zip.
 * @throws {Error} when the entry is missing, compressed, or uses a data descriptor
 */
export function storedEntry(zip: Buffer, name: string): StoredEntry {
  let local = -1;
  for (let i = 0; i + 30 < zip.length; ) {
    if (zip.readUInt32LE(i) !== 0x04034b50) break;
    const flags = zip.readUInt16LE(i + 6);
    const method = zip.readUInt16LE(i + 8);
    const size = zip.readUInt32LE(i + 18);
    const nameLen = zip.readUInt16LE(i + 26);
    const extraLen = zip.readUInt16LE(i + 28);
    const entry = zip.toString("utf8", i + 30, i + 30 + nameLen);
    if (entry === name) {
      if (method !== 0) throw new Error(`${name}: entry is compressed`);
      if (flags & 8) throw new Error(`${name}: entry uses a data descriptor`);
      local = i;
      const dataStart = i + 30 + nameLen + extraLen;
      const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), dataStart + size);
      let c = central;
      while (c >= 0 && zip.readUInt32LE(c) === 0x02014b50) {
        const n = zip.readUInt16LE(c + 28);
        if (zip.toString("utf8", c + 46, c + 46 + n) === name) return { dataStart, dataEnd: dataStart + size, localCrcAt: local + 14, centralCrcAt: c + 16 };
        c += 46 + n + zip.readUInt16LE(c + 30) + zip.readUInt16LE(c + 32);
      }
      throw new Error(`${name}: central directory entry not found`);
    }
    i += 30 + nameLen + extraLen + size;
  }
  throw new Error(`${name}: entry not found`);
}

/**
 * A copy of the zip with every `placeholder` in the entry replaced by `value` (the same byte length), CRC updated.
 */
export function patchStored(zip: Buffer, at: StoredEntry, placeholder: string, value: string): Buffer {
  const from = Buffer.from(placeholder, "utf8");
  const to = Buffer.from(value, "utf8");
  if (from.length !== to.length) throw new Error("placeholder and value differ in length");
  const out = Buffer.from(zip);
  for (let i = out.indexOf(from, at.dataStart); i >= 0 && i < at.dataEnd; i = out.indexOf(from, i + 1)) to.copy(out, i);
  const crc = crc32(out, at.dataStart, at.dataEnd);
  out.writeUInt32LE(crc, at.localCrcAt);
  out.writeUInt32LE(crc, at.centralCrcAt);
  return out;
}
