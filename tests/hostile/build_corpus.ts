/**
 * Builds the corpus of hostile and broken files into a directory, at test time (nothing binary is
 * committed). Each case names the file, what it is, and what validating it must give: the refusal kind
 * (the file is not read: one `unreadable` error) or the codes of the findings and notes. The large files
 * are streamed to disk, so building them takes little memory.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import ExcelJS from "exceljs";
import { formSpec } from "../../src/forms";
import { buildSheetPlan, type SheetPlan } from "../../src/plan";
import { planWorkbookBuffer, readZipDirectory, type RefusalKind } from "../../src/xlsx";
import { fillRows, load, save, type Fill } from "../xlsx/helpers";
import { craftCfb } from "./cfb_craft";
import { craftZip, writeZipFile, type CraftEntry } from "./zip_craft";

export interface CorpusCase {
  /** file name in the corpus directory */
  file: string;
  /** what the file is */
  what: string;
  /** the form it is validated against */
  form: string;
  /** refused: the kind, and words the Russian reason must contain */
  refusal?: { kind: RefusalKind; says: RegExp };
  /** read: codes that must be among the findings (`unreadable` here = a warning note) */
  codes?: string[];
  /** read: codes that must not be there */
  notCodes?: string[];
  /** words one finding's message must contain */
  says?: RegExp;
  /** large: validated in a child process whose peak memory is measured */
  large?: boolean;
}

export const GOOD: Fill = {
  "Код ОО": "670101",
  "Наименование ОО": "МБОУ СОШ № 1",
  "Муниципальное образование": "Ярцевский район",
  "Тип местности": "город",
  "Учебный год": "2024/2025",
  "Численность обучающихся": 420,
  "Из малообеспеченных семей": 12,
  "Из неполных семей": 40,
  "Из многодетных семей": 5,
  "Русский язык не родной": 3,
  "С ОВЗ": 2,
  "Дети-сироты и оставшиеся без попечения": 1,
  "На учёте (ВШУ, ПДН, КДН)": 0,
  "Хотя бы один родитель с высшим образованием": 300,
  "Безработные родители (один или оба)": 10,
};

const contextPlan = (): SheetPlan => buildSheetPlan(formSpec("context"), { dataRows: 20 });

/** A context template with rows filled in, as exceljs saves it. */
async function contextFile(rows: Fill[], edit?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const plan = contextPlan();
  const wb = await load(await planWorkbookBuffer([plan]));
  const ws = wb.getWorksheet(plan.sheetName) as ExcelJS.Worksheet;
  fillRows(ws, plan, rows);
  edit?.(ws, wb);
  return save(wb);
}

/** The parts of a zip, inflated (for rewriting). */
function partsOf(zip: Buffer): { name: string; data: Buffer }[] {
  return readZipDirectory(zip, 10000).map((e) => {
    const raw = zip.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    return { name: e.name, data: e.method === 0 ? Buffer.from(raw) : zlib.inflateRawSync(raw) };
  });
}

/** A zip's parts rewritten by `edit` (return undefined to drop a part), plus `extra` parts. */
function rewrite(zip: Buffer, edit: (name: string, text: string) => string | undefined, extra: CraftEntry[] = []): Buffer {
  const entries: CraftEntry[] = [];
  for (const p of partsOf(zip)) {
    const text = edit(p.name, p.data.toString("utf8"));
    if (text === undefined) continue;
    entries.push({ name: p.name, data: /\.(xml|rels|vml)$/.test(p.name) ? text : p.data });
  }
  return craftZip([...entries, ...extra]);
}

const SHEET = "xl/worksheets/sheet1.xml";

