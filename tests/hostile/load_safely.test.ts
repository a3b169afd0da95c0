/**
 * loadWorkbookSafely as a whole: the streaming and the in-memory readers give the same tables; the limits
 * apply on both paths and come back as notes; names sharpen vague refusals; and no damage to a real file —
 * random bytes flipped, cut, or garbage — gets anything out but tables or an UnreadableWorkbookError.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { FORMS } from "../../src/forms";
import { defaultPreset } from "../../src/forms/presets";
import { buildSheetPlan } from "../../src/plan";
import { loadWorkbook, loadWorkbookSafely, planWorkbookBuffer, readZipDirectory, RefusedWorkbookError, UnreadableWorkbookError } from "../../src/xlsx";
import { inflatePart } from "../../src/xlsx/bounded_inflate";
import { craftZip } from "./zip_craft";
import type { WorkbookTables } from "../../src/validate";
import { fillRows, load, save } from "../xlsx/helpers";
import { GOOD } from "./build_corpus";

const withoutFormulas = (t: WorkbookTables) => t.sheets.map(({ formulas: _f, ...s }) => s);
const STREAM = { limits: { streamAboveBytes: 1 } };

/** A workbook with every kind of value a reader meets. */
async function mixedWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Данные");
  ws.getCell("A1").value = "Заголовок";
  ws.getCell("D1").value = "edu-roadmap:results:v3";
  ws.getCell("A3").value = 12.5;
  ws.getCell("B3").value = { formula: "A3*2", result: 25 } as ExcelJS.CellValue;
  ws.getCell("C3").value = { richText: [{ text: "Рус" }, { text: "ский", font: { bold: true } }] };
  ws.getCell("E3").value = { error: "#N/A" } as ExcelJS.CellValue;
  ws.getCell("F3").value = new Date(Date.UTC(2024, 8, 1));
  ws.getCell("G3").value = true;
  ws.getCell("H3").value = "  пробелы  и <теги> & «кавычки» ";
  ws.getCell("I3").value = { formula: "\"a\"&\"b\"", result: "ab" } as ExcelJS.CellValue;
  ws.getCell("J3").value = { formula: "TODAY()", result: new Date(Date.UTC(2025, 0, 2)) } as ExcelJS.CellValue;
  ws.getCell("K3").value = -0.000123;
  ws.getCell("A5").value = "Раздел";
  ws.mergeCells("A5:C5");
  ws.getCell("B6").value = { formula: "1+1" } as ExcelJS.CellValue;
  ws.getCell("C6").value = { formula: "A3-A3", result: 0 } as ExcelJS.CellValue;
  ws.getCell("A9").value = "после пустых строк";
  ws.getCell("C9").numFmt = "dd.mm.yyyy";
  ws.getCell("C9").value = 45536;
  const hidden = wb.addWorksheet("Скрытый", { state: "hidden" });
  hidden.getCell("A1").value = 1;
  wb.addWorksheet("Пустой");
  return save(wb);
}

