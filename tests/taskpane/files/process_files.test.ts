/**
 * Files chosen from disk: read by the safe loader, validated against the chosen or recognised form, a file that is
 * not a workbook reported (never thrown), repeats of a school across files found in the order chosen.
 */
import { AUTO_FORM, processFiles } from "../../../taskpane/files/process_files";
import { MAX_FILE_BYTES } from "../../../taskpane/files/read_workbook_file";
import { pickedFromBytes } from "../../../taskpane/files/picked_file";
import { contextRecord, formFileBytes } from "../helpers";

describe("processing chosen files", () => {
  it("validates each file against the chosen form, with progress per file", async () => {
    const a = await formFileBytes("context", [contextRecord("000101"), contextRecord("000102", { "Из неполных семей": "много" })]);
    const b = await formFileBytes("context", [contextRecord("000201")]);
    const seen: string[] = [];
    const results = await processFiles([pickedFromBytes("a.xlsx", a), pickedFromBytes("b.xlsx", b)], "context", {
      asOf: "2025-03-01",
      onProgress: (p) => seen.push(`${p.done}/${p.total}${p.current ? ` ${p.current}` : ""}`),
    });
    expect(seen).toEqual(["0/2 a.xlsx", "1/2 b.xlsx", "2/2"]);
    expect(results.map((r) => [r.file, r.spec?.id, r.by, r.read])).toEqual([
      ["a.xlsx", "context", "marker", true],
      ["b.xlsx", "context", "marker", true],
    ]);
    expect(results[0].findings.map((f) => [f.cell, f.code])).toEqual([["H5", "type"]]);
    expect(results[1].findings).toEqual([]);
    // Without `rows`, only the keys of the tables are kept (as the command line does for validation).
    expect(results[0].table?.rows).toEqual([]);
    expect(results[0].table?.keys[0].first.map((k) => k.key)).toEqual(["000101", "000102"]);
  });

  it("reports the same school in two files as a repeat in the later file, in the order chosen", async () => {
    const a = await formFileBytes("context", [contextRecord("000101")]);
    const b = await formFileBytes("context", [contextRecord("000202"), contextRecord("000101")]);
    const results = await processFiles([pickedFromBytes("a.xlsx", a), pickedFromBytes("b.xlsx", b)], "context", { rows: true });
    expect(results[0].findings).toEqual([]);
    const repeat = results[1].findings.find((f) => f.code === "unique");
    expect(repeat).toMatchObject({ cell: "A5", value: "000101" });
    expect(repeat?.message).toContain("файле «a.xlsx»");
    expect(results[1].table?.rows).toHaveLength(2);
  });

  it("recognises each file's form when asked to, and reports a file of no known form", async () => {
    const context = await formFileBytes("context", [contextRecord("000101")]);
    const staff = await formFileBytes("staff", []);
    const plain = await formFileBytes("context", [], "Лист1");
    const results = await processFiles([pickedFromBytes("c.xlsx", context), pickedFromBytes("s.xlsx", staff), pickedFromBytes("p.xlsx", plain)], AUTO_FORM);
    expect(results.map((r) => r.spec?.id)).toEqual(["context", "staff", "context"]);
  });

  it("turns a file that is not a workbook, or too large, into an «unreadable» finding with the reason in Russian", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
    const big = { name: "huge.xlsx", size: MAX_FILE_BYTES + 1, read: async () => new Uint8Array(0) };
    const results = await processFiles([pickedFromBytes("scan.pdf", pdf), big], "context");
    expect(results.map((r) => [r.read, r.findings.map((f) => f.code)])).toEqual([
      [false, ["unreadable"]],
      [false, ["unreadable"]],
    ]);
    expect(results[0].findings[0].message).toMatch(/PDF/);
    expect(results[1].findings[0].message).toContain("файл слишком большой");
  });

  it("reports the loader's notes (macros not run) with the file's findings", async () => {
    const bytes = await formFileBytes("context", [contextRecord("000101")]);
    const [r] = await processFiles([pickedFromBytes("school.xlsm", bytes)], "context");
    expect(r.findings[0]).toMatchObject({ code: "unreadable", severity: "warning" });
    expect(r.findings[0].message).toContain("макрос");
  });
});
