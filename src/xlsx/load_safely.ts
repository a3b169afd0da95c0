/**
 * Loads a submitted file for validation without trusting it: the one entry point the command line and the
 * task pane use for files from outside. Before any workbook library sees the file, its bytes are inspected
 * (inspectPackage): what it is, its parts against the safety limits. Then only the parts a reader needs are
 * inflated, each within its limit, its size and CRC checked. A sheet of normal size is read by exceljs from a
 * stored copy of those checked parts; larger sheets by the streaming reader, which keeps at most
 * `maxRows` rows. Nothing is ever run (macros included) and the input is never changed.
 *
 * What was left out — macros, rows beyond the limit, text beyond Excel's cell limit — comes back as
 * warning-level findings in `notes` (code `unreadable`: a part of the file was not read), to be reported
 * with the file's other findings. A file that cannot be read at all throws.
 */
import ExcelJS from "exceljs";
import { codeInfo } from "../validate/codes";
import type { Finding, SheetTable, WorkbookTables } from "../validate/types";
import { inflatePart } from "./bounded_inflate";
import { inspectPackage } from "./inspect_package";
import { readLargeWorkbook, type ReadLosses } from "./read_large_workbook";
import { readWorkbook } from "./read_workbook";
import { refuse } from "./refusal";
import { safetyLimits, type SafetyLimits } from "./safety_limits";
import { storedZip, type StoredPart } from "./stored_zip";
import { XmlScanner } from "./xml_scanner";
import type { ZipEntry } from "./zip_directory";
import { toA1 } from "../plan/a1";

export interface SafeLoadOptions {
  /** file name, for messages and for the extension check */
  name?: string;
  /** limits to replace (see SAFETY_LIMITS) */
  limits?: Partial<SafetyLimits>;
}

/** The tables of a workbook and what was left out while reading it. */
export interface SafeWorkbookTables extends WorkbookTables {
  /** warning-level findings about the file (macros not run, rows or text not read); empty when none */
  notes: Finding[];
}

/** The parts exceljs reads (its own list); everything else — media, themes, macros, embedded files — is left out. */
const EXCELJS_PARTS = [
  /^_rels\/\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/,
  /^xl\/drawings\/_rels\/[a-zA-Z0-9]+\.xml\.rels$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/tables\/table\d+\.xml$/,
];
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

const EXTENSION_ADVICE: Readonly<Record<string, "csv" | "ods" | "xls" | "xlsb">> = { csv: "csv", ods: "ods", xls: "xls", xlsb: "xlsb" };

/** A warning-level note about the file. */
function note(sheet: string, cell: string, message: string): Finding {
  return { sheet, cell, field: "", value: null, severity: "warning", code: codeInfo("unreadable").code, message };
}

const count = (n: number): string => n.toLocaleString("ru-RU").replace(/\s/g, " ");

/** Notes for what the reading left out. */
function lossNotes(losses: ReadLosses, limits: SafetyLimits): Finding[] {
  const out: Finding[] = [];
  for (const sheet of losses.truncated) {
    out.push(
      note(
        sheet,
        "",
        `На листе «${sheet}» больше ${count(limits.maxRows)} строк: проверены первые ${count(limits.maxRows)}, остальные не читались. ` +
          "Ожидается не больше этого числа строк в одном файле — разделите данные на несколько файлов",
      ),
    );
  }
  for (const c of losses.cut) {
    const where = c.cell ? `в ячейке ${c.cell}${c.count > 1 ? ` и ещё ${count(c.count - 1)}` : ""}` : `в ${count(c.count)} ячейках`;
    out.push(
      note(
        c.sheet,
        c.cell,
        `Текст ${where} длиннее ${count(limits.maxCellChars)} символов (предел Excel): прочитаны первые ${count(limits.maxCellChars)}. ` +
          "Ожидается короткое значение ячейки — проверьте, не вставлен ли в неё целый документ",
      ),
    );
  }
  return out;
}

/** Caps rows and cell texts of tables read by exceljs, as the streaming reader does. O(cells). */
function capTables(tables: WorkbookTables, limits: SafetyLimits): ReadLosses {
  const losses: ReadLosses = { truncated: [], cut: [] };
  for (const t of tables.sheets) {
    if (t.rows.length > limits.maxRows) {
      t.rows.length = limits.maxRows;
      if (t.formulas) t.formulas.length = limits.maxRows;
      losses.truncated.push(t.name);
    }
    let cut = 0;
    let first = "";
    t.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && v.length > limits.maxCellChars) {
          row[c] = v.slice(0, limits.maxCellChars);
          if (cut++ === 0) first = toA1(r + 1, c + 1);
        }
      }),
    );
    if (cut) losses.cut.push({ sheet: t.name, cell: first, count: cut });
  }
  return losses;
}

