/**
 * The names of the streams in an OLE compound file (CFB, magic D0 CF 11 E0). Excel puts a password-protected
 * `.xlsx` into one (streams `EncryptionInfo` and `EncryptedPackage`); an old `.xls` is one too (stream
 * `Workbook`, or `Book` before Excel 97), and so is an old Word `.doc` (`WordDocument`). Only the directory is
 * read, following the sector chains with every index checked, so a damaged file gives no names rather than
 * a crash or a loop.
 */

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
/** No real file has more directory sectors than this; it also bounds a chain that loops. */
const MAX_DIRECTORY_SECTORS = 4096;

/**
 * Stream and storage names of a compound file's directory. O(directory size).
 * @param bytes the whole file
 * @returns the names, or an empty list when the header or the directory cannot be read
 * @example cfbStreamNames(fs.readFileSync("protected.xlsx")) // => ["Root Entry", "EncryptionInfo", "EncryptedPackage", …]
 */
export function cfbStreamNames(bytes: Uint8Array): string[] {
  if (bytes.length < 512) return [];
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = v.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return [];
  const sector = 1 << shift;
  const offsetOf = (s: number): number => (s + 1) * sector;
  const fatSectors = v.getUint32(0x2c, true);
  const firstDir = v.getUint32(0x30, true);

  // The FAT: sectors listed in the header's DIFAT (109 entries; larger files are not needed to tell the kind).
  const fat: number[] = [];
  for (let i = 0; i < Math.min(fatSectors, 109); i++) {
    const s = v.getUint32(0x4c + i * 4, true);
    if (s === FREE || s === END_OF_CHAIN) break;
    const at = offsetOf(s);
    if (at + sector > bytes.length) return [];
    for (let j = 0; j < sector; j += 4) fat.push(v.getUint32(at + j, true));
  }

  const names: string[] = [];
  const seen = new Set<number>();
  let s = firstDir;
  const decoder = new TextDecoder("utf-16le");
  while (s !== END_OF_CHAIN && s !== FREE) {
    if (seen.has(s) || seen.size >= MAX_DIRECTORY_SECTORS) break;
    seen.add(s);
    const at = offsetOf(s);
    if (at + sector > bytes.length) break;
    for (let e = at; e < at + sector; e += 128) {
      const len = v.getUint16(e + 0x40, true);
      const type = bytes[e + 0x42];
      if (type === 0 || len < 2 || len > 64) continue;
      names.push(decoder.decode(bytes.subarray(e, e + len - 2)));
    }
    s = s < fat.length ? fat[s] : END_OF_CHAIN;
  }
  return names;
}
