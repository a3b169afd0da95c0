/**
 * The browser stand-ins of `zlib` and `stream`: the same bytes as Node's zlib, the same refusals, and the safe
 * workbook loader working through them — in memory and streaming — as it does in the pane.
 */
import * as zlib from "zlib";
import { crc32, createInflateRaw, inflateRawSync } from "../../../taskpane/node_shims/zlib";
import { Readable } from "../../../taskpane/node_shims/stream";
import { contextRecord, formFileBytes } from "../helpers";

const text = "Контекстные данные ОО;".repeat(5000);
const raw = new TextEncoder().encode(text);
const deflated = zlib.deflateRawSync(raw);

describe("zlib shim", () => {
  it("inflates what Node deflates, byte for byte", () => {
    const out = inflateRawSync(deflated, { maxOutputLength: raw.length + 1 });
    expect(Buffer.compare(Buffer.from(out), Buffer.from(raw))).toBe(0);
  });

  it("stops as soon as the output passes maxOutputLength (a zip bomb), as Node does", () => {
    expect(() => zlib.inflateRawSync(deflated, { maxOutputLength: 1000 })).toThrow();
    expect(() => inflateRawSync(deflated, { maxOutputLength: 1000 })).toThrow(expect.objectContaining({ code: "ERR_BUFFER_TOO_LARGE" }));
  });

  it("refuses broken deflate data", () => {
    expect(() => inflateRawSync(new Uint8Array([0xff, 0xff, 0xff, 0x00, 0x12]))).toThrow();
  });

  it("computes the zip CRC-32 as Node does, also continued over chunks", () => {
    expect(crc32(raw)).toBe(zlib.crc32(raw) >>> 0);
    expect(crc32(raw.subarray(1000), crc32(raw.subarray(0, 1000)))).toBe(zlib.crc32(raw) >>> 0);
    expect(crc32("hello")).toBe(907060870);
  });

  it("inflates a piped stream of chunks, and can be stopped early", async () => {
    const chunks = function* (): Generator<Uint8Array> {
      for (let at = 0; at < deflated.length; at += 100) yield deflated.subarray(at, at + 100);
    };
    const out: Uint8Array[] = [];
    for await (const c of Readable.from(chunks()).pipe(createInflateRaw({ chunkSize: 4096 }))) out.push(c);
    expect(Buffer.concat(out).toString("utf8")).toBe(text);

    const source = Readable.from(chunks());
    const inflater = source.pipe(createInflateRaw({ chunkSize: 1024 }));
    let n = 0;
    for await (const c of inflater) {
      n += c.length;
      source.destroy();
      inflater.destroy();
    }
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(raw.length);
  });
});

describe("the safe loader through the shims and exceljs's browser build", () => {
  beforeEach(() => jest.resetModules());

  const loadWithShims = (): typeof import("../../../src/xlsx/load_safely") => {
    jest.doMock("zlib", () => jest.requireActual("../../../taskpane/node_shims/zlib"));
    jest.doMock("stream", () => jest.requireActual("../../../taskpane/node_shims/stream"));
    // What webpack gives the pane: exceljs's browser build (its own stream and zip code inside).
    jest.doMock("exceljs", () => jest.requireActual("exceljs/dist/exceljs.min.js"));
    return jest.requireActual("../../../src/xlsx/load_safely");
  };

  it("reads a school's file in memory", async () => {
    const bytes = await formFileBytes("context", [contextRecord("000101"), contextRecord("000102")]);
    const { loadWorkbookSafely } = loadWithShims();
    const tables = await loadWorkbookSafely(bytes, { name: "school.xlsx" });
    expect(tables.sheets[0].marker).toEqual({ formId: "context", version: 1 });
    expect(tables.sheets[0].rows[3].slice(0, 2)).toEqual(["000101", "МБОУ «СОШ 000101»"]);
  });

  it("reads it with the streaming reader too (large sheets), with the same rows", async () => {
    const bytes = await formFileBytes("context", [contextRecord("000101"), contextRecord("000102")]);
    const { loadWorkbookSafely } = loadWithShims();
    const inMemory = await loadWorkbookSafely(bytes, { name: "school.xlsx" });
    const streamed = await loadWorkbookSafely(bytes, { name: "school.xlsx", limits: { streamAboveBytes: 1 } });
    expect(streamed.sheets[0].rows.slice(3, 5)).toEqual(inMemory.sheets[0].rows.slice(3, 5));
  });

  it("refuses a damaged file with the loader's Russian reason", async () => {
    const bytes = await formFileBytes("context", [contextRecord("000101")]);
    const broken = bytes.slice(0, Math.floor(bytes.length / 2));
    const { loadWorkbookSafely } = loadWithShims();
    await expect(loadWorkbookSafely(broken, { name: "school.xlsx" })).rejects.toThrow(/[а-я]/);
  });
});
