/**
 * The fake Excel JavaScript API of the test host: proxy objects that queue commands and run them only on
 * `context.sync()`, exactly the calls the task pane makes, with Excel's rules enforced:
 * - a property is readable only after `load()` and a completed `sync()` (else `PropertyNotLoaded`);
 * - values, formulas and number formats must have the range's dimensions (else `InvalidArgument`);
 * - sheet names: 1–31 characters, none of `[]:*?/\`, no apostrophe at either end, not `History`, unique
 *   ignoring case (else `InvalidArgument` / `ItemAlreadyExists`);
 * - a protected sheet refuses changes of formats and of locked cells (`AccessDenied`);
 * - a request or a response over the payload limit (5 MB, as Excel on the web) fails whole;
 * - an API of a requirement set newer than the host's fails with `ApiNotFound`;
 * - `Range.select` only on the active sheet, a hidden sheet cannot be activated (`InvalidOperation`);
 * - charts: known chart types, legend positions and marker styles only, a series takes one row or one column,
 *   no chart on a protected sheet; a scatter chart's first source column is its X.
 * Text entered through `values`/`formulas` is read the way Excel reads typed input: `=`, `+`, `-` start a
 * formula, a leading apostrophe keeps text, numbers and TRUE/FALSE in a non-text cell become numbers and
 * booleans.
 */
import { type Rect, cols, contains, overlaps, parseAddress, rectAddress, rows, MAX_COLS, MAX_ROWS } from "./address";
import { HostError, invalidArgument, propertyNotLoaded } from "./errors";
import { isWellFormedFormula, shiftFormula } from "./formula_text";
import {
  type FormatProps,
  type HostCell,
  type HostConditionalFormat as CfEntry,
  type HostSheet,
  type HostValidation,
  type HostValue,
  type HostChart,
  type HostChartSeries,
  type ChartSource,
  cellFor,
  getCell,
  isLocked,
  newSheet,
  usedRect,
} from "./model";

export interface HostState {
  sheets: HostSheet[];
  activeSheet?: string;
  /** the cell or range selected through Range.select */
  selection?: { sheet: string; address: string };
  apiVersion: number;
  payloadLimit: number;
  structureProtected: boolean;
  latencyMs: number;
  stats: HostStats;
}

export interface HostStats {
  syncs: number;
  requests: { bytes: number; commands: number; responseBytes: number }[];
  /** every requirement-set check the pane made: `ExcelApi 1.9` */
  setChecks: string[];
}

interface Command {
  bytes: number;
  run(): void;
}

const encoder = new TextEncoder();
/** Bytes of a value as JSON in the request or the response. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

const MAX_TEXT = 32767;
const MAX_FORMULA = 8192;
const FORBIDDEN = /[[\]:*?/\\]/;
const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const PERCENT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*%\s*$/;
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

function version(text: string): number {
  const [a, b] = text.split(".").map(Number);
  return a * 1000 + (b || 0);
}

/** Excel's serial number of a calendar date (1900 system). */
function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Sheet-name rules of Excel; returns the reason a name is refused, or undefined. */
export function sheetNameProblem(name: unknown): string | undefined {
  if (typeof name !== "string" || name.length === 0) return "empty name";
  if (name.length > 31) return "longer than 31 characters";
  if (FORBIDDEN.test(name)) return "contains one of [ ] : * ? / \\";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "reserved name";
  return undefined;
}

export class HostRequestContext {
  readonly workbook: HostWorkbook;
  readonly application: HostApplication;
  /** syncs of this context */
  syncs = 0;
  private queue: Command[] = [];
  private pendingLoads: { target: HostObject; props: string[] | "isNull"; snapshot?: Record<string, unknown> }[] = [];
  constructor(readonly state: HostState) {
    this.workbook = new HostWorkbook(this);
    this.application = this.workbook.application;
  }

  /** @internal */
  enqueue(cmd: Command): void {
    this.queue.push(cmd);
  }

  /** @internal */
  enqueueLoad(target: HostObject, props: string[] | "isNull", snap: () => Record<string, unknown>): void {
    const entry: { target: HostObject; props: string[] | "isNull"; snapshot?: Record<string, unknown> } = { target, props };
    this.pendingLoads.push(entry);
    this.queue.push({
      bytes: 64,
      run: () => {
        entry.snapshot = snap();
      },
    });
  }

  /** @internal */
  requireSet(ver: string, what: string): void {
    if (this.state.apiVersion < version(ver)) {
      this.enqueue({
        bytes: 32,
        run: () => {
          throw new HostError("ApiNotFound", `The API you are trying to use could not be found: ${what} (ExcelApi ${ver}).`, what);
        },
      });
    }
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const loads = this.pendingLoads;
    this.queue = [];
    this.pendingLoads = [];
    this.syncs++;
    this.state.stats.syncs++;
    // Nothing is applied or readable until the round trip completes.
    await new Promise<void>((resolve) => setTimeout(resolve, this.state.latencyMs));
    const bytes = queue.reduce((s, c) => s + c.bytes, 0);
    const record = { bytes, commands: queue.length, responseBytes: 0 };
    this.state.stats.requests.push(record);
    if (bytes > this.state.payloadLimit) {
      throw new HostError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${bytes} bytes).`);
    }
    for (const cmd of queue) cmd.run();
    let responseBytes = 0;
    for (const l of loads) responseBytes += jsonBytes(l.snapshot ?? {});
    record.responseBytes = responseBytes;
    if (responseBytes > this.state.payloadLimit) {
      throw new HostError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${responseBytes} bytes).`);
    }
    for (const l of loads) if (l.snapshot) l.target.publish(l.snapshot);
  }
}

/** Base of every proxy: loaded properties, and commands queued on the context. */
export abstract class HostObject {
  private loaded = new Map<string, unknown>();
  constructor(
    readonly context: HostRequestContext,
    protected readonly typeName: string,
  ) {}

  /** @internal */
  publish(snapshot: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(snapshot)) this.loaded.set(k, v);
  }

  /** The loaded properties, as Office.js objects give them to `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw propertyNotLoaded(this.typeName, prop);
    return this.loaded.get(prop) as T;
  }

  protected command(bytes: number, run: () => void): void {
    this.context.enqueue({ bytes: bytes + 48, run });
  }

  /** Names of the properties a `load()` asks for. */
  protected static props(spec: unknown, all: readonly string[]): string[] {
    if (spec === undefined || spec === null) return [...all];
    if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
    if (Array.isArray(spec)) return spec.map(String);
    if (typeof spec === "object" && "select" in (spec as object)) return String((spec as { select: string }).select).split(",").map((s) => s.trim());
    return [...all];
  }
}

