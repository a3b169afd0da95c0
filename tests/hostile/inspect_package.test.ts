/**
 * The pure inspector: formats by their first bytes, the zip central directory and its lies, compound-file
 * stream names, and the refusals with their limits.
 */
import * as zlib from "zlib";
import {
  cfbStreamNames,
  inspectPackage,
  readZipDirectory,
  safetyLimits,
  sniffFormat,
  storedZip,
  ZipStructureError,
} from "../../src/xlsx";
import { inflatePart, inflateStream } from "../../src/xlsx/bounded_inflate";
import { craftCfb } from "./cfb_craft";
import { craftZip } from "./zip_craft";

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const WORKBOOK = [
  { name: "[Content_Types].xml", data: "<Types/>" },
  { name: "xl/workbook.xml", data: "<workbook/>" },
];

describe("sniffFormat", () => {
  test.each([
    ["empty", new Uint8Array(0)],
    ["zip", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0])],
    ["zip", Uint8Array.from([0x50, 0x4b, 0x05, 0x06])],
    ["cfb", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])],
    ["pdf", text("%PDF-1.7")],
    ["png", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ["jpeg", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])],
    ["gif", text("GIF89a")],
    ["rar", text("Rar!\u001a\u0007\u0000")],
    ["gzip", Uint8Array.from([0x1f, 0x8b, 8])],
    ["html", text("<!DOCTYPE html><html><body>")],
    ["html", text("\ufeff  <table><tr><td>1</td></tr></table>")],
    ["xml-2003", text('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">')],
    ["xml", text('<?xml version="1.0"?><root/>')],
    ["rtf", text("{\\rtf1\\ansi")],
    ["csv", text("Код ОО;Численность\n670101;420\n670102;315\n")],
    ["csv", text("a,b,c\n1,2,3\n")],
    ["csv", text("a\tb\n1\t2\n")],
    ["text", text("Добрый день!\nОтчёт во вложении.")],
    ["unknown", Uint8Array.from([0, 1, 2, 3, 4, 5])],
  ])("%s", (format, bytes) => {
    expect(sniffFormat(bytes)).toBe(format);
  });

  test("UTF-16 text with a byte-order mark is text, not binary", () => {
    expect(sniffFormat(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a;b\n1;2\n", "utf16le")]))).toBe("csv");
  });
});

describe("readZipDirectory", () => {
  const zip = craftZip([
    { name: "a.xml", data: "<a>первый</a>" },
    { name: "b/c.bin", data: Buffer.alloc(1000, 7), method: 0 },
  ]);

  test("lists each part with its method, sizes, CRC and data offset", () => {
    const [a, b] = readZipDirectory(zip, 10);
    expect(a).toMatchObject({ name: "a.xml", method: 8, flags: 0x0800, size: Buffer.byteLength("<a>первый</a>"), crc32: zlib.crc32("<a>первый</a>") >>> 0 });
    expect(b).toMatchObject({ name: "b/c.bin", method: 0, size: 1000, compressedSize: 1000 });
    expect(zip.subarray(b.dataOffset, b.dataOffset + 3)).toEqual(Buffer.from([7, 7, 7]));
  });

  test("an archive comment after the directory is allowed", () => {
    const withComment = Buffer.concat([zip, Buffer.from("комментарий")]);
    withComment.writeUInt16LE(Buffer.byteLength("комментарий"), zip.length - 2);
    expect(readZipDirectory(withComment, 10)).toHaveLength(2);
  });

  test("ZIP64 end records are followed", () => {
    const eocd = zip.length - 22;
    const count = zip.readUInt16LE(eocd + 10);
    const cdSize = zip.readUInt32LE(eocd + 12);
    const cdOffset = zip.readUInt32LE(eocd + 16);
    const z64 = Buffer.alloc(56);
    z64.writeUInt32LE(0x06064b50, 0);
    z64.writeBigUInt64LE(44n, 4);
    z64.writeBigUInt64LE(BigInt(count), 24);
    z64.writeBigUInt64LE(BigInt(count), 32);
    z64.writeBigUInt64LE(BigInt(cdSize), 40);
    z64.writeBigUInt64LE(BigInt(cdOffset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(eocd), 8);
    loc.writeUInt32LE(1, 16);
    const end = Buffer.from(zip.subarray(eocd));
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 12);
    end.writeUInt32LE(0xffffffff, 16);
    const z = Buffer.concat([zip.subarray(0, eocd), z64, loc, end]);
    expect(readZipDirectory(z, 10).map((e) => e.name)).toEqual(["a.xml", "b/c.bin"]);
  });

  const kind = (bytes: Uint8Array, max = 10): string => {
    try {
      readZipDirectory(bytes, max);
      return "ok";
    } catch (e) {
      return e instanceof ZipStructureError ? e.kind : "crash";
    }
  };

  test("truncation, broken records, duplicates, overlaps and too many parts are refused, never crash", () => {
    expect(kind(zip.subarray(0, zip.length - 30))).toBe("truncated");
    expect(kind(zip.subarray(0, 10))).toBe("truncated");
    const badLocal = Buffer.from(zip);
    badLocal.writeUInt32LE(0x12345678, 0);
    expect(kind(badLocal)).toBe("corrupt");
    const badCentral = Buffer.from(zip);
    badCentral.writeUInt32LE(0x12345678, zip.readUInt32LE(zip.length - 6));
    expect(kind(badCentral)).toBe("corrupt");
    expect(kind(craftZip([{ name: "x", data: "1" }, { name: "x", data: "2" }]))).toBe("corrupt");
    expect(kind(craftZip([{ name: "x", data: "1" }, { name: "y", data: "2", offset: 0 }]))).toBe("corrupt");
    expect(kind(zip, 1)).toBe("too-many-entries");
    const pastEnd = Buffer.from(zip);
    pastEnd.writeUInt32LE(0x7fffffff, zip.length - 6);
    expect(kind(pastEnd)).toBe("truncated");
    for (let n = 0; n < zip.length; n += 7) expect(["ok", "truncated", "corrupt"]).toContain(kind(zip.subarray(0, n)));
  });
});

