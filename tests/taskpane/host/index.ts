/**
 * The test host: a fake `Office` + `Excel` (+ `OfficeExtension`, `CustomFunctions`) that implements the calls the
 * task pane makes and enforces Excel's rules (see api.ts), over an in-memory workbook tests can inspect.
 * Works in Node (unit tests, the benchmark) and in the browser (bundled in place of office.js).
 *
 * @example
 *   const host = createHost();
 *   host.install(globalThis);
 *   await Excel.run(async (ctx) => { ... });
 *   host.view("Контекстные данные").values[0][0] // => "Контекстные данные ОО (социальный паспорт школы)"
 */
import { HostError } from "./errors";
import { HostRequestContext, type HostState, jsonBytes, sheetNameProblem } from "./api";
import { cellFor, cellFormat, getCell, newSheet, sheetView, type HostChart, type HostSheet, type SheetView } from "./model";
import { parseAddress } from "./address";

export { HostError } from "./errors";
export type { HostSheet, SheetView, HostChart, HostChartSeries } from "./model";
export type { HostStats } from "./api";
export { jsonBytes, sheetNameProblem } from "./api";
export { shiftFormula, isWellFormedFormula } from "./formula_text";

export interface HostOptions {
  /** highest ExcelApi requirement set supported, e.g. "1.8" (default "1.17") */
  apiVersion?: string;
  /** bytes a request or a response may carry (default 5 MB, as Excel on the web) */
  payloadLimit?: number;
  /** the workbook structure is protected: adding a sheet fails with AccessDenied */
  structureProtected?: boolean;
  /** milliseconds every `sync()` takes (default 0; the browser tests slow it down to see progress) */
  latencyMs?: number;
  /** the Office platform reported by `Office.onReady` */
  platform?: string;
}

export interface Host {
  Office: any;
  Excel: any;
  OfficeExtension: any;
  CustomFunctions: any;
  state: HostState;
  /** `sync()` calls so far, over all contexts */
  readonly syncs: number;
  /** a sheet of the workbook, for inspection */
  sheet(name: string): HostSheet;
  /** values, formulas and settings of a sheet, for tests */
  view(name: string): SheetView;
  /** the sheet names in order */
  names(): string[];
  /** adds a sheet with values from A1 (setup of a test, not through the API) */
  addSheet(name: string, rows?: (string | number | boolean | null)[][]): HostSheet;
  /** the effective format of one cell */
  format(sheet: string, address: string): ReturnType<typeof cellFormat>;
  /** the number format of one cell */
  numberFormat(sheet: string, address: string): string;
  /** the charts of a sheet, for inspection */
  charts(name: string): HostChart[];
  /** the range last selected through Range.select */
  readonly selection: { sheet: string; address: string } | undefined;
  /** the active sheet's name */
  readonly activeSheet: string | undefined;
  /** registered custom functions (ids) */
  customFunctions: string[];
  /** puts `Office`, `Excel`, `OfficeExtension`, `CustomFunctions` on a global object */
  install(target: any): void;
  /** removes what install() put */
  uninstall(target: any): void;
}

function versionNumber(text: string): number {
  const [a, b] = text.split(".").map(Number);
  return a * 1000 + (b || 0);
}

export function createHost(options: HostOptions = {}): Host {
  const state: HostState = {
    sheets: [],
    apiVersion: versionNumber(options.apiVersion ?? "1.17"),
    payloadLimit: options.payloadLimit ?? 5 * 1024 * 1024,
    structureProtected: options.structureProtected ?? false,
    latencyMs: options.latencyMs ?? 0,
    stats: { syncs: 0, requests: [], setChecks: [] },
  };
  const customFunctions: string[] = [];

  const Excel = {
    async run(batch: (context: HostRequestContext) => Promise<unknown>): Promise<unknown> {
      if (typeof batch !== "function") throw new HostError("InvalidArgument", "Excel.run needs a batch function.");
      const context = new HostRequestContext(state);
      const result = await batch(context);
      // Excel.run sends what is still queued when the batch ends.
      if ((context as any).queue.length) await context.sync();
      return result;
    },
    RequestContext: HostRequestContext,
    ErrorCodes: {
      accessDenied: "AccessDenied",
      apiNotFound: "ApiNotFound",
      invalidArgument: "InvalidArgument",
      invalidOperation: "InvalidOperation",
      itemAlreadyExists: "ItemAlreadyExists",
      itemNotFound: "ItemNotFound",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
  };

  const readyInfo = { host: "Excel", platform: options.platform ?? "OfficeOnline" };
  const Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    onReady(callback?: (info: typeof readyInfo) => void): Promise<typeof readyInfo> {
      return new Promise((resolve) =>
        setTimeout(() => {
          callback?.(readyInfo);
          resolve(readyInfo);
        }, 0),
      );
    },
    context: {
      displayLanguage: "ru-RU",
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          state.stats.setChecks.push(`${name} ${minVersion ?? ""}`.trim());
          const v = versionNumber(minVersion ?? "1.1");
          if (name === "ExcelApi") return v <= state.apiVersion;
          if (name === "SharedRuntime" || name === "CustomFunctionsRuntime") return v <= versionNumber("1.1");
          return false;
        },
      },
    },
  };

  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? code);
    }
  }
  const CustomFunctions = {
    associate(id: string | Record<string, unknown>): void {
      if (typeof id === "string") customFunctions.push(id);
      else customFunctions.push(...Object.keys(id));
    },
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
  };

  const OfficeExtension = { Error: HostError, ErrorCodes: { propertyNotLoaded: "PropertyNotLoaded" } };

  const find = (name: string): HostSheet => {
    const s = state.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`test host: no sheet «${name}»; sheets: ${state.sheets.map((x) => x.name).join(", ")}`);
    return s;
  };
  const cellAt = (address: string): { r: number; c: number } => {
    const rect = parseAddress(address);
    if (!rect) throw new Error(`test host: bad address «${address}»`);
    return { r: rect.r0, c: rect.c0 };
  };

  const host: Host = {
    Office,
    Excel,
    OfficeExtension,
    CustomFunctions,
    state,
    get syncs() {
      return state.stats.syncs;
    },
    sheet: find,
    view: (name) => sheetView(find(name)),
    names: () => state.sheets.map((s) => s.name),
    addSheet(name, rows = []) {
      const problem = sheetNameProblem(name);
      if (problem) throw new Error(`test host: sheet name «${name}»: ${problem}`);
      const s = newSheet(name);
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === "") return;
          const cell = cellFor(s, r, c);
          if (typeof v === "string" && v.startsWith("=")) {
            cell.formula = v;
            cell.value = "";
          } else cell.value = v;
        }),
      );
      state.sheets.push(s);
      return s;
    },
    format(sheet, address) {
      const { r, c } = cellAt(address);
      return cellFormat(find(sheet), r, c);
    },
    numberFormat(sheet, address) {
      const { r, c } = cellAt(address);
      return getCell(find(sheet), r, c)?.numberFormat ?? "General";
    },
    charts: (name) => find(name).charts,
    get selection() {
      return state.selection;
    },
    get activeSheet() {
      return state.activeSheet ?? state.sheets[0]?.name;
    },
    customFunctions,
    install(target) {
      Object.assign(target, { Office, Excel, OfficeExtension, CustomFunctions });
    },
    uninstall(target) {
      for (const k of ["Office", "Excel", "OfficeExtension", "CustomFunctions"]) delete target[k];
    },
  };
  return host;
}

/** Bytes of a value as JSON (what a request or response carries). */
export const payloadBytes = jsonBytes;