/** The rows of a million-row context sheet, as sheet XML in pieces of 10 000 rows. */
function* millionRows(rows: number): Generator<string> {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const s = (text: string): string => `<c t="inlineStr"><is><t>${text}</t></is></c>`;
  const n = (v: number): string => `<c><v>${v}</v></c>`;
  const headers = Object.keys(GOOD);
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${ns}><sheetData>`;
  yield `<row r="1">${s("Контекстные данные ОО")}<c r="P1" t="inlineStr"><is><t>edu-roadmap:context:v1</t></is></c></row>`;
  yield `<row r="3">${headers.map(s).join("")}</row>`;
  let piece: string[] = [];
  for (let r = 4; r < rows + 4; r++) {
    const k = r % 997;
    piece.push(
      `<row r="${r}">${s(String(700000 + r))}${s(`Школа ${k}`)}${s("Ярцевский район")}${s(k % 2 ? "город" : "село")}${s("2024/2025")}` +
        `${n(400 + k)}${n(k % 40)}${n(k % 30)}${n(k % 20)}${n(k % 10)}${n(k % 5)}${n(k % 3)}${n(k % 2)}${n(k % 300)}${n(k % 9)}</row>`,
    );
    if (piece.length === 10000) {
      yield piece.join("");
      piece = [];
    }
  }
  yield `${piece.join("")}</sheetData></worksheet>`;
}

/** Text of about `chars` characters of Russian words in a deterministic pseudo-random order (compresses like prose). */
function prose(chars: number): string {
  const words = ["школа", "обучающихся", "программа", "поддержки", "результаты", "мониторинг", "педагог", "район", "учебный", "год", "план", "мероприятие", "оценка", "качество", "образования", "родители"];
  let x = 12345;
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const w = `${words[x % words.length]}${x % 7 === 0 ? ", " : " "}${x % 97}`;
    out.push(w, " ");
    n += w.length + 1;
  }
  return out.join("");
}

/** Zeros in pieces of 16 MiB. */
function* zeros(bytes: number): Generator<Uint8Array> {
  const piece = new Uint8Array(16 * 2 ** 20);
  for (let left = bytes; left > 0; left -= piece.length) yield left >= piece.length ? piece : piece.subarray(0, left);
}

/**
 * Writes the corpus into `dir`.
 * @returns the cases, in a fixed order
 */
export async function buildCorpus(dir: string): Promise<CorpusCase[]> {
  fs.mkdirSync(dir, { recursive: true });
  const cases: CorpusCase[] = [];
  const put = (c: CorpusCase, data: Uint8Array | string): void => {
    fs.writeFileSync(path.join(dir, c.file), data);
    cases.push(c);
  };

  const good = await contextFile([GOOD, { ...GOOD, "Код ОО": "670102", "Наименование ОО": "МБОУ СОШ № 2" }]);
  const goodParts = partsOf(good);
  const workbookParts = goodParts.filter((p) => p.name !== SHEET).map((p) => ({ name: p.name, data: p.data }));

  put({ file: "good.xlsx", what: "a filled template (control)", form: "context", codes: [], notCodes: ["unreadable", "header", "form-not-found"] }, good);

  // Not a workbook at all.
  put({ file: "letter.txt", what: "a plain text letter", form: "context", refusal: { kind: "text", says: /текстовый файл/ } }, "Добрый день! Высылаем отчёт школы.\nС уважением, директор.\n");
  put({ file: "report.pdf", what: "a PDF", form: "context", refusal: { kind: "pdf", says: /PDF/ } }, "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
  put(
    { file: "scan.png", what: "a PNG image", form: "context", refusal: { kind: "image", says: /изображение \(PNG\)/ } },
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]),
  );
  put({ file: "empty.xlsx", what: "an empty file", form: "context", refusal: { kind: "empty", says: /пустой/ } }, new Uint8Array(0));
  put(
    { file: "table.csv", what: "a CSV export", form: "context", refusal: { kind: "csv", says: /CSV/ } },
    "Код ОО;Наименование ОО;Численность обучающихся\n670101;МБОУ СОШ № 1;420\n670102;МБОУ СОШ № 2;315\n",
  );
  put(
    { file: "page.xls", what: "an HTML table saved as .xls", form: "context", refusal: { kind: "html", says: /веб-страница/ } },
    '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>Код ОО</td></tr></table></body></html>',
  );
  put(
    { file: "xml2003.xml", what: "an XML Spreadsheet 2003", form: "context", refusal: { kind: "xml-2003", says: /XML 2003/ } },
    '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Лист1"/></Workbook>',
  );

  // Compound files: password-protected .xlsx, old .xls, and one whose directory cannot be read.
  put({ file: "protected.xlsx", what: "a password-protected .xlsx (CFB with EncryptedPackage)", form: "context", refusal: { kind: "encrypted", says: /паролем/ } }, craftCfb(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]));
  put({ file: "old.xls", what: "an old Excel 97–2003 .xls (CFB with Workbook)", form: "context", refusal: { kind: "xls", says: /старом формате \.xls/ } }, craftCfb(["Workbook", "\u0005SummaryInformation"]));
  const brokenCfb = craftCfb(["Workbook"]);
  brokenCfb.fill(0xab, 512);
  put({ file: "damaged-cfb.xlsx", what: "a compound file with an unreadable directory, named .xlsx", form: "context", refusal: { kind: "cfb", says: /паролем или сохранён в старом формате/ } }, brokenCfb);

  // Broken zips.
  put({ file: "truncated.xlsx", what: "the control file cut in half", form: "context", refusal: { kind: "zip-truncated", says: /обрезан/ } }, good.subarray(0, Math.floor(good.length / 2)));
  put(
    { file: "bad-crc.xlsx", what: "the sheet's CRC does not match its data", form: "context", refusal: { kind: "crc", says: /контрольная сумма части «xl\/worksheets\/sheet1\.xml»/ } },
    craftZip(goodParts.map((p) => ({ name: p.name, data: p.data, ...(p.name === SHEET ? { crc: (zlib.crc32(p.data) ^ 0x5a5a) >>> 0 } : {}) }))),
  );
  put(
    { file: "encrypted-entries.xlsx", what: "zip parts flagged as encrypted (zip password)", form: "context", refusal: { kind: "zip-encrypted", says: /зашифрованы/ } },
    craftZip(goodParts.map((p) => ({ name: p.name, data: p.data, flags: p.name === SHEET ? 1 : 0 }))),
  );

  // Zip bombs.
  const bombSize = 200 * 2 ** 20;
  const bombRaw = (() => {
    const out: Buffer[] = [];
    for (const z of zeros(bombSize)) out.push(zlib.deflateRawSync(z, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH }));
    out.push(zlib.deflateRawSync(Buffer.alloc(0), { level: 9 }));
    return Buffer.concat(out);
  })();
  const bombCrc = (() => {
    let c = 0;
    for (const z of zeros(bombSize)) c = zlib.crc32(z, c);
    return c;
  })();
  put(
    { file: "bomb-zeros.xlsx", what: "a sheet of 200 MiB of zeros in about 200 KiB (ratio about 1 000)", form: "context", refusal: { kind: "bomb-ratio", says: /zip-бомб/ } },
    craftZip([...workbookParts, { name: SHEET, raw: bombRaw, size: bombSize, crc: bombCrc }]),
  );
  put(
    { file: "bomb-lying.xlsx", what: "a sheet that declares 2 KiB and inflates to 200 MiB of zeros", form: "context", refusal: { kind: "size-mismatch", says: /не того размера/ } },
    craftZip([...workbookParts, { name: SHEET, raw: bombRaw, size: 2048, crc: bombCrc }]),
  );
  // Declared 3 × 900 MiB at a believable ratio: refused on the declared total before anything is inflated.
  const junk = Buffer.alloc(2 * 2 ** 20, 0x33);
  put(
    { file: "bomb-total.xlsx", what: "three parts declaring 900 MiB each (2,6 GiB in total)", form: "context", refusal: { kind: "bomb-total", says: /распаковывается в 2,6 ГБ/ } },
    craftZip([...workbookParts, ...[1, 2, 3].map((i) => ({ name: `xl/media/image${i}.png`, raw: junk, size: 900 * 2 ** 20 }))]),
  );
  // Every directory entry points at the same compressed kernel: overlapping parts.
  const kernel = zlib.deflateRawSync(Buffer.alloc(2 ** 20));
  const overlap = craftZip([...workbookParts, { name: "xl/media/kernel.bin", raw: kernel, size: 2 ** 20, crc: zlib.crc32(Buffer.alloc(2 ** 20)) }]);
  const overlapBomb = (() => {
    const entries = readZipDirectory(overlap, 100);
    const k = entries.find((e) => e.name === "xl/media/kernel.bin");
    if (!k) throw new Error("no kernel");
    const copies: CraftEntry[] = Array.from({ length: 200 }, (_, i) => ({ name: `xl/media/copy${i}.bin`, raw: Buffer.alloc(0), size: 2 ** 20, offset: k.localOffset }));
    return craftZip([...workbookParts, { name: "xl/media/kernel.bin", raw: kernel, size: 2 ** 20, crc: zlib.crc32(Buffer.alloc(2 ** 20)) }, ...copies]);
  })();
  put({ file: "bomb-overlap.xlsx", what: "200 directory entries pointing at one compressed kernel", form: "context", refusal: { kind: "zip-corrupt", says: /повреждён/ } }, overlapBomb);
  put(
    { file: "many-entries.xlsx", what: "the control workbook plus 6 000 tiny parts", form: "context", refusal: { kind: "too-many-entries", says: /6 0\d\d частей/ } },
    craftZip([...goodParts, ...Array.from({ length: 6000 }, (_, i) => ({ name: `xl/custom/item${i}.xml`, data: "<a/>", method: 0 }))]),
  );

  // Archives that are not workbooks.
  put(
    { file: "nested.zip", what: "a zip with a filled workbook inside", form: "context", refusal: { kind: "zip-archive", says: /внутри «Школа 1\.xlsx»/ } },
    craftZip([{ name: "Школа 1.xlsx", data: good, method: 0 }]),
  );
  put(
    { file: "no-workbook.xlsx", what: "an .xlsx without xl/workbook.xml", form: "context", refusal: { kind: "no-workbook", says: /xl\/workbook\.xml/ } },
    craftZip(goodParts.filter((p) => p.name !== "xl/workbook.xml")),
  );
  put(
    { file: "book.ods", what: "a LibreOffice .ods", form: "context", refusal: { kind: "ods", says: /\.ods/ } },
    craftZip([
      { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", method: 0 },
      { name: "content.xml", data: "<office:document-content/>" },
      { name: "META-INF/manifest.xml", data: "<manifest:manifest/>" },
    ]),
  );
  put(
    { file: "binary.xlsb", what: "a binary workbook .xlsb", form: "context", refusal: { kind: "xlsb", says: /\.xlsb/ } },
    craftZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "xl/workbook.bin", data: Buffer.alloc(64, 1) },
    ]),
  );
  put(
    { file: "letter.docx", what: "a Word .docx", form: "context", refusal: { kind: "docx", says: /Word/ } },
    craftZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/document.xml", data: "<w:document/>" },
    ]),
  );

  // Workbooks that are hostile inside.
  put(
    { file: "dtd.xlsx", what: "a workbook part with a DTD and nested entities (billion laughs)", form: "context", refusal: { kind: "dtd", says: /DTD/ } },
    rewrite(good, (name, text) =>
      name === "xl/workbook.xml"
        ? text.replace("?>", '?><!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>')
        : text,
    ),
  );
  put(
    { file: "malformed-sheet.xlsx", what: "sheet XML with a tag cut off", form: "context", refusal: { kind: "malformed", says: /часть «xl\/worksheets\/sheet1\.xml» не читается как XML/ } },
    rewrite(good, (name, text) => (name === SHEET ? text.replace("</sheetData>", "<row r=\"30\"><c r=\"A30\"><v>1</v></sheetData>") : text)),
  );
  put(
    { file: "bad-shared-string.xlsx", what: "a cell pointing at a shared string that does not exist", form: "context", refusal: { kind: "failed", says: /повреждён/ } },
    rewrite(good, (name, text) => (name === SHEET ? text.replace("</sheetData>", '<row r="30"><c r="A30" t="s"><v>99999</v></c></row></sheetData>') : text)),
  );
  const vba = Buffer.concat([craftCfb(["VBA", "PROJECT", "dir"]), Buffer.from("Sub AutoOpen()\nShell \"calc\"\nEnd Sub\n")]);
  put(
    { file: "macros.xlsm", what: "the control workbook with vbaProject.bin (an auto-open macro)", form: "context", codes: ["unreadable"], says: /макросы не запускались/ },
    rewrite(
      good,
      (name, text) => (name === "[Content_Types].xml" ? text.replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml") : text),
      [{ name: "xl/vbaProject.bin", data: vba }],
    ),
  );
  put(
    { file: "embedded-bomb.xlsx", what: "a workbook with an embedded zip bomb (xl/embeddings), never opened", form: "context", codes: [], notCodes: ["unreadable"] },
    rewrite(good, (_n, t) => t, [{ name: "xl/embeddings/oleObject1.bin", data: craftZip([{ name: "zeros.bin", raw: bombRaw, size: bombSize, crc: bombCrc }]), method: 0 }]),
  );
  put(
    { file: "million-rows.xlsx", what: "a context sheet of 1 000 000 filled rows", form: "context", codes: ["unreadable"], says: /больше 100 000 строк: проверены первые 100 000/, large: true },
    new Uint8Array(0),
  );
  writeZipFile(path.join(dir, "million-rows.xlsx"), [...workbookParts.map((p) => ({ name: p.name, data: p.data })), { name: SHEET, chunks: () => millionRows(1000000) }]);

  // Spreadsheets that are readable but not what the form expects.
  put(
    { file: "merged-header.xlsx", what: "two header cells merged into one (B3:C3)", form: "context", codes: ["header"], says: /Нет столбца «Муниципальное образование»/ },
    await contextFile([GOOD], (ws) => {
      ws.mergeCells("B3:C3");
    }),
  );
  put(
    { file: "typed-as-text.xlsx", what: "numbers and dates typed as text, a real date in a number column", form: "context", codes: ["type"], notCodes: ["unreadable"], says: /«01\.09\.2024»/ },
    await contextFile([
      { ...GOOD, "Численность обучающихся": "1 234", "Из неполных семей": "12,0", "Из малообеспеченных семей": "01.09.2024" },
      { ...GOOD, "Код ОО": "670102", "Из многодетных семей": new Date(Date.UTC(2024, 8, 1)), "Учебный год": "01.09.2024" },
    ]),
  );
  put(
    { file: "renamed-headers.xlsx", what: "headers renamed by hand", form: "context", codes: ["header"], says: /на его месте «Код школы»/ },
    await contextFile([GOOD], (ws) => {
      ws.getCell("A3").value = "Код школы";
      ws.getCell("F3").value = "Всего учеников";
    }),
  );
  put(
    { file: "hidden-sheet.xlsx", what: "the form's sheet hidden behind an empty visible one", form: "context", codes: ["part-exceeds-total"], notCodes: ["form-not-found"] },
    await contextFile([{ ...GOOD, "С ОВЗ": 500 }], (ws, wb) => {
      ws.state = "hidden";
      wb.addWorksheet("Лист1");
    }),
  );
  put(
    { file: "huge-cell.xlsx", what: "a 10 MB text in one cell", form: "context", codes: ["unreadable"], says: /длиннее 32 767 символов/ },
    await contextFile([{ ...GOOD, "Наименование ОО": prose(10 * 2 ** 20) }]),
  );
  put(
    { file: "formula-errors.xlsx", what: "formulas with cached errors in number columns", form: "context", codes: ["type"], says: /#DIV\/0!/ },
    await contextFile([GOOD], (ws) => {
      ws.getCell("F4").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
      ws.getCell("G4").value = { formula: "\"a\"+1", result: { error: "#VALUE!" } } as ExcelJS.CellValue;
    }),
  );
  put(
    { file: "shared-strings.xlsx", what: "shared strings with rich-text runs, phonetic runs, entities and kept spaces", form: "context", codes: [], notCodes: ["unreadable", "required", "header"] },
    rewrite(good, (name, text) => {
      if (name === "xl/sharedStrings.xml") {
        return text.replace(/<si><t>МБОУ СОШ № 1<\/t><\/si>/, '<si><r><rPr><b/></rPr><t>МБОУ </t></r><r><t xml:space="preserve">СОШ &#8470; 1</t></r><rPh sb="0" eb="1"><t>ФОНЕТИКА</t></rPh></si>');
      }
      return text;
    }),
  );
  put(
    { file: "other-content.xlsx", what: "a sheet named like the form with a letter in it", form: "context", codes: ["form-not-found"] },
    await (async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Контекстные данные");
      ws.getCell("A1").value = "Уважаемые коллеги!";
      ws.getCell("A2").value = "Данные будут направлены позднее.";
      return save(wb);
    })(),
  );
  return cases;
}