describe("inflating within limits", () => {
  const data = Buffer.from("<x>".repeat(5000));
  const zip = craftZip([{ name: "p.xml", data }]);
  const [entry] = readZipDirectory(zip, 1);

  test("a part inflates to its declared size and CRC; a lie about either is refused", () => {
    expect(inflatePart(zip, entry, 2 ** 20)).toEqual(data);
    expect(() => inflatePart(zip, entry, 100)).toThrow(expect.objectContaining({ kind: "part-too-large" }));
    expect(() => inflatePart(zip, { ...entry, size: 10 }, 2 ** 20)).toThrow(expect.objectContaining({ kind: "size-mismatch" }));
    expect(() => inflatePart(zip, { ...entry, size: data.length + 10 }, 2 ** 20)).toThrow(expect.objectContaining({ kind: "size-mismatch" }));
    expect(() => inflatePart(zip, { ...entry, crc32: 1 }, 2 ** 20)).toThrow(expect.objectContaining({ kind: "crc" }));
    expect(() => inflatePart(zip, { ...entry, compressedSize: 5 }, 2 ** 20)).toThrow(expect.objectContaining({ kind: "size-mismatch" }));
  });

  test("as a stream: the same checks, and the reader may stop early", async () => {
    const read = async (e: typeof entry, stopAfter = Infinity): Promise<number> => {
      let n = 0;
      let chunks = 0;
      for await (const c of inflateStream(zip, e)) {
        n += c.length;
        if (++chunks >= stopAfter) break;
      }
      return n;
    };
    expect(await read(entry)).toBe(data.length);
    await expect(read({ ...entry, size: 100 })).rejects.toMatchObject({ kind: "size-mismatch" });
    await expect(read({ ...entry, crc32: 1 })).rejects.toMatchObject({ kind: "crc" });
    await expect(read({ ...entry, compressedSize: 5 })).rejects.toMatchObject({ kind: "size-mismatch" });
    const big = Buffer.alloc(3 * 2 ** 20, 65);
    const bigZip = craftZip([{ name: "big", data: big }]);
    const [bigEntry] = readZipDirectory(bigZip, 1);
    let first = 0;
    for await (const c of inflateStream(bigZip, bigEntry)) {
      first = c.length;
      break;
    }
    expect(first).toBeLessThan(big.length);
  });

  test("storedZip packs parts that read back unchanged", () => {
    const parts = [
      { name: "a.xml", data: Buffer.from("<a/>") },
      { name: "папка/б.txt", data: Buffer.from("текст") },
    ];
    const z = storedZip(parts);
    const entries = readZipDirectory(z, 10);
    expect(entries.map((e) => [e.name, e.method])).toEqual([
      ["a.xml", 0],
      ["папка/б.txt", 0],
    ]);
    expect(entries.map((e) => inflatePart(z, e, 100).toString())).toEqual(["<a/>", "текст"]);
  });
});

describe("cfbStreamNames", () => {
  test("lists the streams of a compound file; a damaged one gives none", () => {
    expect(cfbStreamNames(craftCfb(["EncryptionInfo", "EncryptedPackage"]))).toEqual(["Root Entry", "EncryptionInfo", "EncryptedPackage"]);
    const damaged = craftCfb(["Workbook"]);
    damaged.writeUInt16LE(7, 0x1e);
    expect(cfbStreamNames(damaged)).toEqual([]);
    const looping = craftCfb(["Workbook"]);
    looping.writeUInt32LE(1, 512 + 4); // the directory sector points at itself
    expect(cfbStreamNames(looping)).toEqual(["Root Entry", "Workbook"]);
    expect(cfbStreamNames(looping.subarray(0, 600))).toEqual([]);
  });
});