describe("loadWorkbookSafely", () => {
  test("reads what loadWorkbook reads: every form's template, filled and prefilled", async () => {
    for (const f of FORMS) {
      const plan = buildSheetPlan(f, { preset: defaultPreset(f.id), years: [2024, 2025], dataRows: 8 });
      const wb = await load(await planWorkbookBuffer([plan]));
      if (f.id === "context") fillRows(wb.getWorksheet(plan.sheetName) as ExcelJS.Worksheet, plan, [GOOD]);
      const buf = await save(wb);
      const plain = await loadWorkbook(buf);
      const safe = await loadWorkbookSafely(buf, { name: "форма.xlsx" });
      expect({ form: f.id, sheets: safe.sheets }).toEqual({ form: f.id, sheets: plain.sheets });
      expect(safe.notes).toEqual([]);
      const streamed = await loadWorkbookSafely(buf, STREAM);
      expect({ form: f.id, sheets: withoutFormulas(streamed) }).toEqual({ form: f.id, sheets: withoutFormulas(plain) });
    }
  });

  test("the streaming reader gives the values exceljs gives: rich text, errors, dates, cached results, merges, hidden sheets", async () => {
    const buf = await mixedWorkbook();
    const plain = await loadWorkbook(buf);
    const streamed = await loadWorkbookSafely(buf, STREAM);
    expect(withoutFormulas(streamed)).toEqual(withoutFormulas(plain));
    expect(streamed.sheets[0].rows[2]).toEqual([12.5, 25, "Русский", null, "#N/A", new Date(Date.UTC(2024, 8, 1)), true, "  пробелы  и <теги> & «кавычки» ", "ab", new Date(Date.UTC(2025, 0, 2)), -0.000123]);
    expect(streamed.sheets.map((s) => [s.name, s.hidden ?? false, s.marker?.formId])).toEqual([
      ["Данные", false, "results"],
      ["Скрытый", true, undefined],
      ["Пустой", false, undefined],
    ]);
  });

  test("rows beyond the limit are left out with a note, on both paths; a short sheet gets none", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Лист1");
    for (let r = 1; r <= 30; r++) ws.getCell(r, 1).value = r;
    const buf = await save(wb);
    for (const limits of [{ maxRows: 25 }, { maxRows: 25, streamAboveBytes: 1 }]) {
      const t = await loadWorkbookSafely(buf, { limits });
      expect(t.sheets[0].rows).toHaveLength(25);
      expect(t.sheets[0].rows[24]).toEqual([25]);
      expect(t.notes).toEqual([
        expect.objectContaining({ sheet: "Лист1", severity: "warning", code: "unreadable", message: expect.stringMatching(/^На листе «Лист1» больше 25 строк: проверены первые 25/) }),
      ]);
      const all = await loadWorkbookSafely(buf, { limits: { ...limits, maxRows: 30 } });
      expect([all.sheets[0].rows.length, all.notes]).toEqual([30, []]);
    }
  });

  test("the file name sharpens vague refusals only", async () => {
    const oneColumn = Buffer.from("670101\n670102\n");
    await expect(loadWorkbookSafely(oneColumn, { name: "schools.csv" })).rejects.toMatchObject({ kind: "csv" });
    await expect(loadWorkbookSafely(oneColumn, { name: "schools.txt" })).rejects.toMatchObject({ kind: "text" });
    await expect(loadWorkbookSafely(Buffer.from("%PDF-1.4"), { name: "report.xlsx" })).rejects.toMatchObject({ kind: "pdf" });
    // a real workbook named .xls is read: the content decides
    const good = await mixedWorkbook();
    await expect(loadWorkbookSafely(good, { name: "книга.xls" })).resolves.toMatchObject({ notes: [] });
    // a macro-enabled name without macros still gets the note
    const xlsm = await loadWorkbookSafely(good, { name: "книга.xlsm" });
    expect(xlsm.notes.map((n) => n.message)).toEqual([expect.stringMatching(/^Книга сохранена в формате с макросами \(\.xlsm\): макросы не запускались/)]);
  });

  test("limits must be positive whole numbers", async () => {
    await expect(loadWorkbookSafely(Buffer.alloc(1), { limits: { maxRows: 0 } })).rejects.toThrow(/maxRows/);
    await expect(loadWorkbookSafely(Buffer.alloc(1), { limits: { maxRatio: 1.5 } })).rejects.toThrow(/maxRatio/);
  });

  describe("damage never crashes the loader", () => {
    let good: Buffer;
    beforeAll(async () => {
      good = await mixedWorkbook();
    });

    const outcome = async (data: Uint8Array, streaming: boolean): Promise<string> => {
      try {
        await loadWorkbookSafely(data, streaming ? STREAM : {});
        return "read";
      } catch (e) {
        if (e instanceof UnreadableWorkbookError) return e instanceof RefusedWorkbookError ? e.kind : "unreadable";
        throw e;
      }
    };

    test("bytes flipped anywhere", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }), fc.boolean(), async (flips, streaming) => {
          const data = Buffer.from(good);
          for (const [at, x] of flips) data[at % data.length] ^= x;
          expect(typeof (await outcome(data, streaming))).toBe("string");
        }),
        { numRuns: 150, seed: 20261122 },
      );
    });

    test("the XML of any part edited (with its CRC made right, so the parsers see it)", async () => {
      const parts = readZipDirectory(good, 100).map((e) => ({ name: e.name, data: inflatePart(good, e, 2 ** 24) }));
      const xmlParts = parts.filter((p) => /\.(xml|rels)$/.test(p.name)).map((p) => p.name);
      const edit = fc.record({
        part: fc.nat(),
        at: fc.nat(),
        cut: fc.nat({ max: 40 }),
        insert: fc.constantFrom("", "<", ">", "&", "&amp", '"', "</row>", "<c r=\"ZZZZ99\"><v>x</v></c>", "<row>", "<v>", "</c>", "<!--", "<![CDATA[", "\u0000", "t=\"s\"", "s=\"999\""),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), async (edits, streaming) => {
          const texts = new Map(parts.map((p) => [p.name, p.data.toString("utf8")]));
          for (const e of edits) {
            const name = xmlParts[e.part % xmlParts.length];
            const t = texts.get(name) as string;
            const at = e.at % (t.length + 1);
            texts.set(name, t.slice(0, at) + e.insert + t.slice(at + e.cut));
          }
          const zip = craftZip(parts.map((p) => ({ name: p.name, data: xmlParts.includes(p.name) ? (texts.get(p.name) as string) : p.data })));
          expect(typeof (await outcome(zip, streaming))).toBe("string");
        }),
        { numRuns: 300, seed: 42 },
      );
    });

    test("cut anywhere, or garbage of any kind", async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat(), fc.boolean(), async (n, streaming) => {
          expect(await outcome(good.subarray(0, n % good.length), streaming)).not.toBe("read");
        }),
        { numRuns: 60, seed: 7 },
      );
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
          expect(typeof (await outcome(bytes, false))).toBe("string");
        }),
        { numRuns: 100, seed: 11 },
      );
    });
  });
});
