/**
 * A SpreadsheetApp / HtmlService test double that is strict where Apps Script is strict, so that code passing
 * here does not fail on its first run in Google Sheets. It implements only the members the add-on uses (plus a
 * few getters for tests) and throws for anything Apps Script would refuse:
 *
 * - a range's `set…s(values)` must have exactly the range's rows and columns;
 * - a cell holds at most 50,000 characters; a formula starts with `=` (`""` clears the cell, as in Sheets);
 * - ranges lie inside the sheet (a new sheet has 1000 rows × 26 columns; it grows only by insertRows…/
 *   insertColumns…, and a spreadsheet holds at most 10 million cells);
 * - sheet names are unique ignoring case, non-empty and at most 100 characters;
 * - merges do not overlap and do not cross a frozen row or column (in either order);
 * - validation and conditional-format builders need a criterion (and ranges) before `build()`, formulas of
 *   `requireFormulaSatisfied` / `whenFormulaSatisfied` start with `=`, list values are non-empty texts;
 * - unprotected ranges belong to a sheet protection only; a sheet has at most one filter.
 *
 * A string written with `setValues` is read like typed input (Sheets does so unless the cell's number format
 * is plain text `@`): `=…` becomes a formula, and in the ru_RU locale `12` / `12,5` become numbers, `1.10` a
 * date, `ИСТИНА`/`TRUE` a boolean. Formulas are stored, not calculated: their value reads as `""`.
 *
 * Every call on a spreadsheet, sheet, range, range list, protection or filter is counted (`calls`), as is every
 * builder and UI call (`builderCalls`), so tests can keep the number of Apps Script calls O(columns).
 */

export type DoubleValue = string | number | boolean | Date;

/** What a cell of the double holds. */
export interface DoubleCell {
  value?: DoubleValue;
  formula?: string;
  numberFormat?: string;
  background?: string | null;
  fontWeight?: string | null;
  fontStyle?: string | null;
  fontSize?: number | null;
  fontColor?: string | null;
  horizontal?: string | null;
  vertical?: string | null;
  wrap?: string;
  border?: { color: string | null; style: string | null };
  note?: string;
  validation?: DoubleDataValidation | null;
}

const MAX_CELL_CHARS = 50_000;
const MAX_SHEET_NAME = 100;
const MAX_CELLS = 10_000_000;
const MAX_COLUMNS = 18_278;
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

export const WrapStrategy = Object.freeze({ WRAP: "WRAP", OVERFLOW: "OVERFLOW", CLIP: "CLIP" });
export const BorderStyle = Object.freeze({ SOLID: "SOLID", SOLID_MEDIUM: "SOLID_MEDIUM", DOTTED: "DOTTED", DASHED: "DASHED" });
export const ProtectionType = Object.freeze({ RANGE: "RANGE", SHEET: "SHEET" });

/** An error as Apps Script throws it: `Exception: …`. */
export class AppsScriptException extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Exception";
  }
}
function fail(message: string): never {
  throw new AppsScriptException(message);
}

/** Call counters shared by all objects of one double. */
export class CallLog {
  readonly calls = new Map<string, number>();
  readonly builderCalls = new Map<string, number>();
  count(name: string): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
  }
  countBuilder(name: string): void {
    this.builderCalls.set(name, (this.builderCalls.get(name) ?? 0) + 1);
  }
  total(): number {
    let n = 0;
    for (const v of this.calls.values()) n += v;
    return n;
  }
  totalBuilder(): number {
    let n = 0;
    for (const v of this.builderCalls.values()) n += v;
    return n;
  }
  of(name: string): number {
    return this.calls.get(name) ?? 0;
  }
  reset(): void {
    this.calls.clear();
    this.builderCalls.clear();
  }
}