/** The part whose XML does not scan, to name it when exceljs fails. */
function brokenPart(parts: readonly StoredPart[]): string | undefined {
  for (const p of parts) {
    if (!/\.(xml|rels|vml)$/.test(p.name)) continue;
    const stack: string[] = [];
    let broken = false;
    const scanner = new XmlScanner({
      open(name, _a, selfClosing) {
        if (!selfClosing) stack.push(name);
      },
      close(name) {
        if (stack.pop() !== name) broken = true;
      },
      text() {},
    });
    try {
      scanner.write(Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength).toString("utf8"));
      scanner.end();
    } catch {
      broken = true;
    }
    if (broken || stack.length) return p.name;
  }
  return undefined;
}

/** Reads the checked parts with exceljs, from a stored copy. */
async function readInMemory(bytes: Uint8Array, entries: readonly ZipEntry[], limits: SafetyLimits): Promise<WorkbookTables> {
  const parts: StoredPart[] = [];
  for (const e of entries) {
    if (!EXCELJS_PARTS.some((re) => re.test(e.name))) continue;
    const data = inflatePart(bytes, e, limits.maxPartBytes);
    if (data.includes("<!DOCTYPE") || data.includes("<!ENTITY")) throw refuse("dtd", { part: e.name });
    parts.push({ name: e.name, data });
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(storedZip(parts) as unknown as ExcelJS.Buffer);
    return readWorkbook(wb);
  } catch {
    const part = brokenPart(parts);
    throw part ? refuse("malformed", { part }) : refuse("failed");
  }
}

/**
 * Loads a submitted workbook within the safety limits. O(file size); memory bounded by the limits.
 * @param data the file contents (never changed)
 * @param options the file name (its extension sharpens the advice for refused files) and limits to replace
 * @throws {RefusedWorkbookError} (an UnreadableWorkbookError) with a Russian reason and what to do, when the
 *   file is not a workbook that can be read safely: empty, not a zip (PDF, image, CSV, HTML, old `.xls`,
 *   password-protected), truncated or damaged, a zip bomb, over the size limits, without `xl/workbook.xml`
 * @returns the tables, plus `notes`: warning-level findings for what was not read
 * @example (await loadWorkbookSafely(fs.readFileSync("school.xlsx"), { name: "school.xlsx" })).sheets[0].name // => "Контекстные данные"
 */
export async function loadWorkbookSafely(data: Uint8Array, options: SafeLoadOptions = {}): Promise<SafeWorkbookTables> {
  const limits = safetyLimits(options.limits);
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const inspection = inspectPackage(bytes, limits);
  const ext = /\.([a-z0-9]+)$/i.exec(options.name ?? "")?.[1]?.toLowerCase() ?? "";
  if (inspection.refusal) {
    const kind = inspection.refusal.kind;
    const advice = EXTENSION_ADVICE[ext];
    // The content decides; the name only sharpens vague reasons (a one-column CSV looks like plain text).
    if (advice && (kind === "text" || kind === "unknown" || kind === "cfb")) throw refuse(advice);
    throw inspection.refusal;
  }

  const sheetBytes = inspection.entries.filter((e) => SHEET_PART.test(e.name)).reduce((s, e) => s + e.size, 0);
  let tables: WorkbookTables;
  let losses: ReadLosses;
  if (sheetBytes > limits.streamAboveBytes) {
    ({ tables, losses } = await readLargeWorkbook(bytes, inspection.entries, limits));
  } else {
    tables = await readInMemory(bytes, inspection.entries, limits);
    losses = capTables(tables, limits);
  }

  const notes: Finding[] = [];
  if (inspection.macros || ext === "xlsm" || ext === "xltm") {
    const what = inspection.macros ? "Книга содержит макросы" : "Книга сохранена в формате с макросами (.xlsm)";
    notes.push(
      note(
        "",
        "",
        `${what}: макросы не запускались и не проверялись, проверены только данные. ` +
          "Ожидается книга без макросов — сохраните её как «Книга Excel (.xlsx)»",
      ),
    );
  }
  notes.push(...lossNotes(losses, limits));
  const out: SafeWorkbookTables = { sheets: tables.sheets as SheetTable[], notes };
  return out;
}

