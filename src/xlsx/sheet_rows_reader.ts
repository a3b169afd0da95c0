/**
 * The values of one sheet's XML, fed in chunks, as the rows of a host-neutral table — the streaming
 * counterpart of readWorksheet, for sheets too large to load whole. Values come out as exceljs gives them:
 * shared and inline strings (rich text as plain text), numbers, booleans, error texts, cached formula
 * results, dates for numbers in date styles. Rows beyond `maxRows` are not kept: the first value found
 * beyond them stops the reading and is reported. Formulas are not collected (the validator reads values).
 */
import type { CellValue } from "../validate/types";
import { decodeXml, XmlScanner, xmlAttr, type XmlHandler } from "./xml_scanner";

export interface SheetRowsOptions {
  sharedStrings: readonly string[];
  /** per cell style: whether it shows a date */
  dateStyles: readonly boolean[];
  date1904: boolean;
  /** sheet rows kept (row numbers 1…maxRows) */
  maxRows: number;
  /** characters kept of one cell's text */
  maxCellChars: number;
}

/** Thrown by the reader when the sheet XML contradicts itself (a shared string that does not exist). */
export class SheetDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SheetDataError";
  }
}

/** Excel serial date → Date, as exceljs converts it. */
function excelDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** Column number of an A1 reference (`AB12` → 28), or 0 when it has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col;
}

/** Excel's last column (XFD). */
const MAX_COLUMN = 16384;

/**
 * Reads one sheet's XML fed in chunks. O(XML length) time until it stops; memory O(rows kept).
 * @example
 * const r = new SheetRowsReader({ sharedStrings: [], dateStyles: [], date1904: false, maxRows: 10, maxCellChars: 32767 });
 * r.write('<worksheet><sheetData><row r="2"><c r="B2"><v>5</v></c></row></sheetData></worksheet>');
 * r.end();
 * r.rows // => [[], [null, 5]]
 */
export class SheetRowsReader implements XmlHandler {
  /** rows as read: row 0 = sheet row 1; rows without values are empty arrays */
  readonly rows: CellValue[][] = [];
  /** a value was found beyond `maxRows`: the reading stopped there */
  truncated = false;
  /** the sheet XML reached its end (`</sheetData>`) */
  complete = false;
  /** cells whose text was cut to `maxCellChars`, first one's address */
  cutCells = 0;
  firstCutCell = "";

  private readonly scanner = new XmlScanner(this);
  private inData = false;
  private rowNo = 0;
  private row: CellValue[] | null = null;
  private rowPresent = false;
  private colNo = 0;
  private inCell = false;
  private type = "";
  private style = 0;
  private hasValue = false;
  private hasFormula = false;
  private capture: "v" | "t" | null = null;
  private buf: string[] = [];
  private textLength = 0;
  private inInline = false;
  private inPhonetic = false;

  constructor(private readonly o: SheetRowsOptions) {}

  /** Whether the caller can stop feeding: the rows kept are final. */
  get done(): boolean {
    return this.truncated || this.complete;
  }

  /**
   * Feeds the next chunk of the sheet XML. O(chunk length).
   * @throws {XmlScanError} on broken markup; {SheetDataError} on a shared string that does not exist
   */
  write(chunk: string): void {
    if (!this.done) this.scanner.write(chunk);
  }

  /** Ends the input. @throws {XmlScanError} when the markup is unfinished */
  end(): void {
    if (!this.done) this.scanner.end();
    for (let i = 0; i < this.rows.length; i++) if (!this.rows[i]) this.rows[i] = [];
  }

