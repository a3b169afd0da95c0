/**
 * The small parts of a workbook the streaming reader needs besides the sheets: the sheet list of
 * `xl/workbook.xml` (names, visibility, relationship ids, the 1904 date system), the relationship targets,
 * which cell styles are dates (`xl/styles.xml`), and the shared strings. Read the way exceljs reads them,
 * so that both readers give the same values.
 */
import { decodeXml, XmlScanner, xmlAttr, type XmlHandler } from "./xml_scanner";

export interface WorkbookSheet {
  name: string;
  /** sheetId: exceljs lists sheets in this order */
  id: number;
  /** relationship id of the sheet part */
  rid: string;
  hidden: boolean;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
}

/** Runs the scanner over a whole part. */
function scan(xml: string, handler: XmlHandler): void {
  const s = new XmlScanner(handler);
  s.write(xml);
  s.end();
}

const NOOP_TEXT = (): void => undefined;

/**
 * The sheets of `xl/workbook.xml`. O(part size).
 * @param xml the part
 * @throws {XmlScanError} when the part is not readable XML
 * @returns the sheets in sheetId order, and the date system
 * @example parseWorkbookXml('<workbook><sheets><sheet name="А" sheetId="1" r:id="rId1"/></sheets></workbook>').sheets[0].name // => "А"
 */
export function parseWorkbookXml(xml: string): WorkbookInfo {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  scan(xml, {
    open(name, attrs) {
      if (name === "sheet") {
        const state = xmlAttr(attrs, "state");
        sheets.push({
          name: xmlAttr(attrs, "name") ?? `Лист${sheets.length + 1}`,
          id: Number(xmlAttr(attrs, "sheetId") ?? sheets.length + 1),
          rid: xmlAttr(attrs, "id") ?? "",
          hidden: state === "hidden" || state === "veryHidden",
        });
      } else if (name === "workbookPr") {
        const v = xmlAttr(attrs, "date1904");
        date1904 = v === "1" || v === "true";
      }
    },
    close() {},
    text: NOOP_TEXT,
  });
  return { sheets: sheets.sort((a, b) => a.id - b.id), date1904 };
}

/**
 * Relationship id → part name, resolved against the folder of the part the rels belong to. O(part size).
 * @param xml the `.rels` part
 * @param base folder of the owning part, e.g. `xl/`
 * @throws {XmlScanError} when the part is not readable XML
 * @returns the targets
 * @example parseRels('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>', "xl/").get("rId1") // => "xl/worksheets/sheet1.xml"
 */
export function parseRels(xml: string, base: string): Map<string, string> {
  const out = new Map<string, string>();
  scan(xml, {
    open(name, attrs) {
      if (name !== "Relationship") return;
      const id = xmlAttr(attrs, "Id");
      const target = xmlAttr(attrs, "Target");
      if (id && target && xmlAttr(attrs, "TargetMode") !== "External") out.set(id, resolvePart(base, target));
    },
    close() {},
    text: NOOP_TEXT,
  });
  return out;
}

/** A relationship target as a part name: absolute targets from the root, `..` resolved. */
function resolvePart(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** Built-in number formats that exceljs reads as dates (ids 14–22 and 45–47). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Whether a number format shows a date or time, by exceljs's rule: a date letter outside quotes and brackets.
 * @param code the format code
 * @returns true for a date format
 * @example isDateFormat('dd.mm.yyyy') // => true
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/**
 * Which cell style indexes (`s` of a cell) show dates. O(part size).
 * @param xml `xl/styles.xml`
 * @throws {XmlScanError} when the part is not readable XML
 * @returns one flag per cell style (cellXfs order)
 * @example parseDateStyles('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>') // => [false, true]
 */
export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  scan(xml, {
    open(name, attrs, selfClosing) {
      if (name === "numFmt") custom.set(Number(xmlAttr(attrs, "numFmtId")), xmlAttr(attrs, "formatCode") ?? "");
      else if (name === "cellXfs") inCellXfs = !selfClosing;
      else if (name === "xf" && inCellXfs) xfs.push(Number(xmlAttr(attrs, "numFmtId") ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text: NOOP_TEXT,
  });
  return xfs.map((id) => {
    if (!id) return false;
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

/**
 * Collects the shared strings of `xl/sharedStrings.xml` fed in chunks: runs joined, phonetic runs left out,
 * each string cut to `maxChars` (counted in `cut`). O(part size); memory O(strings).
 * @example
 * const r = new SharedStringsReader(32767);
 * r.write("<sst><si><r><t>А</t></r><r><t>Б</t></r></si></sst>"); r.end();
 * r.strings // => ["АБ"]
 */
export class SharedStringsReader implements XmlHandler {
  readonly strings: string[] = [];
  /** strings cut to the limit */
  cut = 0;
  private current: string[] | null = null;
  private length = 0;
  private inT = false;
  private inPhonetic = false;
  private readonly scanner = new XmlScanner(this);

  constructor(private readonly maxChars: number) {}

  write(chunk: string): void {
    this.scanner.write(chunk);
  }

  end(): void {
    this.scanner.end();
  }

  open(name: string, _attrs: string, selfClosing: boolean): void {
    if (name === "si") {
      this.current = [];
      this.length = 0;
      if (selfClosing) this.close("si");
    } else if (name === "rPh") this.inPhonetic = !selfClosing;
    else if (name === "t" && this.current && !this.inPhonetic) this.inT = !selfClosing;
  }

  close(name: string): void {
    if (name === "si" && this.current) {
      let s = this.current.join("");
      if (s.length > this.maxChars) {
        s = s.slice(0, this.maxChars);
        this.cut++;
      }
      this.strings.push(s);
      this.current = null;
    } else if (name === "rPh") this.inPhonetic = false;
    else if (name === "t") this.inT = false;
  }

  text(raw: string, cdata: boolean): void {
    if (!this.inT || !this.current || this.length > this.maxChars) return;
    const t = cdata ? raw : decodeXml(raw);
    this.current.push(t);
    this.length += t.length;
  }
}