function letters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
function columnOf(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Parses `A1`, `$A$1`, `A1:B2` (Apps Script accepts the `$` signs). */
function parseA1(a1: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(a1.trim());
  if (!m) return fail(`Range not found: ${a1}`);
  const r1 = Number(m[2]);
  const c1 = columnOf(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? columnOf(m[3]) : c1;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

export class DoubleDataValidation {
  constructor(
    readonly criteria: string,
    readonly values: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType(): string {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
}

/** `SpreadsheetApp.newDataValidation()`. */
export class DoubleDataValidationBuilder {
  private criteria?: string;
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = "";
  constructor(private readonly log: CallLog) {}
  private set(name: string, criteria: string, values: unknown[]): this {
    this.log.countBuilder(`DataValidationBuilder.${name}`);
    this.criteria = criteria;
    this.values = values;
    return this;
  }
  private num(name: string, ...ns: unknown[]): void {
    for (const n of ns) if (typeof n !== "number" || !Number.isFinite(n)) fail(`Invalid argument: ${name} expects numbers, got ${String(n)}`);
  }
  requireValueInList(values: unknown, showDropdown = true): this {
    if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== "string" || v === "")) {
      fail("Invalid argument: requireValueInList expects a non-empty list of non-empty texts");
    }
    return this.set("requireValueInList", "VALUE_IN_LIST", [[...(values as string[])], showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown = true): this {
    if (!(range instanceof DoubleRange)) fail("Invalid argument: requireValueInRange expects a Range");
    return this.set("requireValueInRange", "VALUE_IN_RANGE", [range, showDropdown]);
  }
  requireNumberBetween(a: number, b: number): this {
    this.num("requireNumberBetween", a, b);
    return this.set("requireNumberBetween", "NUMBER_BETWEEN", [a, b]);
  }
  requireNumberNotBetween(a: number, b: number): this {
    this.num("requireNumberNotBetween", a, b);
    return this.set("requireNumberNotBetween", "NUMBER_NOT_BETWEEN", [a, b]);
  }
  requireNumberEqualTo(a: number): this {
    this.num("requireNumberEqualTo", a);
    return this.set("requireNumberEqualTo", "NUMBER_EQUAL_TO", [a]);
  }
  requireNumberNotEqualTo(a: number): this {
    this.num("requireNumberNotEqualTo", a);
    return this.set("requireNumberNotEqualTo", "NUMBER_NOT_EQUAL_TO", [a]);
  }
  requireNumberGreaterThan(a: number): this {
    this.num("requireNumberGreaterThan", a);
    return this.set("requireNumberGreaterThan", "NUMBER_GREATER_THAN", [a]);
  }
  requireNumberGreaterThanOrEqualTo(a: number): this {
    this.num("requireNumberGreaterThanOrEqualTo", a);
    return this.set("requireNumberGreaterThanOrEqualTo", "NUMBER_GREATER_THAN_OR_EQUAL_TO", [a]);
  }
  requireNumberLessThan(a: number): this {
    this.num("requireNumberLessThan", a);
    return this.set("requireNumberLessThan", "NUMBER_LESS_THAN", [a]);
  }
  requireNumberLessThanOrEqualTo(a: number): this {
    this.num("requireNumberLessThanOrEqualTo", a);
    return this.set("requireNumberLessThanOrEqualTo", "NUMBER_LESS_THAN_OR_EQUAL_TO", [a]);
  }
  requireFormulaSatisfied(formula: string): this {
    if (typeof formula !== "string" || !formula.startsWith("=")) fail(`Invalid argument: formula must start with "=": ${String(formula)}`);
    return this.set("requireFormulaSatisfied", "CUSTOM_FORMULA", [formula]);
  }
  setAllowInvalid(allow: boolean): this {
    this.log.countBuilder("DataValidationBuilder.setAllowInvalid");
    if (typeof allow !== "boolean") fail("Invalid argument: setAllowInvalid expects a boolean");
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.log.countBuilder("DataValidationBuilder.setHelpText");
    if (typeof text !== "string") fail("Invalid argument: setHelpText expects a text");
    this.helpText = text;
    return this;
  }
  build(): DoubleDataValidation {
    this.log.countBuilder("DataValidationBuilder.build");
    if (!this.criteria) return fail("A data validation rule needs a criterion: call one of the require… methods before build()");
    return new DoubleDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
  }
}

export class DoubleConditionalFormatRule {
  constructor(
    readonly formula: string,
    readonly ranges: readonly DoubleRange[],
    readonly format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean },
  ) {}
  getRanges(): DoubleRange[] {
    return [...this.ranges];
  }
  getBooleanCondition(): { getCriteriaType(): string; getCriteriaValues(): unknown[]; getBackground(): string | null; getFontColor(): string | null; getBold(): boolean | null } {
    return {
      getCriteriaType: () => "CUSTOM_FORMULA",
      getCriteriaValues: () => [this.formula],
      getBackground: () => this.format.background ?? null,
      getFontColor: () => this.format.fontColor ?? null,
      getBold: () => this.format.bold ?? null,
    };
  }
}

/** `SpreadsheetApp.newConditionalFormatRule()`. */
export class DoubleConditionalFormatRuleBuilder {
  private formula?: string;
  private ranges: DoubleRange[] = [];
  private format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean } = {};
  constructor(private readonly log: CallLog) {}
  whenFormulaSatisfied(formula: string): this {
    this.log.countBuilder("ConditionalFormatRuleBuilder.whenFormulaSatisfied");
    if (typeof formula !== "string" || !formula.startsWith("=")) fail(`Invalid argument: formula must start with "=": ${String(formula)}`);
    this.formula = formula;
    return this;
  }
  setBackground(color: string): this {
    this.log.countBuilder("ConditionalFormatRuleBuilder.setBackground");
    this.format.background = color;
    return this;
  }
  setFontColor(color: string): this {
    this.log.countBuilder("ConditionalFormatRuleBuilder.setFontColor");
    this.format.fontColor = color;
    return this;
  }
  setBold(bold: boolean): this {
    this.log.countBuilder("ConditionalFormatRuleBuilder.setBold");
    this.format.bold = bold;
    return this;
  }
  setItalic(italic: boolean): this {
    this.log.countBuilder("ConditionalFormatRuleBuilder.setItalic");
    this.format.italic = italic;
    return this;
  }
  setRanges(ranges: DoubleRange[]): this {
    this.log.countBuilder("ConditionalFormatRuleBuilder.setRanges");
    if (!Array.isArray(ranges) || ranges.some((r) => !(r instanceof DoubleRange))) fail("Invalid argument: setRanges expects Range[]");
    this.ranges = [...ranges];
    return this;
  }
  build(): DoubleConditionalFormatRule {
    this.log.countBuilder("ConditionalFormatRuleBuilder.build");
    if (!this.formula) return fail("A conditional format rule needs a condition");
    if (this.ranges.length === 0) return fail("A conditional format rule needs at least one range");
    if (Object.keys(this.format).length === 0) fail("A conditional format rule needs a format");
    return new DoubleConditionalFormatRule(this.formula, this.ranges, { ...this.format });
  }
}

export class DoubleProtection {
  description = "";
  warningOnly = false;
  unprotected: DoubleRange[] = [];
  removed = false;
  constructor(
    private readonly log: CallLog,
    readonly type: "RANGE" | "SHEET",
    readonly range: DoubleRange,
  ) {}
  setDescription(text: string): this {
    this.log.count("Protection.setDescription");
    this.description = text;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.log.count("Protection.setWarningOnly");
    this.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setUnprotectedRanges(ranges: DoubleRange[]): this {
    this.log.count("Protection.setUnprotectedRanges");
    if (this.type !== "SHEET") fail("Unprotected ranges can be set on a sheet protection only");
    for (const r of ranges) if (r.getSheet() !== this.range.getSheet()) fail("An unprotected range must be on the protected sheet");
    this.unprotected = [...ranges];
    return this;
  }
  getUnprotectedRanges(): DoubleRange[] {
    return [...this.unprotected];
  }
  getProtectionType(): string {
    return this.type;
  }
  getRange(): DoubleRange {
    return this.range;
  }
  remove(): void {
    this.log.count("Protection.remove");
    this.removed = true;
  }
}

export class DoubleFilter {
  constructor(readonly range: DoubleRange) {}
  getRange(): DoubleRange {
    return this.range;
  }
}

interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export class DoubleRange {
  constructor(
    private readonly log: CallLog,
    readonly sheet: DoubleSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}

  private each(fn: (cell: DoubleCell, r: number, c: number) => void): void {
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) fn(this.sheet.cell(this.row + r, this.col + c, true)!, r, c);
  }
  private grid<T>(name: string, values: unknown, check: (v: unknown) => T): T[][] {
    this.log.count(`Range.${name}`);
    if (!Array.isArray(values) || values.some((r) => !Array.isArray(r))) return fail(`Invalid argument: ${name} expects a 2-D array`);
    if (values.length !== this.rows) {
      fail(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.rows}.`);
    }
    for (const row of values as unknown[][]) {
      if (row.length !== this.cols) {
        fail(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.cols}.`);
      }
    }
    return (values as unknown[][]).map((row) => row.map(check));
  }

  getRow(): number {
    this.log.count("Range.getRow");
    return this.row;
  }
  getColumn(): number {
    this.log.count("Range.getColumn");
    return this.col;
  }
  getNumRows(): number {
    this.log.count("Range.getNumRows");
    return this.rows;
  }
  getNumColumns(): number {
    this.log.count("Range.getNumColumns");
    return this.cols;
  }
  getLastRow(): number {
    return this.row + this.rows - 1;
  }
  getLastColumn(): number {
    return this.col + this.cols - 1;
  }
  getSheet(): DoubleSheet {
    return this.sheet;
  }
  getA1Notation(): string {
    const a = `${letters(this.col)}${this.row}`;
    return this.rows === 1 && this.cols === 1 ? a : `${a}:${letters(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
  }

  getValues(): DoubleValue[][] {
    this.log.count("Range.getValues");
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.cols }, (_, c) => {
        const cell = this.sheet.cell(this.row + r, this.col + c);
        if (!cell || cell.formula) return "";
        return cell.value ?? "";
      }),
    );
  }
  getFormulas(): string[][] {
    this.log.count("Range.getFormulas");
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.cols }, (_, c) => this.sheet.cell(this.row + r, this.col + c)?.formula ?? ""));
  }
  getNotes(): string[][] {
    this.log.count("Range.getNotes");
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.cols }, (_, c) => this.sheet.cell(this.row + r, this.col + c)?.note ?? ""));
  }
  isBlank(): boolean {
    this.log.count("Range.isBlank");
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) {
        const cell = this.sheet.cell(this.row + r, this.col + c);
        if (cell && (cell.formula || (cell.value !== undefined && cell.value !== ""))) return false;
      }
    }
    return true;
  }

  setValues(values: unknown[][]): this {
    const checked = this.grid("setValues", values, (v) => {
      if (v === null) return "";
      if (typeof v === "number") {
        if (!Number.isFinite(v)) fail(`Invalid value: ${v}`);
        return v;
      }
      if (typeof v === "string") {
        if (v.length > MAX_CELL_CHARS) fail(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
        return v;
      }
      if (typeof v === "boolean" || isDate(v)) return v;
      return fail(`Invalid value in setValues: ${String(v)} (${typeof v})`);
    });
    this.each((cell, r, c) => this.sheet.app.typeInto(cell, checked[r][c]));
    return this;
  }
  setValue(v: unknown): this {
    this.log.count("Range.setValue");
    const grid = Array.from({ length: this.rows }, () => Array.from({ length: this.cols }, () => v));
    this.log.calls.set("Range.setValues", (this.log.calls.get("Range.setValues") ?? 0) - 1);
    return this.setValues(grid);
  }
  setFormulas(formulas: unknown[][]): this {
    const checked = this.grid("setFormulas", formulas, (f) => {
      if (typeof f !== "string") return fail(`Invalid formula: ${String(f)}`);
      if (f !== "" && !f.startsWith("=")) fail(`Formula must start with "=": ${f}`);
      if (f.length > MAX_CELL_CHARS) fail(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
      return f;
    });
    this.each((cell, r, c) => {
      const f = checked[r][c];
      delete cell.value;
      if (f === "") delete cell.formula;
      else cell.formula = f;
    });
    return this;
  }
  setFormula(f: string): this {
    this.log.count("Range.setFormula");
    if (this.rows !== 1 || this.cols !== 1) fail("setFormula on several cells adjusts references; the add-on writes single cells with it only");
    if (typeof f !== "string" || !f.startsWith("=")) fail(`Formula must start with "=": ${String(f)}`);
    const cell = this.sheet.cell(this.row, this.col, true)!;
    delete cell.value;
    cell.formula = f;
    return this;
  }
  clearContent(): this {
    this.log.count("Range.clearContent");
    this.each((cell) => {
      delete cell.value;
      delete cell.formula;
    });
    return this;
  }

  private formats<K extends keyof DoubleCell>(name: string, key: K, values: unknown[][], check: (v: unknown) => DoubleCell[K]): this {
    const checked = this.grid(name, values, check);
    this.each((cell, r, c) => {
      cell[key] = checked[r][c];
    });
    return this;
  }
  setNumberFormats(values: unknown[][]): this {
    return this.formats("setNumberFormats", "numberFormat", values, (v) => (typeof v === "string" ? v : fail(`Invalid number format: ${String(v)}`)));
  }
  setNumberFormat(format: string): this {
    this.log.count("Range.setNumberFormat");
    if (typeof format !== "string") fail("Invalid number format");
    this.each((cell) => {
      cell.numberFormat = format;
    });
    return this;
  }
  setBackgrounds(values: unknown[][]): this {
    return this.formats("setBackgrounds", "background", values, (v) => (v === null || (typeof v === "string" && /^#[0-9a-f]{6}$/i.test(v)) ? (v as string | null) : fail(`Invalid color: ${String(v)}`)));
  }
  setFontWeights(values: unknown[][]): this {
    return this.formats("setFontWeights", "fontWeight", values, (v) => (v === null || v === "bold" || v === "normal" ? (v as string | null) : fail(`Invalid font weight: ${String(v)}`)));
  }
  setFontStyles(values: unknown[][]): this {
    return this.formats("setFontStyles", "fontStyle", values, (v) => (v === null || v === "italic" || v === "normal" ? (v as string | null) : fail(`Invalid font style: ${String(v)}`)));
  }
  setFontSizes(values: unknown[][]): this {
    return this.formats("setFontSizes", "fontSize", values, (v) => (v === null || (typeof v === "number" && Number.isInteger(v) && v > 0 && v <= 400) ? (v as number | null) : fail(`Invalid font size: ${String(v)}`)));
  }
  setFontColors(values: unknown[][]): this {
    return this.formats("setFontColors", "fontColor", values, (v) => (v === null || (typeof v === "string" && /^#[0-9a-f]{6}$/i.test(v)) ? (v as string | null) : fail(`Invalid color: ${String(v)}`)));
  }
  setHorizontalAlignments(values: unknown[][]): this {
    return this.formats("setHorizontalAlignments", "horizontal", values, (v) =>
      v === null || v === "left" || v === "center" || v === "right" || v === "normal" ? (v as string | null) : fail(`Invalid alignment: ${String(v)}`),
    );
  }
  setVerticalAlignments(values: unknown[][]): this {
    return this.formats("setVerticalAlignments", "vertical", values, (v) =>
      v === null || v === "top" || v === "middle" || v === "bottom" ? (v as string | null) : fail(`Invalid alignment: ${String(v)}`),
    );
  }
  setWrapStrategies(values: unknown[][]): this {
    return this.formats("setWrapStrategies", "wrap", values, (v) => (v === "WRAP" || v === "OVERFLOW" || v === "CLIP" ? (v as string) : fail(`Invalid wrap strategy: ${String(v)}`)));
  }
  setNotes(values: unknown[][]): this {
    return this.formats("setNotes", "note", values, (v) => (typeof v === "string" ? v : fail(`Invalid note: ${String(v)}`)));
  }
  setNote(note: string): this {
    this.log.count("Range.setNote");
    this.each((cell) => {
      cell.note = note;
    });
    return this;
  }
  setBorder(top: boolean, left: boolean, bottom: boolean, right: boolean, vertical: boolean, horizontal: boolean, color: string | null, style: string | null): this {
    this.log.count("Range.setBorder");
    this.sheet.app.border(this, [top, left, bottom, right, vertical, horizontal], color, style);
    return this;
  }

  merge(): this {
    this.log.count("Range.merge");
    this.sheet.addMerge({ r1: this.row, c1: this.col, r2: this.row + this.rows - 1, c2: this.col + this.cols - 1 });
    return this;
  }
  isPartOfMerge(): boolean {
    return this.sheet.merges.some((m) => m.r1 <= this.row + this.rows - 1 && m.r2 >= this.row && m.c1 <= this.col + this.cols - 1 && m.c2 >= this.col);
  }

  setDataValidation(rule: DoubleDataValidation | null): this {
    this.log.count("Range.setDataValidation");
    if (rule !== null && !(rule instanceof DoubleDataValidation)) fail("Invalid argument: setDataValidation expects a DataValidation built by newDataValidation()");
    this.each((cell) => {
      cell.validation = rule;
    });
    return this;
  }
  getDataValidation(): DoubleDataValidation | null {
    return this.sheet.cell(this.row, this.col)?.validation ?? null;
  }

  protect(): DoubleProtection {
    this.log.count("Range.protect");
    const p = new DoubleProtection(this.log, "RANGE", this);
    this.sheet.protections.push(p);
    return p;
  }
  createFilter(): DoubleFilter {
    this.log.count("Range.createFilter");
    if (this.sheet.filter) fail("You can't create a filter in a sheet that already has a filter.");
    this.sheet.filter = new DoubleFilter(this);
    return this.sheet.filter;
  }
  activate(): this {
    this.log.count("Range.activate");
    this.sheet.parent.activeSheet = this.sheet;
    this.sheet.activeRange = this;
    return this;
  }
}

export class DoubleRangeList {
  constructor(
    private readonly log: CallLog,
    readonly ranges: DoubleRange[],
  ) {}
  private all(name: string, fn: (r: DoubleRange) => void): this {
    this.log.count(`RangeList.${name}`);
    const before = new Map(this.log.calls);
    for (const r of this.ranges) fn(r);
    // The calls the list makes on its ranges are one call in Apps Script.
    this.log.calls.clear();
    for (const [k, v] of before) this.log.calls.set(k, v);
    return this;
  }
  getRanges(): DoubleRange[] {
    this.log.count("RangeList.getRanges");
    return [...this.ranges];
  }
  setNumberFormat(format: string): this {
    return this.all("setNumberFormat", (r) => r.setNumberFormat(format));
  }
  setBorder(top: boolean, left: boolean, bottom: boolean, right: boolean, vertical: boolean, horizontal: boolean, color: string | null, style: string | null): this {
    return this.all("setBorder", (r) => r.setBorder(top, left, bottom, right, vertical, horizontal, color, style));
  }
  clearContent(): this {
    return this.all("clearContent", (r) => r.clearContent());
  }
  setBackground(color: string | null): this {
    return this.all("setBackground", (r) => r.setBackgrounds(Array.from({ length: r.rows }, () => Array.from({ length: r.cols }, () => color))));
  }
}

export class DoubleSheet {
  readonly cells = new Map<number, DoubleCell>();
  readonly merges: Merge[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  readonly protections: DoubleProtection[] = [];
  conditionalRules: DoubleConditionalFormatRule[] = [];
  filter?: DoubleFilter;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  activeRange?: DoubleRange;
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;

  constructor(
    readonly app: DoubleSpreadsheetApp,
    readonly parent: DoubleSpreadsheet,
    private name: string,
    readonly id: number,
  ) {}

  private get log(): CallLog {
    return this.app.log;
  }
  /** The cell at row, column (1-based); created when `create`. */
  cell(row: number, col: number, create = false): DoubleCell | undefined {
    const key = row * 20_000 + col;
    let c = this.cells.get(key);
    if (!c && create) {
      c = {};
      this.cells.set(key, c);
    }
    return c;
  }
  private inside(row: number, col: number, rows: number, cols: number): void {
    for (const [n, what] of [
      [row, "row"],
      [col, "column"],
    ] as const) {
      if (!Number.isInteger(n) || n < 1) fail(`The starting ${what} of the range is too small.`);
    }
    if (!Number.isInteger(rows) || rows < 1) fail("The number of rows in the range must be at least 1.");
    if (!Number.isInteger(cols) || cols < 1) fail("The number of columns in the range must be at least 1.");
    if (row + rows - 1 > this.maxRows || col + cols - 1 > this.maxColumns) fail("The coordinates of the range are outside the dimensions of the sheet.");
  }

  getName(): string {
    this.log.count("Sheet.getName");
    return this.name;
  }
  /** The name without counting a call (tests). */
  get sheetName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.log.count("Sheet.setName");
    this.parent.checkName(name, this);
    this.name = name;
    return this;
  }
  getSheetId(): number {
    this.log.count("Sheet.getSheetId");
    return this.id;
  }
  getIndex(): number {
    this.log.count("Sheet.getIndex");
    return this.parent.sheets.indexOf(this) + 1;
  }
  getParent(): DoubleSpreadsheet {
    return this.parent;
  }
  getMaxRows(): number {
    this.log.count("Sheet.getMaxRows");
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.log.count("Sheet.getMaxColumns");
    return this.maxColumns;
  }
  /** Last row and column holding a value or a formula (0 for an empty sheet). */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const [key, c] of this.cells) {
      if (!c.formula && (c.value === undefined || c.value === "")) continue;
      const r = Math.floor(key / 20_000);
      rows = Math.max(rows, r);
      cols = Math.max(cols, key - r * 20_000);
    }
    return { rows, cols };
  }
  getLastRow(): number {
    this.log.count("Sheet.getLastRow");
    return this.extent().rows;
  }
  getLastColumn(): number {
    this.log.count("Sheet.getLastColumn");
    return this.extent().cols;
  }
  getDataRange(): DoubleRange {
    this.log.count("Sheet.getDataRange");
    const e = this.extent();
    return new DoubleRange(this.log, this, 1, 1, Math.max(e.rows, 1), Math.max(e.cols, 1));
  }
  getRange(a: number | string, col?: number, rows = 1, cols = 1): DoubleRange {
    this.log.count("Sheet.getRange");
    if (typeof a === "string") {
      const p = parseA1(a);
      this.inside(p.row, p.col, p.rows, p.cols);
      return new DoubleRange(this.log, this, p.row, p.col, p.rows, p.cols);
    }
    if (col === undefined) return fail("getRange(row) needs a column");
    this.inside(a, col, rows, cols);
    return new DoubleRange(this.log, this, a, col, rows, cols);
  }
  getRangeList(a1s: string[]): DoubleRangeList {
    this.log.count("Sheet.getRangeList");
    if (!Array.isArray(a1s) || a1s.length === 0) fail("Invalid argument: getRangeList expects a non-empty list of A1 ranges");
    const ranges = a1s.map((a) => {
      const p = parseA1(a);
      this.inside(p.row, p.col, p.rows, p.cols);
      return new DoubleRange(this.log, this, p.row, p.col, p.rows, p.cols);
    });
    return new DoubleRangeList(this.log, ranges);
  }
  insertRowsAfter(after: number, howMany: number): this {
    this.log.count("Sheet.insertRowsAfter");
    if (!Number.isInteger(after) || after < 1 || after > this.maxRows) fail("Those rows are out of bounds.");
    if (!Number.isInteger(howMany) || howMany < 1) fail("The number of rows to insert must be at least 1.");
    if (after !== this.maxRows) fail("The double supports appending rows at the end only");
    this.app.checkCells((this.maxRows + howMany) * this.maxColumns - this.maxRows * this.maxColumns);
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): this {
    this.log.count("Sheet.insertColumnsAfter");
    if (!Number.isInteger(after) || after < 1 || after > this.maxColumns) fail("Those columns are out of bounds.");
    if (!Number.isInteger(howMany) || howMany < 1) fail("The number of columns to insert must be at least 1.");
    if (after !== this.maxColumns) fail("The double supports appending columns at the end only");
    if (this.maxColumns + howMany > MAX_COLUMNS) fail(`A sheet has at most ${MAX_COLUMNS} columns.`);
    this.app.checkCells(howMany * this.maxRows);
    this.maxColumns += howMany;
    return this;
  }
  setColumnWidth(col: number, width: number): this {
    return this.setColumnWidthsInner("setColumnWidth", col, 1, width);
  }
  setColumnWidths(start: number, n: number, width: number): this {
    return this.setColumnWidthsInner("setColumnWidths", start, n, width);
  }
  private setColumnWidthsInner(name: string, start: number, n: number, width: number): this {
    this.log.count(`Sheet.${name}`);
    this.inside(1, start, 1, n);
    if (!Number.isInteger(width) || width < 1) fail(`Invalid column width: ${width}`);
    for (let c = start; c < start + n; c++) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(col: number): number {
    return this.columnWidths.get(col) ?? 100;
  }
  hideColumns(start: number, n = 1): void {
    this.log.count("Sheet.hideColumns");
    this.inside(1, start, 1, n);
    for (let c = start; c < start + n; c++) this.hiddenColumns.add(c);
  }
  isColumnHiddenByUser(col: number): boolean {
    return this.hiddenColumns.has(col);
  }
  setRowHeights(start: number, n: number, height: number): this {
    return this.rowHeightsInner("setRowHeights", start, n, height);
  }
  setRowHeightsForced(start: number, n: number, height: number): this {
    return this.rowHeightsInner("setRowHeightsForced", start, n, height);
  }
  private rowHeightsInner(name: string, start: number, n: number, height: number): this {
    this.log.count(`Sheet.${name}`);
    this.inside(start, 1, n, 1);
    if (!Number.isInteger(height) || height < 1) fail(`Invalid row height: ${height}`);
    for (let r = start; r < start + n; r++) this.rowHeights.set(r, height);
    return this;
  }
  setFrozenRows(n: number): void {
    this.log.count("Sheet.setFrozenRows");
    if (!Number.isInteger(n) || n < 0 || n > this.maxRows) fail(`Invalid number of frozen rows: ${n}`);
    if (this.merges.some((m) => m.r1 <= n && m.r2 > n)) fail("You can't freeze rows that contain only part of a merged cell.");
    this.frozenRows = n;
  }
  setFrozenColumns(n: number): void {
    this.log.count("Sheet.setFrozenColumns");
    if (!Number.isInteger(n) || n < 0 || n > this.maxColumns) fail(`Invalid number of frozen columns: ${n}`);
    if (this.merges.some((m) => m.c1 <= n && m.c2 > n)) fail("You can't freeze columns that contain only part of a merged cell.");
    this.frozenColumns = n;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  addMerge(m: Merge): void {
    if (this.merges.some((x) => x.r1 <= m.r2 && x.r2 >= m.r1 && x.c1 <= m.c2 && x.c2 >= m.c1)) fail("You must select all cells in a merged range to merge or unmerge them.");
    const fr = this.frozenRows;
    const fc = this.frozenColumns;
    if ((fr && m.r1 <= fr && m.r2 > fr) || (fc && m.c1 <= fc && m.c2 > fc)) fail("You can't merge frozen and non-frozen rows or columns.");
    this.merges.push(m);
  }
  setConditionalFormatRules(rules: DoubleConditionalFormatRule[]): void {
    this.log.count("Sheet.setConditionalFormatRules");
    if (!Array.isArray(rules) || rules.some((r) => !(r instanceof DoubleConditionalFormatRule))) fail("Invalid argument: setConditionalFormatRules expects ConditionalFormatRule[]");
    for (const r of rules) for (const range of r.ranges) if (range.getSheet() !== this) fail("A conditional format rule's ranges must be on its sheet");
    this.conditionalRules = [...rules];
  }
  getConditionalFormatRules(): DoubleConditionalFormatRule[] {
    this.log.count("Sheet.getConditionalFormatRules");
    return [...this.conditionalRules];
  }
  protect(): DoubleProtection {
    this.log.count("Sheet.protect");
    if (this.protections.some((p) => p.type === "SHEET" && !p.removed)) fail("This sheet is already protected.");
    const p = new DoubleProtection(this.log, "SHEET", new DoubleRange(this.log, this, 1, 1, this.maxRows, this.maxColumns));
    this.protections.push(p);
    return p;
  }
  getProtections(type: string): DoubleProtection[] {
    this.log.count("Sheet.getProtections");
    return this.protections.filter((p) => p.type === type && !p.removed);
  }
  getFilter(): DoubleFilter | null {
    this.log.count("Sheet.getFilter");
    return this.filter ?? null;
  }
  activate(): this {
    this.log.count("Sheet.activate");
    this.parent.activeSheet = this;
    return this;
  }
  setActiveSelection(a1: string): DoubleRange {
    this.log.count("Sheet.setActiveSelection");
    const r = this.getRange(a1);
    this.log.calls.set("Sheet.getRange", this.log.of("Sheet.getRange") - 1);
    this.parent.activeSheet = this;
    this.activeRange = r;
    return r;
  }
  getActiveRange(): DoubleRange | null {
    return this.activeRange ?? null;
  }
  isSheetHidden(): boolean {
    this.log.count("Sheet.isSheetHidden");
    return this.hidden;
  }
  hideSheet(): this {
    this.log.count("Sheet.hideSheet");
    this.hidden = true;
    return this;
  }
}

export class DoubleSpreadsheet {
  readonly sheets: DoubleSheet[] = [];
  activeSheet?: DoubleSheet;
  private nextId = 0;

  constructor(
    readonly app: DoubleSpreadsheetApp,
    private readonly name: string,
  ) {}

  private get log(): CallLog {
    return this.app.log;
  }
  checkName(name: unknown, self?: DoubleSheet): void {
    if (typeof name !== "string" || name.trim() === "") fail("Invalid sheet name: the name must not be empty.");
    if (name.length > MAX_SHEET_NAME) fail(`Invalid sheet name: at most ${MAX_SHEET_NAME} characters.`);
    if (this.sheets.some((s) => s !== self && s.sheetName.toLowerCase() === name.toLowerCase())) {
      fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }
  /** A sheet added without counting calls (test set-up). */
  addSheet(name: string, index = this.sheets.length): DoubleSheet {
    this.checkName(name);
    this.app.checkCells(NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    const sheet = new DoubleSheet(this.app, this, name, this.nextId++);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  getName(): string {
    this.log.count("Spreadsheet.getName");
    return this.name;
  }
  getSheets(): DoubleSheet[] {
    this.log.count("Spreadsheet.getSheets");
    return [...this.sheets];
  }
  getNumSheets(): number {
    this.log.count("Spreadsheet.getNumSheets");
    return this.sheets.length;
  }
  getSheetByName(name: string): DoubleSheet | null {
    this.log.count("Spreadsheet.getSheetByName");
    return this.sheets.find((s) => s.sheetName === name) ?? null;
  }
  insertSheet(name: string, index?: number): DoubleSheet {
    this.log.count("Spreadsheet.insertSheet");
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > this.sheets.length)) fail(`Invalid sheet index: ${index}`);
    const sheet = this.addSheet(name, index);
    // As in Sheets: the new sheet becomes the active one.
    this.activeSheet = sheet;
    return sheet;
  }
  getActiveSheet(): DoubleSheet {
    this.log.count("Spreadsheet.getActiveSheet");
    return this.activeSheet ?? this.sheets[0];
  }
  setActiveSheet(sheet: DoubleSheet): DoubleSheet {
    this.log.count("Spreadsheet.setActiveSheet");
    if (!this.sheets.includes(sheet)) fail("The sheet is not in this spreadsheet");
    this.activeSheet = sheet;
    return sheet;
  }
  getActiveRange(): DoubleRange | null {
    this.log.count("Spreadsheet.getActiveRange");
    return (this.activeSheet ?? this.sheets[0])?.activeRange ?? null;
  }
  getSpreadsheetLocale(): string {
    this.log.count("Spreadsheet.getSpreadsheetLocale");
    return this.app.locale;
  }
  toast(message: string, title?: string): void {
    this.log.count("Spreadsheet.toast");
    this.app.toasts.push({ message, title: title ?? "" });
  }
}

/** A menu built by `createAddonMenu()` / `createMenu()`. */
export class DoubleMenu {
  readonly items: ({ caption: string; fn: string } | "separator")[] = [];
  added = false;
  constructor(
    private readonly app: DoubleSpreadsheetApp,
    readonly title: string,
  ) {}
  addItem(caption: string, fn: string): this {
    this.app.log.countBuilder("Menu.addItem");
    if (typeof caption !== "string" || caption === "" || typeof fn !== "string" || !/^[A-Za-z_$][\w$]*$/.test(fn)) fail("Invalid argument: addItem(caption, functionName)");
    this.items.push({ caption, fn });
    return this;
  }
  addSeparator(): this {
    this.app.log.countBuilder("Menu.addSeparator");
    this.items.push("separator");
    return this;
  }
  addToUi(): void {
    this.app.log.countBuilder("Menu.addToUi");
    this.added = true;
    this.app.menus.push(this);
  }
}

export class DoubleHtmlOutput {
  title = "";
  constructor(private content: string) {}
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
  append(text: string): this {
    this.content += text;
    return this;
  }
}

/** `HtmlService` reading the files of the built project. */
export class DoubleHtmlService {
  constructor(private readonly files: Readonly<Record<string, string>>) {}
  createHtmlOutputFromFile(name: string): DoubleHtmlOutput {
    const content = this.files[name] ?? this.files[`${name}.html`];
    if (content === undefined) fail(`No HTML file named ${name} was found.`);
    return new DoubleHtmlOutput(content as string);
  }
}

export class DoubleUi {
  readonly sidebars: DoubleHtmlOutput[] = [];
  readonly alerts: string[] = [];
  constructor(private readonly app: DoubleSpreadsheetApp) {}
  createAddonMenu(): DoubleMenu {
    this.app.log.countBuilder("Ui.createAddonMenu");
    return new DoubleMenu(this.app, "(add-on)");
  }
  createMenu(title: string): DoubleMenu {
    this.app.log.countBuilder("Ui.createMenu");
    return new DoubleMenu(this.app, title);
  }
  showSidebar(html: DoubleHtmlOutput): void {
    this.app.log.countBuilder("Ui.showSidebar");
    if (!(html instanceof DoubleHtmlOutput)) fail("Invalid argument: showSidebar expects HtmlOutput");
    this.sidebars.push(html);
  }
  alert(...args: unknown[]): string {
    this.app.log.countBuilder("Ui.alert");
    this.alerts.push(args.filter((a) => typeof a === "string").join("\n"));
    return "OK";
  }
  readonly ButtonSet = Object.freeze({ OK: "OK", OK_CANCEL: "OK_CANCEL" });
}

export interface DoubleOptions {
  /** name of the spreadsheet (default «Мониторинг школ») */
  name?: string;
  /** sheets present at the start (default one «Лист1») */
  sheets?: string[];
  /** locale used for typed input (default ru_RU; en_US reads `1.5` as a number) */
  locale?: "ru_RU" | "en_US";
  /** the Date constructor of the realm the code under test runs in */
  DateCtor?: DateConstructor;
}

/** `SpreadsheetApp` with one active spreadsheet. */
export class DoubleSpreadsheetApp {
  readonly log = new CallLog();
  readonly spreadsheet: DoubleSpreadsheet;
  readonly ui: DoubleUi;
  readonly menus: DoubleMenu[] = [];
  readonly toasts: { message: string; title: string }[] = [];
  readonly locale: "ru_RU" | "en_US";
  readonly WrapStrategy = WrapStrategy;
  readonly BorderStyle = BorderStyle;
  readonly ProtectionType = ProtectionType;
  private readonly DateCtor: DateConstructor;

  constructor(options: DoubleOptions = {}) {
    this.locale = options.locale ?? "ru_RU";
    this.DateCtor = options.DateCtor ?? Date;
    this.spreadsheet = new DoubleSpreadsheet(this, options.name ?? "Мониторинг школ");
    for (const n of options.sheets ?? ["Лист1"]) this.spreadsheet.addSheet(n);
    this.ui = new DoubleUi(this);
  }

  getActiveSpreadsheet(): DoubleSpreadsheet {
    this.log.countBuilder("SpreadsheetApp.getActiveSpreadsheet");
    return this.spreadsheet;
  }
  getActive(): DoubleSpreadsheet {
    return this.getActiveSpreadsheet();
  }
  getUi(): DoubleUi {
    this.log.countBuilder("SpreadsheetApp.getUi");
    return this.ui;
  }
  newDataValidation(): DoubleDataValidationBuilder {
    this.log.countBuilder("SpreadsheetApp.newDataValidation");
    return new DoubleDataValidationBuilder(this.log);
  }
  newConditionalFormatRule(): DoubleConditionalFormatRuleBuilder {
    this.log.countBuilder("SpreadsheetApp.newConditionalFormatRule");
    return new DoubleConditionalFormatRuleBuilder(this.log);
  }
  flush(): void {
    this.log.count("SpreadsheetApp.flush");
  }

  checkCells(added: number): void {
    let cells = 0;
    for (const s of this.spreadsheet.sheets) cells += s.maxRows * s.maxColumns;
    if (cells + added > MAX_CELLS) fail(`This action would increase the number of cells in the spreadsheet above the limit of ${MAX_CELLS} cells.`);
  }

  border(range: DoubleRange, sides: boolean[], color: string | null, style: string | null): void {
    if (sides.some((s) => s !== true && s !== false && s !== null)) fail("Invalid argument: setBorder expects booleans or null");
    if (style !== null && !(style in BorderStyle)) fail(`Invalid border style: ${String(style)}`);
    if (!sides.some(Boolean)) return;
    for (let r = 0; r < range.rows; r++) for (let c = 0; c < range.cols; c++) range.sheet.cell(range.row + r, range.col + c, true)!.border = { color, style };
  }

  /** What a typed value becomes in a cell, as Sheets reads typed input in the spreadsheet's locale. */
  typeInto(cell: DoubleCell, v: DoubleValue): void {
    delete cell.formula;
    delete cell.value;
    if (typeof v !== "string") {
      cell.value = v;
      return;
    }
    if (v === "") return;
    if (cell.numberFormat === "@") {
      cell.value = v;
      return;
    }
    if (v.startsWith("=") && v.length > 1) {
      cell.formula = v;
      return;
    }
    cell.value = this.parseTyped(v);
  }

  parseTyped(text: string): DoubleValue {
    const t = text.trim();
    const ru = this.locale === "ru_RU";
    const number = ru ? /^[+-]?\d+(,\d+)?$/ : /^[+-]?\d+(\.\d+)?$/;
    if (number.test(t)) return Number(t.replace(",", "."));
    if (/^(true|false|истина|ложь)$/i.test(t)) return /^(true|истина)$/i.test(t);
    const dotted = ru ? /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/.exec(t) : null;
    if (dotted) {
      const day = Number(dotted[1]);
      const month = Number(dotted[2]);
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
        const y = dotted[3] === undefined ? new this.DateCtor().getFullYear() : Number(dotted[3].length === 2 ? `20${dotted[3]}` : dotted[3]);
        return new this.DateCtor(y, month - 1, day);
      }
    }
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    if (iso) return new this.DateCtor(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
    return text;
  }
}

/** The globals Apps Script gives a script, built around one double. */
export function appsScriptGlobals(app: DoubleSpreadsheetApp, htmlFiles: Readonly<Record<string, string>> = {}): Record<string, unknown> {
  return { SpreadsheetApp: app, HtmlService: new DoubleHtmlService(htmlFiles) };
}
