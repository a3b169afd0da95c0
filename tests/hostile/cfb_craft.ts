/**
 * A minimal OLE compound file (CFB, version 3, 512-byte sectors) with the given stream names and no data:
 * what a password-protected `.xlsx` (EncryptionInfo, EncryptedPackage) or an old `.xls` (Workbook) looks
 * like to a reader that only lists the directory. Test-only.
 */

const FREE = 0xffffffff;
const END = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

function dirEntry(name: string, type: number, child: number, right: number): Buffer {
  const e = Buffer.alloc(128);
  const n = Buffer.from(`${name}\u0000`, "utf16le");
  n.copy(e, 0);
  e.writeUInt16LE(n.length, 0x40);
  e[0x42] = type;
  e[0x43] = 1; // black
  e.writeUInt32LE(FREE, 0x44); // left sibling
  e.writeUInt32LE(right, 0x48);
  e.writeUInt32LE(child, 0x4c);
  e.writeUInt32LE(type === 5 ? END : 0, 0x74); // start sector
  return e;
}

/** A compound file whose root holds the named streams (each empty). At most three names fit. */
export function craftCfb(streams: readonly string[]): Buffer {
  if (streams.length > 3) throw new Error("craftCfb: at most three streams");
  const header = Buffer.alloc(512, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END, 0x3c);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);

  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END, 4);

  const entries = [dirEntry("Root Entry", 5, streams.length ? 1 : FREE, FREE)];
  streams.forEach((s, i) => entries.push(dirEntry(s, 2, FREE, i + 2 <= streams.length ? i + 2 : FREE)));
  while (entries.length < 4) entries.push(Buffer.alloc(128));
  return Buffer.concat([header, fat, ...entries]);
}