describe("inspectPackage", () => {
  test("a workbook: parts, declared size, no refusal", () => {
    const i = inspectPackage(craftZip(WORKBOOK));
    expect(i.format).toBe("zip");
    expect(i.entries.map((e) => e.name)).toEqual(["[Content_Types].xml", "xl/workbook.xml"]);
    expect(i.declaredBytes).toBe(8 + 11);
    expect([i.refusal, i.macros, i.nestedArchives]).toEqual([undefined, false, []]);
  });

  test("macros and nested archives are found by their part names", () => {
    const i = inspectPackage(craftZip([...WORKBOOK, { name: "xl/vbaProject.bin", data: "x" }, { name: "xl/embeddings/Microsoft_Excel_Worksheet.xlsx", data: "x" }]));
    expect([i.refusal, i.macros, i.nestedArchives]).toEqual([undefined, true, ["xl/embeddings/Microsoft_Excel_Worksheet.xlsx"]]);
    expect(inspectPackage(craftZip([...WORKBOOK, { name: "xl/macrosheets/sheet1.xml", data: "x" }])).macros).toBe(true);
  });

  test("each limit is checked on the declared sizes before anything is inflated", () => {
    const limits = safetyLimits({ maxTotalBytes: 1000, ratioFloorBytes: 100, maxRatio: 10, maxEntries: 3 });
    const refusal = (entries: Parameters<typeof craftZip>[0]) => inspectPackage(craftZip([...WORKBOOK, ...entries]), limits).refusal?.kind;
    expect(refusal([{ name: "a", raw: Buffer.alloc(10), size: 2000 }])).toBe("bomb-total");
    expect(refusal([{ name: "a", data: Buffer.alloc(500) }])).toBe("bomb-ratio");
    expect(refusal([{ name: "a", data: Buffer.alloc(50) }])).toBeUndefined(); // under the ratio floor
    expect(refusal([{ name: "a", data: "1" }, { name: "b", data: "2" }])).toBe("too-many-entries");
    expect(refusal([{ name: "a", data: "1", flags: 1 }])).toBe("zip-encrypted");
    expect(refusal([{ name: "a", raw: Buffer.from("x"), method: 12, size: 1 }])).toBe("zip-method");
    expect(inspectPackage(craftZip([{ name: "a", data: Buffer.alloc(5000) }]), limits).refusal?.kind).toBe("bomb-total");
  });

  test("what a zip that is not a workbook is", () => {
    const kind = (entries: Parameters<typeof craftZip>[0]) => inspectPackage(craftZip(entries)).refusal?.kind;
    expect(kind([{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" }, { name: "content.xml", data: "<a/>" }])).toBe("ods");
    expect(kind([{ name: "[Content_Types].xml", data: "x" }, { name: "xl/workbook.bin", data: "x" }])).toBe("xlsb");
    expect(kind([{ name: "[Content_Types].xml", data: "x" }, { name: "word/document.xml", data: "x" }])).toBe("docx");
    expect(kind([{ name: "[Content_Types].xml", data: "x" }, { name: "ppt/presentation.xml", data: "x" }])).toBe("pptx");
    expect(kind([{ name: "[Content_Types].xml", data: "x" }, { name: "xl/styles.xml", data: "x" }])).toBe("no-workbook");
    expect(kind([{ name: "readme.txt", data: "x" }, { name: "отчёт/школа 5.xlsx", data: "x" }])).toBe("zip-archive");
    expect(inspectPackage(craftZip([{ name: "отчёт/школа 5.xlsx", data: "x" }])).refusal?.message).toMatch(/внутри «школа 5\.xlsx»/);
    expect(inspectPackage(craftZip([])).refusal?.kind).toBe("zip-archive");
  });

  test("files that are not zips: the refusal says what they are", () => {
    const kind = (bytes: Uint8Array) => inspectPackage(bytes).refusal?.kind;
    expect(kind(new Uint8Array(0))).toBe("empty");
    expect(kind(craftCfb(["EncryptedPackage"]))).toBe("encrypted");
    expect(kind(craftCfb(["Book"]))).toBe("xls");
    expect(kind(craftCfb(["WordDocument"]))).toBe("doc");
    expect(kind(craftCfb(["Something"]))).toBe("cfb");
    expect(kind(text("%PDF-1.4"))).toBe("pdf");
    expect(inspectPackage(text("GIF89a")).refusal?.message).toMatch(/изображение \(GIF\)/);
    expect(inspectPackage(Uint8Array.from([0x1f, 0x8b, 8])).refusal?.message).toMatch(/архив GZIP/);
  });
});
