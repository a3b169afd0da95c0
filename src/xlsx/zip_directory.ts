/**
 * The central directory of a zip archive (an `.xlsx` is one), read from the end of the file without
 * inflating anything: each part's name, method, flags, CRC, declared sizes and where its data lies.
 * Structural lies are found here — a directory outside the file, local headers that do not match,
 * parts whose data overlap (the trick of the smallest zip bombs) — so that nothing later trusts them.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is not read */
  method: number;
  /** general-purpose flags; bit 0 = encrypted */
  flags: number;
  crc32: number;
  compressedSize: number;
  /** declared uncompressed size */
  size: number;
  /** offset of the local file header */
  localOffset: number;
  /** offset of the part's (compressed) data, from its local header */
  dataOffset: number;
}

/** A zip whose structure cannot be trusted: truncated, or its records contradict each other. */
export class ZipStructureError extends Error {
  constructor(
    readonly kind: "truncated" | "corrupt" | "too-many-entries",
    message: string,
  ) {
    super(message);
    this.name = "ZipStructureError";
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

const u16 = (v: DataView, at: number): number => v.getUint16(at, true);
const u32 = (v: DataView, at: number): number => v.getUint32(at, true);
/** A 64-bit field as a number; sizes beyond 2^53 are not real and are rejected. */
function u64(v: DataView, at: number): number {
  const n = v.getUint32(at, true) + v.getUint32(at + 4, true) * 2 ** 32;
  if (!Number.isSafeInteger(n)) throw new ZipStructureError("corrupt", "размер в архиве больше допустимого");
  return n;
}

/** Offset of the end-of-central-directory record, searched backwards over the longest possible comment. */
function findEocd(v: DataView): number {
  const last = v.byteLength - 22;
  const stop = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= stop; at--) {
    if (u32(v, at) === EOCD && at + 22 + u16(v, at + 20) <= v.byteLength) return at;
  }
  return -1;
}

const utf8 = new TextDecoder("utf-8");

/**
 * The parts of a zip archive as its central directory lists them, checked against the local headers.
 * O(parts + log) — nothing is inflated.
 * @param bytes the whole file
 * @param maxEntries more parts than this is refused before they are listed
 * @throws {ZipStructureError} `truncated` when the end records are missing or point outside the file,
 *   `corrupt` when records contradict each other (bad signatures, overlapping data, duplicate names),
 *   `too-many-entries` over `maxEntries`
 * @returns the parts, in directory order
 * @example readZipDirectory(fs.readFileSync("school.xlsx"), 5000).map((e) => e.name)[0] // => "[Content_Types].xml"
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) throw new ZipStructureError("truncated", "архив короче минимальной длины");
  const eocd = findEocd(v);
  if (eocd < 0) throw new ZipStructureError("truncated", "нет конца архива (файл обрезан)");
  let count = u16(v, eocd + 10);
  let cdSize = u32(v, eocd + 12);
  let cdOffset = u32(v, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(v, loc) !== ZIP64_LOCATOR) throw new ZipStructureError("corrupt", "нет записи ZIP64");
    const z = u64(v, loc + 8);
    if (z + 56 > bytes.length || u32(v, z) !== ZIP64_EOCD) throw new ZipStructureError("truncated", "запись ZIP64 вне файла");
    count = u64(v, z + 32);
    cdSize = u64(v, z + 40);
    cdOffset = u64(v, z + 48);
  }
  if (count > maxEntries) throw new ZipStructureError("too-many-entries", String(count));
  if (cdOffset + cdSize > bytes.length) throw new ZipStructureError("truncated", "оглавление архива за концом файла (файл обрезан)");

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cdOffset + cdSize || u32(v, at) !== CENTRAL) throw new ZipStructureError("corrupt", "оглавление архива повреждено");
    const flags = u16(v, at + 8);
    const method = u16(v, at + 10);
    const crc32 = u32(v, at + 16);
    let compressedSize = u32(v, at + 20);
    let size = u32(v, at + 24);
    const nameLen = u16(v, at + 28);
    const extraLen = u16(v, at + 30);
    const commentLen = u16(v, at + 32);
    let localOffset = u32(v, at + 42);
    const end = at + 46 + nameLen + extraLen + commentLen;
    if (end > cdOffset + cdSize) throw new ZipStructureError("corrupt", "оглавление архива повреждено");
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    // ZIP64 extra field: only the fields saturated in the fixed record follow, in this order.
    let x = at + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(v, x);
      const len = u16(v, x + 2);
      if (id === 0x0001) {
        let p = x + 4;
        const take = (): number => {
          if (p + 8 > x + 4 + len) throw new ZipStructureError("corrupt", "поле ZIP64 повреждено");
          const n = u64(v, p);
          p += 8;
          return n;
        };
        if (size === 0xffffffff) size = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localOffset === 0xffffffff) localOffset = take();
      }
      x += 4 + len;
    }
    if (names.has(name)) throw new ZipStructureError("corrupt", `часть «${name}» повторяется`);
    names.add(name);
    if (localOffset + 30 > cdOffset || u32(v, localOffset) !== LOCAL) {
      throw new ZipStructureError(localOffset + 30 > bytes.length ? "truncated" : "corrupt", `нет заголовка части «${name}»`);
    }
    const dataOffset = localOffset + 30 + u16(v, localOffset + 26) + u16(v, localOffset + 28);
    if (dataOffset + compressedSize > cdOffset) {
      throw new ZipStructureError(dataOffset + compressedSize > bytes.length ? "truncated" : "corrupt", `данные части «${name}» за её пределами`);
    }
    entries.push({ name, method, flags, crc32, compressedSize, size, localOffset, dataOffset });
    at = end;
  }
  // Each part's data must be its own: overlapping parts inflate the same bytes many times.
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1];
    if (prev.dataOffset + prev.compressedSize > byOffset[i].localOffset) {
      throw new ZipStructureError("corrupt", `части «${prev.name}» и «${byOffset[i].name}» перекрываются`);
    }
  }
  return entries;
}