// ---------------------------------------------------------------------------------------------------- workbook

export class HostWorkbook extends HostObject {
  readonly worksheets: HostWorksheetCollection;
  readonly application: HostApplication;
  constructor(context: HostRequestContext) {
    super(context, "Workbook");
    this.worksheets = new HostWorksheetCollection(context);
    this.application = new HostApplication(context);
  }
}

export class HostApplication extends HostObject {
  constructor(context: HostRequestContext) {
    super(context, "Application");
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.requireSet("1.6", "Application.suspendApiCalculationUntilNextSync");
    this.command(16, () => undefined);
  }
}

export class HostWorksheetCollection extends HostObject {
  constructor(context: HostRequestContext) {
    super(context, "WorksheetCollection");
  }
  get items(): HostWorksheet[] {
    return this.read<HostWorksheet[]>("items");
  }
  load(spec?: unknown): this {
    const props = HostObject.props(spec, ["name"]).map((p) => p.replace(/^items\//, ""));
    this.context.enqueueLoad(this, props, () => {
      const items = this.context.state.sheets.map((s) => {
        const ws = new HostWorksheet(this.context, () => s);
        ws.publish(worksheetSnapshot(s, this.context.state, props));
        return ws;
      });
      return { items };
    });
    return this;
  }
  add(name?: string): HostWorksheet {
    const state = this.context.state;
    let created: HostSheet | undefined;
    this.command(jsonBytes(name ?? ""), () => {
      if (state.structureProtected) throw new HostError("AccessDenied", "The workbook structure is protected.", "WorksheetCollection.add");
      let wanted = name;
      if (wanted === undefined) {
        let i = state.sheets.length + 1;
        while (state.sheets.some((s) => s.name.toLowerCase() === `sheet${i}`)) i++;
        wanted = `Sheet${i}`;
      }
      const problem = sheetNameProblem(wanted);
      if (problem) throw invalidArgument(`Sheet name «${String(wanted)}»: ${problem}.`, "WorksheetCollection.add");
      if (state.sheets.some((s) => s.name.toLowerCase() === wanted!.toLowerCase())) {
        throw new HostError("ItemAlreadyExists", `A sheet named «${wanted}» already exists.`, "WorksheetCollection.add");
      }
      created = newSheet(wanted);
      state.sheets.push(created);
    });
    return new HostWorksheet(this.context, () => {
      if (!created) throw new HostError("ItemNotFound", "The worksheet was not created.", "Worksheet");
      return created;
    });
  }
  getItem(name: string): HostWorksheet {
    return new HostWorksheet(this.context, () => {
      const s = findSheet(this.context.state, name);
      if (!s) throw new HostError("ItemNotFound", `The requested resource doesn't exist: sheet «${name}».`, "WorksheetCollection.getItem");
      return s;
    });
  }
  getItemOrNullObject(name: string): HostWorksheet {
    const ws = new HostWorksheet(this.context, () => {
      const s = findSheet(this.context.state, name);
      if (!s) throw new HostError("InvalidOperation", "The object is a null object.", "Worksheet");
      return s;
    });
    this.context.enqueueLoad(ws, "isNull", () => ({ isNullObject: !findSheet(this.context.state, name) }));
    return ws;
  }
  getActiveWorksheet(): HostWorksheet {
    return new HostWorksheet(this.context, () => {
      const state = this.context.state;
      const s = (state.activeSheet && findSheet(state, state.activeSheet)) || state.sheets[0];
      if (!s) throw new HostError("ItemNotFound", "The workbook has no sheet.", "WorksheetCollection.getActiveWorksheet");
      return s;
    });
  }
}

function findSheet(state: HostState, name: string): HostSheet | undefined {
  return state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function worksheetSnapshot(s: HostSheet, state: HostState, props: string[]): Record<string, unknown> {
  const all: Record<string, unknown> = { name: s.name, visibility: s.visibility, position: state.sheets.indexOf(s) };
  const out: Record<string, unknown> = {};
  for (const p of props) if (p in all) out[p] = all[p];
  return out;
}

// ---------------------------------------------------------------------------------------------------- worksheet

export class HostWorksheet extends HostObject {
  constructor(
    context: HostRequestContext,
    /** @internal */ readonly resolve: () => HostSheet,
  ) {
    super(context, "Worksheet");
  }
  get name(): string {
    return this.read("name");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  get position(): number {
    return this.read("position");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  load(spec?: unknown): this {
    const props = HostObject.props(spec, ["name", "visibility", "position"]);
    this.context.enqueueLoad(this, props, () => worksheetSnapshot(this.resolve(), this.context.state, props));
    return this;
  }
  getRange(address?: string): HostRange {
    return new HostRange(this.context, this.resolve, () => {
      if (address === undefined) return { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };
      const rect = parseAddress(address);
      if (!rect) throw invalidArgument(`Address «${address}».`, "Worksheet.getRange");
      return rect;
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange {
    this.context.requireSet("1.4", "Worksheet.getUsedRangeOrNullObject");
    let cached: Rect | undefined | null = null;
    const rect = (): Rect | undefined => {
      if (cached === null) cached = usedRect(this.resolve(), Boolean(valuesOnly));
      return cached;
    };
    const range = new HostRange(this.context, this.resolve, () => {
      const r = rect();
      if (!r) throw new HostError("InvalidOperation", "The object is a null object.", "Range");
      return r;
    }, () => rect() === undefined);
    this.context.enqueueLoad(range, "isNull", () => ({ isNullObject: rect() === undefined }));
    return range;
  }
  activate(): void {
    this.command(16, () => {
      const sheet = this.resolve();
      if (sheet.visibility !== "Visible") throw new HostError("InvalidOperation", `The sheet «${sheet.name}» is hidden and cannot be activated.`, "Worksheet.activate");
      this.context.state.activeSheet = sheet.name;
    });
  }
  private cachedProtection?: HostWorksheetProtection;
  private cachedCharts?: HostChartCollection;
  /** Charts of the sheet (ExcelApi 1.1). */
  get charts(): HostChartCollection {
    return (this.cachedCharts ??= new HostChartCollection(this));
  }
  get freezePanes(): HostFreezePanes {
    return new HostFreezePanes(this);
  }
  get protection(): HostWorksheetProtection {
    // A navigation property gives the same object every time, as in Office.js (load it, then read it).
    return (this.cachedProtection ??= new HostWorksheetProtection(this));
  }
  get autoFilter(): HostAutoFilter {
    return new HostAutoFilter(this);
  }
  get pageLayout(): HostPageLayout {
    return new HostPageLayout(this);
  }
}

export class HostFreezePanes extends HostObject {
  constructor(private readonly ws: HostWorksheet) {
    super(ws.context, "WorksheetFreezePanes");
    ws.context.requireSet("1.7", "Worksheet.freezePanes");
  }
  freezeAt(range: HostRange | string): void {
    this.command(64, () => {
      const sheet = this.ws.resolve();
      const rect = typeof range === "string" ? parseAddress(range) : range.rect();
      if (!rect || rect.r0 !== 0 || rect.c0 !== 0) throw invalidArgument("freezeAt needs a range starting at A1.", "WorksheetFreezePanes.freezeAt");
      sheet.frozen = { rows: rect.r1 === MAX_ROWS - 1 ? 0 : rows(rect), columns: rect.c1 === MAX_COLS - 1 ? 0 : cols(rect) };
    });
  }
  freezeRows(count = 1): void {
    this.command(16, () => {
      this.ws.resolve().frozen = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this.command(16, () => {
      this.ws.resolve().frozen = { rows: 0, columns: count };
    });
  }
  unfreeze(): void {
    this.command(16, () => {
      this.ws.resolve().frozen = { rows: 0, columns: 0 };
    });
  }
}

export class HostWorksheetProtection extends HostObject {
  constructor(private readonly ws: HostWorksheet) {
    super(ws.context, "WorksheetProtection");
  }
  get protected(): boolean {
    return this.read("protected");
  }
  load(spec?: unknown): this {
    const props = HostObject.props(spec, ["protected", "options"]);
    this.context.enqueueLoad(this, props, () => {
      const p = this.ws.resolve().protection;
      return { protected: p.protected, options: { ...p.options } };
    });
    return this;
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    this.context.requireSet("1.2", "WorksheetProtection.protect");
    this.command(jsonBytes(options ?? {}), () => {
      const sheet = this.ws.resolve();
      if (sheet.protection.protected) throw new HostError("InvalidOperation", "The sheet is already protected.", "WorksheetProtection.protect");
      sheet.protection = { protected: true, options: { ...(options ?? {}), ...(password ? { password: true } : {}) } };
    });
  }
  unprotect(): void {
    this.command(16, () => {
      this.ws.resolve().protection = { protected: false, options: {} };
    });
  }
}

export class HostAutoFilter extends HostObject {
  constructor(private readonly ws: HostWorksheet) {
    super(ws.context, "AutoFilter");
    ws.context.requireSet("1.9", "Worksheet.autoFilter");
  }
  apply(range: HostRange | string): void {
    this.command(64, () => {
      const sheet = this.ws.resolve();
      if (sheet.protection.protected) throw new HostError("AccessDenied", "The sheet is protected.", "AutoFilter.apply");
      const rect = typeof range === "string" ? parseAddress(range) : range.rect();
      if (!rect) throw invalidArgument("Bad range.", "AutoFilter.apply");
      sheet.autoFilter = rect;
    });
  }
}

export class HostPageLayout extends HostObject {
  constructor(private readonly ws: HostWorksheet) {
    super(ws.context, "PageLayout");
    ws.context.requireSet("1.9", "Worksheet.pageLayout");
  }
  set orientation(value: string) {
    this.command(32, () => {
      if (value !== "Portrait" && value !== "Landscape") throw invalidArgument(`orientation «${value}».`, "PageLayout.orientation");
      this.ws.resolve().pageLayout.orientation = value;
    });
  }
  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.command(jsonBytes(value), () => {
      if (value.scale !== undefined && (value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined)) {
        throw invalidArgument("zoom: scale together with fit-to-pages.", "PageLayout.zoom");
      }
      this.ws.resolve().pageLayout.zoom = { ...value } as Record<string, number>;
    });
  }
  setPrintArea(area: string): void {
    this.command(jsonBytes(area), () => {
      if (!parseAddress(area)) throw invalidArgument(`print area «${area}».`, "PageLayout.setPrintArea");
      this.ws.resolve().pageLayout.printArea = area;
    });
  }
  setPrintTitleRows(rowsText: string): void {
    this.command(jsonBytes(rowsText), () => {
      const rect = parseAddress(rowsText);
      if (!rect || rect.c0 !== 0 || rect.c1 !== MAX_COLS - 1) throw invalidArgument(`title rows «${rowsText}».`, "PageLayout.setPrintTitleRows");
      this.ws.resolve().pageLayout.printTitleRows = rowsText;
    });
  }
}

// ---------------------------------------------------------------------------------------------------- range

type Grid = unknown[][];

function checkGrid(value: unknown, rect: Rect, what: string): Grid {
  const nr = rows(rect);
  const nc = cols(rect);
  if (!Array.isArray(value) || value.length !== nr || value.some((row) => !Array.isArray(row) || row.length !== nc)) {
    const got = Array.isArray(value) ? `${value.length}×${Array.isArray(value[0]) ? value[0].length : "?"}` : typeof value;
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range ${rectAddress(rect)} is ${nr}×${nc}, got ${got}).`,
      `Range.${what}`,
    );
  }
  return value as Grid;
}

function guardProtected(sheet: HostSheet, what: string, allow?: string): void {
  if (!sheet.protection.protected) return;
  if (allow && sheet.protection.options[allow] === true) return;
  throw new HostError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${what}).`, what);
}

/** Enters one input as Excel reads typed input. */
function enter(cell: HostCell, input: unknown, asFormulas: boolean, where: string): void {
  if (input === null || input === undefined) return;
  cell.quotePrefix = false;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument(`Not a finite number at ${where}.`, "Range.values");
    cell.value = input;
    delete cell.formula;
    return;
  }
  if (typeof input === "boolean") {
    cell.value = input;
    delete cell.formula;
    return;
  }
  if (typeof input !== "string") throw invalidArgument(`Unsupported value type at ${where}.`, asFormulas ? "Range.formulas" : "Range.values");
  if (input.length > MAX_TEXT) throw invalidArgument(`Text longer than ${MAX_TEXT} characters at ${where}.`, "Range.values");
  delete cell.formula;
  if (input === "") {
    cell.value = "";
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (/^[=+-]/.test(input) && !NUMBER.test(input)) {
    if (input.length > MAX_FORMULA) throw new HostError("FormulaLengthExceedsLimit", `Formula longer than ${MAX_FORMULA} characters at ${where}.`);
    if (!isWellFormedFormula(input)) throw invalidArgument(`«${input.slice(0, 40)}» at ${where} is read as a formula, and it is not a valid one.`, "Range.values");
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    cell.value = "";
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  if (NUMBER.test(input)) {
    cell.value = Number(input);
    return;
  }
  if (PERCENT.test(input)) {
    cell.value = Number(input.replace("%", "")) / 100;
    return;
  }
  if (/^\s*(true|false)\s*$/i.test(input)) {
    cell.value = input.trim().toLowerCase() === "true";
    return;
  }
  const d = ISO_DATE.exec(input);
  if (d) {
    cell.value = dateSerial(Number(d[1]), Number(d[2]), Number(d[3]));
    return;
  }
  cell.value = input;
}

export class HostRange extends HostObject {
  private bound?: Rect;
  constructor(
    context: HostRequestContext,
    /** @internal */ readonly sheet: () => HostSheet,
    private readonly locate: () => Rect,
    /** a null object (from an *OrNullObject method): its loads give nulls, as in Office.js */
    private readonly isNull: () => boolean = () => false,
  ) {
    super(context, "Range");
  }

  /** @internal The rectangle, fixed at the first command that needs it. */
  rect(): Rect {
    if (!this.bound) this.bound = this.locate();
    return this.bound;
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get values(): HostValue[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.write(v, false);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write(v, true);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.command(jsonBytes(v), () => {
      const rect = this.rect();
      const sheet = this.sheet();
      guardProtected(sheet, "Range.numberFormat", "allowFormatCells");
      const grid = checkGrid(v, rect, "numberFormat");
      grid.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === null || f === undefined) return;
          if (typeof f !== "string") throw invalidArgument("number format must be text", "Range.numberFormat");
          cellFor(sheet, rect.r0 + i, rect.c0 + j).numberFormat = f;
        }),
      );
    });
  }
  set columnHidden(hidden: boolean) {
    this.context.requireSet("1.2", "Range.columnHidden");
    this.command(16, () => {
      const rect = this.rect();
      const sheet = this.sheet();
      guardProtected(sheet, "Range.columnHidden", "allowFormatColumns");
      for (let c = rect.c0; c <= rect.c1; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  load(spec?: unknown): this {
    const props = HostObject.props(spec, ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "formulas", "numberFormat"]);
    this.context.enqueueLoad(this, props, () => {
      if (this.isNull()) return Object.fromEntries(props.map((p) => [p, null]));
      const rect = this.rect();
      const sheet = this.sheet();
      const cells = rows(rect) * cols(rect);
      const wantsCells = props.some((p) => p === "values" || p === "formulas" || p === "numberFormat");
      if (wantsCells && cells > 5_000_000) throw new HostError("RangeExceedsLimit", "The range exceeds the 5,000,000-cell limit of a read.");
      const out: Record<string, unknown> = {};
      for (const p of props) {
        if (p === "address") out.address = `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
        else if (p === "rowIndex") out.rowIndex = rect.r0;
        else if (p === "columnIndex") out.columnIndex = rect.c0;
        else if (p === "rowCount") out.rowCount = rows(rect);
        else if (p === "columnCount") out.columnCount = cols(rect);
        else if (p === "values" || p === "formulas" || p === "numberFormat") out[p] = grid(sheet, rect, p);
        else throw invalidArgument(`Unknown property «${p}».`, "Range.load");
      }
      return out;
    });
    return this;
  }

  private write(v: unknown[][], asFormulas: boolean): void {
    const what = asFormulas ? "formulas" : "values";
    this.command(jsonBytes(v), () => {
      const rect = this.rect();
      const sheet = this.sheet();
      const grid = checkGrid(v, rect, what);
      if (sheet.protection.protected) {
        for (let r = rect.r0; r <= rect.r1; r++)
          for (let c = rect.c0; c <= rect.c1; c++)
            if (isLocked(sheet, r, c)) throw new HostError("AccessDenied", `Cell ${rectAddress({ r0: r, c0: c, r1: r, c1: c })} is locked on a protected sheet.`, `Range.${what}`);
      }
      grid.forEach((row, i) =>
        row.forEach((input, j) => {
          const r = rect.r0 + i;
          const c = rect.c0 + j;
          if (input === null || input === undefined) return;
          enter(cellFor(sheet, r, c), input, asFormulas, rectAddress({ r0: r, c0: c, r1: r, c1: c }));
        }),
      );
    });
  }

  /** The used part of this range (cells with values), or a null object. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange {
    this.context.requireSet("1.4", "Range.getUsedRangeOrNullObject");
    let cached: Rect | undefined | null = null;
    const rect = (): Rect | undefined => {
      if (cached !== null) return cached;
      const used = usedRect(this.sheet(), Boolean(valuesOnly));
      const own = this.rect();
      cached =
        used && overlaps(used, own)
          ? { r0: Math.max(used.r0, own.r0), c0: Math.max(used.c0, own.c0), r1: Math.min(used.r1, own.r1), c1: Math.min(used.c1, own.c1) }
          : undefined;
      if (cached) {
        // The used part of a range is the bounding box of its own filled cells, not of the sheet's.
        const sheet = this.sheet();
        let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
        for (let r = cached.r0; r <= cached.r1; r++) {
          const row = sheet.cells.get(r);
          if (!row) continue;
          for (const [c, cell] of row) {
            if (c < cached.c0 || c > cached.c1 || (cell.value === "" && cell.formula === undefined)) continue;
            r0 = Math.min(r0, r); r1 = Math.max(r1, r); c0 = Math.min(c0, c); c1 = Math.max(c1, c);
          }
        }
        cached = r1 < 0 ? undefined : { r0, c0, r1, c1 };
      }
      return cached;
    };
    const range = new HostRange(this.context, this.sheet, () => {
      const r = rect();
      if (!r) throw new HostError("InvalidOperation", "The object is a null object.", "Range");
      return r;
    }, () => rect() === undefined);
    this.context.enqueueLoad(range, "isNull", () => ({ isNullObject: rect() === undefined }));
    return range;
  }

  /** Selects the range in the Excel UI (ExcelApi 1.1): the range's sheet must be the active one. */
  select(): void {
    this.command(32, () => {
      const sheet = this.sheet();
      const state = this.context.state;
      const active = (state.activeSheet && state.sheets.find((s) => s.name.toLowerCase() === state.activeSheet!.toLowerCase())) || state.sheets[0];
      if (active !== sheet) throw new HostError("InvalidOperation", `Range.select on «${sheet.name}», which is not the active sheet: activate it first.`, "Range.select");
      state.selection = { sheet: sheet.name, address: rectAddress(this.rect()) };
    });
  }

  get format(): HostRangeFormat {
    return new HostRangeFormat(this);
  }
  get dataValidation(): HostDataValidation {
    return new HostDataValidation(this);
  }
  get conditionalFormats(): HostConditionalFormatCollection {
    return new HostConditionalFormatCollection(this);
  }

  merge(across = false): void {
    this.context.requireSet("1.2", "Range.merge");
    this.command(16, () => {
      const rect = this.rect();
      const sheet = this.sheet();
      guardProtected(sheet, "Range.merge");
      if (across) throw invalidArgument("merge across is not used by the pane", "Range.merge");
      if (sheet.merges.some((m) => overlaps(m, rect))) throw new HostError("MergedRangeConflict", `Range ${rectAddress(rect)} overlaps a merged range.`);
      if (rows(rect) * cols(rect) > 1) sheet.merges.push(rect);
    });
  }

  /** Copies formulas (with relative references moved, as a paste) from a source tiled over this range. */
  copyFrom(source: HostRange | string, copyType: string = "All"): void {
    this.context.requireSet("1.9", "Range.copyFrom");
    this.command(64, () => {
      const sheet = this.sheet();
      const dest = this.rect();
      const src = typeof source === "string" ? parseAddress(source) : source.rect();
      const srcSheet = typeof source === "string" ? sheet : source.sheet();
      if (!src) throw invalidArgument("Bad source.", "Range.copyFrom");
      if (copyType !== "Formulas" && copyType !== "Values") throw invalidArgument(`copyType «${copyType}» is not modelled by the test host`, "Range.copyFrom");
      const nr = rows(src);
      const nc = cols(src);
      if (rows(dest) % nr !== 0 || cols(dest) % nc !== 0) throw invalidArgument("The destination is not a multiple of the source.", "Range.copyFrom");
      if (sheet.protection.protected) throw new HostError("AccessDenied", "Protected sheet.", "Range.copyFrom");
      for (let r = dest.r0; r <= dest.r1; r++) {
        for (let c = dest.c0; c <= dest.c1; c++) {
          const sr = src.r0 + ((r - dest.r0) % nr);
          const sc = src.c0 + ((c - dest.c0) % nc);
          const from = getCell(srcSheet, sr, sc);
          const to = cellFor(sheet, r, c);
          if (copyType === "Formulas" && from?.formula) {
            to.formula = shiftFormula(from.formula, r - sr, c - sc);
            to.value = "";
          } else {
            delete to.formula;
            to.value = from?.value ?? "";
          }
        }
      }
    });
  }
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function grid(sheet: HostSheet, rect: Rect, what: "values" | "formulas" | "numberFormat"): unknown[][] {
  const out: unknown[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: unknown[] = [];
    const cells = sheet.cells.get(r);
    for (let c = rect.c0; c <= rect.c1; c++) {
      const cell = cells?.get(c);
      if (what === "values") row.push(cell?.value ?? "");
      else if (what === "formulas") row.push(cell?.formula ?? cell?.value ?? "");
      else row.push(cell?.numberFormat ?? "General");
    }
    out.push(row);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------- formats

const COLOR = /^#[0-9A-Fa-f]{6}$/;

class FormatPart extends HostObject {
  constructor(
    protected readonly range: HostRange,
    typeName: string,
  ) {
    super(range.context, typeName);
  }
  protected layer(props: FormatProps, allow = "allowFormatCells"): void {
    this.command(jsonBytes(props), () => {
      const sheet = this.range.sheet();
      guardProtected(sheet, `${this.typeName}`, allow);
      sheet.layers.push({ rect: this.range.rect(), props });
    });
  }
  protected checkColor(value: string, where: string): string {
    if (!COLOR.test(value)) {
      this.command(0, () => {
        throw invalidArgument(`Colour «${value}».`, where);
      });
    }
    return value.toUpperCase();
  }
}

export class HostRangeFormat extends FormatPart {
  constructor(range: HostRange) {
    super(range, "RangeFormat");
  }
  get font(): HostRangeFont {
    return new HostRangeFont(this.range);
  }
  get fill(): HostRangeFill {
    return new HostRangeFill(this.range);
  }
  get borders(): HostBorders {
    return new HostBorders(this.range);
  }
  get protection(): HostFormatProtection {
    return new HostFormatProtection(this.range);
  }
  set wrapText(v: boolean) {
    this.layer({ wrapText: Boolean(v) });
  }
  set horizontalAlignment(v: string) {
    if (!["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"].includes(v)) {
      this.command(0, () => {
        throw invalidArgument(`horizontalAlignment «${v}».`, "RangeFormat.horizontalAlignment");
      });
    }
    this.layer({ horizontalAlignment: v });
  }
  set verticalAlignment(v: string) {
    if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v)) {
      this.command(0, () => {
        throw invalidArgument(`verticalAlignment «${v}».`, "RangeFormat.verticalAlignment");
      });
    }
    this.layer({ verticalAlignment: v });
  }
  set columnWidth(points: number) {
    this.command(16, () => {
      const sheet = this.range.sheet();
      guardProtected(sheet, "RangeFormat.columnWidth", "allowFormatColumns");
      if (!(points >= 0 && points <= 1790)) throw invalidArgument(`column width ${points}.`, "RangeFormat.columnWidth");
      const rect = this.range.rect();
      for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.command(16, () => {
      const sheet = this.range.sheet();
      guardProtected(sheet, "RangeFormat.rowHeight", "allowFormatRows");
      if (!(points >= 0 && points <= 409)) throw invalidArgument(`row height ${points} (Excel allows 0–409 points).`, "RangeFormat.rowHeight");
      const rect = this.range.rect();
      for (let r = rect.r0; r <= rect.r1; r++) sheet.rowHeights.set(r, points);
    });
  }
}

export class HostRangeFont extends FormatPart {
  constructor(range: HostRange) {
    super(range, "RangeFont");
  }
  set name(v: string) {
    this.layer({ fontName: v });
  }
  set size(v: number) {
    this.layer({ fontSize: v });
  }
  set bold(v: boolean) {
    this.layer({ bold: v });
  }
  set italic(v: boolean) {
    this.layer({ italic: v });
  }
  set color(v: string) {
    this.layer({ fontColor: this.checkColor(v, "RangeFont.color") });
  }
}

export class HostRangeFill extends FormatPart {
  constructor(range: HostRange) {
    super(range, "RangeFill");
  }
  set color(v: string) {
    this.layer({ fill: this.checkColor(v, "RangeFill.color") });
  }
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical", "DiagonalDown", "DiagonalUp"];

export class HostBorders extends FormatPart {
  constructor(range: HostRange) {
    super(range, "RangeBorderCollection");
  }
  getItem(index: string): HostBorder {
    return new HostBorder(this.range, index);
  }
}

export class HostBorder extends FormatPart {
  constructor(
    range: HostRange,
    private readonly edge: string,
  ) {
    super(range, "RangeBorder");
    if (!EDGES.includes(edge)) {
      this.command(0, () => {
        throw invalidArgument(`Border «${edge}».`, "RangeBorderCollection.getItem");
      });
    }
  }
  private setLook(look: Partial<{ style: string; color: string; weight: string }>): void {
    this.command(jsonBytes(look), () => {
      const sheet = this.range.sheet();
      guardProtected(sheet, "RangeBorder", "allowFormatCells");
      const rect = this.range.rect();
      if ((this.edge === "InsideHorizontal" && rows(rect) < 2) || (this.edge === "InsideVertical" && cols(rect) < 2)) {
        throw invalidArgument(`${this.edge} on ${rectAddress(rect)}, which has no inside edge of that kind.`, "RangeBorder");
      }
      sheet.layers.push({ rect, props: { borders: { [this.edge]: { style: look.style ?? "Continuous", ...look } } } });
    });
  }
  set style(v: string) {
    this.setLook({ style: v });
  }
  set weight(v: string) {
    this.setLook({ weight: v });
  }
  set color(v: string) {
    this.setLook({ color: this.checkColor(v, "RangeBorder.color") });
  }
}

export class HostFormatProtection extends FormatPart {
  constructor(range: HostRange) {
    super(range, "FormatProtection");
    range.context.requireSet("1.2", "RangeFormat.protection");
  }
  set locked(v: boolean) {
    this.layer({ locked: Boolean(v) });
  }
}

// ---------------------------------------------------------------------------------------------------- validation

const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];

function checkOperand(v: unknown, where: string): void {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw invalidArgument("operand is not finite", where);
    return;
  }
  if (typeof v !== "string") throw invalidArgument("operand must be a number or a formula", where);
  if (NUMBER.test(v)) return;
  if (!v.startsWith("=") || !isWellFormedFormula(v)) throw invalidArgument(`operand «${v.slice(0, 40)}» must be a number or start with "="`, where);
  if (v.length - 1 > 255) throw invalidArgument("validation formula longer than 255 characters", where);
}

export class HostDataValidation extends HostObject {
  constructor(private readonly range: HostRange) {
    super(range.context, "DataValidation");
    range.context.requireSet("1.8", "Range.dataValidation");
  }
  private entry(): HostValidation {
    const sheet = this.range.sheet();
    guardProtected(sheet, "DataValidation");
    const rect = this.range.rect();
    let v = sheet.validations.find((x) => x.rect.r0 === rect.r0 && x.rect.c0 === rect.c0 && x.rect.r1 === rect.r1 && x.rect.c1 === rect.c1);
    if (!v) {
      if (sheet.validations.some((x) => overlaps(x.rect, rect))) throw invalidArgument("overlaps another validation", "DataValidation");
      v = { rect };
      sheet.validations.push(v);
    }
    return v;
  }
  set rule(rule: Record<string, any>) {
    this.command(jsonBytes(rule), () => {
      const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
      if (kinds.length !== 1) throw invalidArgument("a rule has exactly one kind", "DataValidation.rule");
      const kind = kinds[0];
      const body = rule[kind];
      if (kind === "list") {
        if (typeof body.source !== "string" || body.source.trim() === "") throw invalidArgument("empty list source", "DataValidation.rule");
        if (body.source.startsWith("=")) {
          const rect = parseAddress(body.source.slice(1));
          if (!rect) throw invalidArgument(`list source «${body.source}»`, "DataValidation.rule");
        } else if (body.source.length > 255) throw invalidArgument("inline list longer than 255 characters", "DataValidation.rule");
      } else if (kind === "custom") {
        if (typeof body.formula !== "string" || !body.formula.startsWith("=")) throw invalidArgument("custom formula must start with =", "DataValidation.rule");
        checkOperand(body.formula, "DataValidation.rule");
      } else if (kind === "wholeNumber" || kind === "decimal" || kind === "textLength") {
        if (!OPERATORS.includes(body.operator)) throw invalidArgument(`operator «${body.operator}»`, "DataValidation.rule");
        checkOperand(body.formula1, "DataValidation.rule");
        if (body.operator === "Between" || body.operator === "NotBetween") checkOperand(body.formula2, "DataValidation.rule");
      } else throw invalidArgument(`rule kind «${kind}» is not used by the pane`, "DataValidation.rule");
      this.entry().rule = JSON.parse(JSON.stringify(rule));
    });
  }
  set prompt(p: { title: string; message: string; showPrompt: boolean }) {
    this.command(jsonBytes(p), () => {
      if ((p.title ?? "").length > 32) throw invalidArgument("prompt title longer than 32 characters", "DataValidation.prompt");
      if ((p.message ?? "").length > 255) throw invalidArgument("prompt message longer than 255 characters", "DataValidation.prompt");
      this.entry().prompt = { ...p };
    });
  }
  set errorAlert(a: { title: string; message: string; style: string; showAlert: boolean }) {
    this.command(jsonBytes(a), () => {
      if ((a.title ?? "").length > 32) throw invalidArgument("alert title longer than 32 characters", "DataValidation.errorAlert");
      if ((a.message ?? "").length > 255) throw invalidArgument("alert message longer than 255 characters", "DataValidation.errorAlert");
      if (!["Stop", "Warning", "Information"].includes(a.style)) throw invalidArgument(`alert style «${a.style}»`, "DataValidation.errorAlert");
      this.entry().errorAlert = { ...a };
    });
  }
  set ignoreBlanks(v: boolean) {
    this.command(16, () => {
      this.entry().ignoreBlanks = v;
    });
  }
}

// ---------------------------------------------------------------------------------------------------- conditional formats

export class HostConditionalFormatCollection extends HostObject {
  constructor(private readonly range: HostRange) {
    super(range.context, "ConditionalFormatCollection");
    range.context.requireSet("1.6", "Range.conditionalFormats");
  }
  add(type: string): HostConditionalFormat {
    let entry: CfEntry | undefined;
    this.command(32, () => {
      const sheet = this.range.sheet();
      guardProtected(sheet, "ConditionalFormatCollection.add");
      if (type !== "Custom") throw invalidArgument(`conditional format type «${type}» is not used by the pane`, "ConditionalFormatCollection.add");
      entry = { rect: this.range.rect(), type } as CfEntry;
      // Excel adds a new conditional format at the top priority.
      sheet.conditionalFormats.unshift(entry);
    });
    return new HostConditionalFormat(this.context, () => {
      if (!entry) throw new HostError("ItemNotFound", "The conditional format was not created.");
      return entry;
    });
  }
}

export class HostConditionalFormat extends HostObject {
  constructor(
    context: HostRequestContext,
    private readonly entry: () => CfEntry,
  ) {
    super(context, "ConditionalFormat");
  }
  get custom(): { rule: { formula: string }; format: { fill: { color: string }; font: { color: string; bold: boolean } } } {
    const ctx = this.context;
    const entry = this.entry;
    const set = (bytes: number, run: (e: CfEntry) => void): void => ctx.enqueue({ bytes: bytes + 48, run: () => run(entry()) });
    return {
      rule: {
        set formula(f: string) {
          set(jsonBytes(f), (e) => {
            if (typeof f !== "string" || !f.startsWith("=") || !isWellFormedFormula(f)) {
              throw invalidArgument(`conditional format formula «${String(f).slice(0, 40)}» must start with "=" and be valid`, "ConditionalFormatRule.formula");
            }
            e.formula = f;
          });
        },
        get formula(): string {
          throw propertyNotLoaded("ConditionalFormatRule", "formula");
        },
      },
      format: {
        fill: {
          set color(c: string) {
            set(16, (e) => {
              if (!COLOR.test(c)) throw invalidArgument(`Colour «${c}».`, "ConditionalRangeFill.color");
              e.fill = c.toUpperCase();
            });
          },
          get color(): string {
            throw propertyNotLoaded("ConditionalRangeFill", "color");
          },
        },
        font: {
          set color(c: string) {
            set(16, (e) => {
              if (!COLOR.test(c)) throw invalidArgument(`Colour «${c}».`, "ConditionalRangeFont.color");
              e.fontColor = c.toUpperCase();
            });
          },
          get color(): string {
            throw propertyNotLoaded("ConditionalRangeFont", "color");
          },
          set bold(b: boolean) {
            set(16, (e) => {
              e.bold = b;
            });
          },
          get bold(): boolean {
            throw propertyNotLoaded("ConditionalRangeFont", "bold");
          },
        },
      },
    };
  }
}

export { contains };

// ---------------------------------------------------------------------------------------------------- charts

/** Chart types the host accepts (Excel.ChartType values of the kinds a pane might add). */
const CHART_TYPES = new Set([
  "ColumnClustered", "ColumnStacked", "BarClustered", "BarStacked", "Line", "LineMarkers", "Pie", "Area",
  "XYScatter", "XYScatterLines", "XYScatterLinesNoMarkers", "XYScatterSmooth", "XYScatterSmoothNoMarkers", "Bubble",
]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);
const LEGEND_POSITIONS = new Set(["Top", "Bottom", "Left", "Right", "Corner", "Custom"]);
const MARKER_STYLES = new Set(["Automatic", "None", "Square", "Diamond", "Triangle", "X", "Star", "Dot", "Dash", "Circle", "Plus"]);

function chartSource(range: unknown, where: string): ChartSource {
  if (!(range instanceof HostRange)) throw invalidArgument("the source must be a Range object", where);
  const rect = range.rect();
  return { sheet: range.sheet().name, range: rectAddress(rect) };
}

export class HostChartCollection extends HostObject {
  constructor(private readonly ws: HostWorksheet) {
    super(ws.context, "ChartCollection");
  }
  /** Adds a chart of `sourceData` (ExcelApi 1.1): scatter types take the first column as X when there are several. */
  add(type: string, sourceData: HostRange, seriesBy: string = "Auto"): HostChart$ {
    let created: HostChart | undefined;
    this.command(jsonBytes({ type, seriesBy }) + 64, () => {
      const sheet = this.ws.resolve();
      guardProtected(sheet, "ChartCollection.add", "allowEditObjects");
      if (!CHART_TYPES.has(type)) throw invalidArgument(`chart type «${type}»`, "ChartCollection.add");
      if (!SERIES_BY.has(seriesBy)) throw invalidArgument(`seriesBy «${seriesBy}»`, "ChartCollection.add");
      const source = chartSource(sourceData, "ChartCollection.add");
      const rect = sourceData.rect();
      const byRows = seriesBy === "Rows";
      const lines = byRows ? rows(rect) : cols(rect);
      const scatter = type.startsWith("XYScatter");
      const cell = (i: number): string =>
        rectAddress(byRows ? { r0: rect.r0 + i, c0: rect.c0, r1: rect.r0 + i, c1: rect.c1 } : { r0: rect.r0, c0: rect.c0 + i, r1: rect.r1, c1: rect.c0 + i });
      const series: HostChartSeries[] = [];
      const firstY = scatter && lines > 1 ? 1 : 0;
      for (let i = firstY; i < lines; i++) {
        series.push({
          name: `Ряд${series.length + 1}`,
          values: { sheet: source.sheet, range: cell(i) },
          ...(firstY ? { xValues: { sheet: source.sheet, range: cell(0) } } : {}),
        });
      }
      created = { name: `Диаграмма ${sheet.charts.length + 1}`, type, source, seriesBy, series };
      sheet.charts.push(created);
    });
    return new HostChart$(this.context, () => {
      if (!created) throw new HostError("ItemNotFound", "The chart was not created.", "Chart");
      return created;
    });
  }
}

/** A text property of a chart part (`title.text`), set through a command. */
function textPart(obj: HostObject, set: (text: string) => void, where: string): { text: string } {
  const ctx = obj.context;
  return {
    set text(v: string) {
      ctx.enqueue({
        bytes: jsonBytes(v) + 48,
        run: () => {
          if (typeof v !== "string") throw invalidArgument("text must be a string", where);
          if (v.length > 255) throw invalidArgument("a chart title is at most 255 characters", where);
          set(v);
        },
      });
    },
    get text(): string {
      throw propertyNotLoaded(where, "text");
    },
  };
}

export class HostChart$ extends HostObject {
  constructor(
    context: HostRequestContext,
    /** @internal */ readonly resolve: () => HostChart,
  ) {
    super(context, "Chart");
  }
  get title(): { text: string } {
    return textPart(this, (t) => (this.resolve().title = t), "ChartTitle");
  }
  get axes(): { categoryAxis: { title: { text: string } }; valueAxis: { title: { text: string } } } {
    return {
      categoryAxis: { title: textPart(this, (t) => (this.resolve().xTitle = t), "ChartAxisTitle") },
      valueAxis: { title: textPart(this, (t) => (this.resolve().yTitle = t), "ChartAxisTitle") },
    };
  }
  get legend(): { position: string } {
    const command = (run: () => void): void => this.command(16, run);
    const chart = (): HostChart => this.resolve();
    return {
      set position(v: string) {
        command(() => {
          if (!LEGEND_POSITIONS.has(v)) throw invalidArgument(`legend position «${v}»`, "ChartLegend.position");
          chart().legend = v;
        });
      },
      get position(): string {
        throw propertyNotLoaded("ChartLegend", "position");
      },
    };
  }
  /** Places the chart over cells (ExcelApi 1.1). */
  setPosition(startCell: string | HostRange, endCell?: string | HostRange): void {
    this.command(64, () => {
      const text = (c: string | HostRange): string => {
        const rect = typeof c === "string" ? parseAddress(c) : c.rect();
        if (!rect) throw invalidArgument(`cell «${String(c)}»`, "Chart.setPosition");
        return rectAddress(rect);
      };
      this.resolve().position = { from: text(startCell), ...(endCell !== undefined ? { to: text(endCell) } : {}) };
    });
  }
  get series(): HostChartSeriesCollection {
    return new HostChartSeriesCollection(this);
  }
}

export class HostChartSeriesCollection extends HostObject {
  constructor(private readonly chart: HostChart$) {
    super(chart.context, "ChartSeriesCollection");
  }
  /** A new empty series (ExcelApi 1.7). */
  add(name?: string, index?: number): HostChartSeries$ {
    this.context.requireSet("1.7", "ChartSeriesCollection.add");
    let created: HostChartSeries | undefined;
    this.command(jsonBytes(name ?? ""), () => {
      const chart = this.chart.resolve();
      created = { name: name ?? `Ряд${chart.series.length + 1}` };
      if (index === undefined) chart.series.push(created);
      else chart.series.splice(index, 0, created);
    });
    return new HostChartSeries$(this.context, () => {
      if (!created) throw new HostError("ItemNotFound", "The series was not created.", "ChartSeries");
      return created;
    });
  }
  /** The series at a position (ExcelApi 1.1). */
  getItemAt(index: number): HostChartSeries$ {
    return new HostChartSeries$(this.context, () => {
      const s = this.chart.resolve().series[index];
      if (!s) throw new HostError("ItemNotFound", `The chart has no series at ${index}.`, "ChartSeriesCollection.getItemAt");
      return s;
    });
  }
}

export class HostChartSeries$ extends HostObject {
  constructor(
    context: HostRequestContext,
    private readonly resolve: () => HostChartSeries,
  ) {
    super(context, "ChartSeries");
  }
  set name(v: string) {
    this.command(jsonBytes(v), () => {
      if (typeof v !== "string" || v.length > 255) throw invalidArgument("series name", "ChartSeries.name");
      this.resolve().name = v;
    });
  }
  set chartType(v: string) {
    this.context.requireSet("1.7", "ChartSeries.chartType");
    this.command(32, () => {
      if (!CHART_TYPES.has(v)) throw invalidArgument(`chart type «${v}»`, "ChartSeries.chartType");
      this.resolve().chartType = v;
    });
  }
  set markerStyle(v: string) {
    this.context.requireSet("1.7", "ChartSeries.markerStyle");
    this.command(32, () => {
      if (!MARKER_STYLES.has(v)) throw invalidArgument(`marker style «${v}»`, "ChartSeries.markerStyle");
      this.resolve().markerStyle = v;
    });
  }
  private setData(kind: "values" | "xValues", range: HostRange, where: string): void {
    this.context.requireSet("1.7", where);
    this.command(64, () => {
      const source = chartSource(range, where);
      const rect = range.rect();
      if (rows(rect) > 1 && cols(rect) > 1) throw invalidArgument(`${source.range}: a series takes one row or one column`, where);
      this.resolve()[kind] = source;
    });
  }
  /** The series' Y values (ExcelApi 1.7). */
  setValues(sourceData: HostRange): void {
    this.setData("values", sourceData, "ChartSeries.setValues");
  }
  /** The series' X values (ExcelApi 1.7). */
  setXAxisValues(sourceData: HostRange): void {
    this.setData("xValues", sourceData, "ChartSeries.setXAxisValues");
  }
}