  open(name: string, attrs: string, selfClosing: boolean): void {
    if (this.done) return;
    if (name === "sheetData") {
      this.inData = !selfClosing;
      if (selfClosing) this.complete = true;
      return;
    }
    if (!this.inData) return;
    switch (name) {
      case "row": {
        const r = Number(xmlAttr(attrs, "r"));
        this.rowNo = Number.isInteger(r) && r > 0 ? r : this.rowNo + 1;
        this.colNo = 0;
        this.row = [];
        this.rowPresent = false;
        if (selfClosing) this.row = null;
        return;
      }
      case "c": {
        if (!this.row) return;
        const ref = xmlAttr(attrs, "r");
        const col = ref ? columnOf(ref) : 0;
        this.colNo = col > 0 && col <= MAX_COLUMN ? col : this.colNo + 1;
        this.type = xmlAttr(attrs, "t") ?? "";
        this.style = Number(xmlAttr(attrs, "s") ?? 0) || 0;
        this.hasValue = false;
        this.hasFormula = false;
        this.buf = [];
        this.textLength = 0;
        this.inCell = !selfClosing;
        return;
      }
      case "v":
        if (this.inCell && !selfClosing) this.startCapture("v");
        else if (this.inCell) this.hasValue = true;
        return;
      case "f":
        if (this.inCell) this.hasFormula = true;
        return;
      case "is":
        if (this.inCell) this.inInline = !selfClosing;
        if (this.inCell) this.hasValue = true;
        return;
      case "rPh":
        this.inPhonetic = !selfClosing;
        return;
      case "t":
        if (this.inInline && !this.inPhonetic && !selfClosing) this.capture = "t";
        return;
    }
  }

  private startCapture(kind: "v" | "t"): void {
    this.capture = kind;
    this.hasValue = true;
    this.buf = [];
    this.textLength = 0;
  }

  close(name: string): void {
    if (this.done) return;
    switch (name) {
      case "v":
      case "t":
        this.capture = null;
        return;
      case "is":
        this.inInline = false;
        return;
      case "rPh":
        this.inPhonetic = false;
        return;
      case "c":
        if (this.inCell) this.endCell();
        this.inCell = false;
        return;
      case "row":
        this.endRow();
        return;
      case "sheetData":
        this.inData = false;
        this.complete = true;
        return;
    }
  }

  text(raw: string, cdata: boolean): void {
    if (!this.capture || this.textLength > this.o.maxCellChars) return;
    const t = cdata ? raw : decodeXml(raw);
    this.buf.push(t);
    this.textLength += t.length;
  }

  private cellText(): string {
    let s = this.buf.join("");
    if (s.length > this.o.maxCellChars) {
      s = s.slice(0, this.o.maxCellChars);
      if (this.cutCells++ === 0) this.firstCutCell = `${columnName(this.colNo)}${this.rowNo}`;
    }
    return s;
  }

  private endCell(): void {
    if (!this.row || (!this.hasValue && !this.hasFormula)) return;
    let value: CellValue = null;
    if (this.hasValue) {
      const t = this.type;
      if (t === "s") {
        const i = Number(this.buf.join(""));
        const s = this.o.sharedStrings[i];
        if (!Number.isInteger(i) || s === undefined) throw new SheetDataError(`общей строки ${this.buf.join("")} нет`);
        value = s;
      } else if (t === "str" || t === "inlineStr") value = this.cellText();
      else if (t === "b") value = Number(this.buf.join("")) !== 0;
      else if (t === "e") value = this.buf.join("");
      else if (t === "d") {
        const d = new Date(this.buf.join(""));
        value = Number.isNaN(d.getTime()) ? this.buf.join("") : d;
      } else if (this.textLength > 0) {
        const n = parseFloat(this.buf.join(""));
        value = this.o.dateStyles[this.style] && Number.isFinite(n) ? excelDate(n, this.o.date1904) : n;
      }
    }
    if (this.rowNo > this.o.maxRows) {
      // Beyond the limit: only whether there is anything matters.
      if (value !== null || this.hasFormula) this.truncated = true;
      return;
    }
    this.row[this.colNo - 1] = value;
    this.rowPresent = true;
  }

  private endRow(): void {
    const row = this.row;
    this.row = null;
    if (!row || !this.rowPresent || this.rowNo > this.o.maxRows) return;
    for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
    this.rows[this.rowNo - 1] = row;
  }
}

/** Column letters of a column number. */
function columnName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
