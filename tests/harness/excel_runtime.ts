/**
 * A stand-in for Excel's custom-functions runtime, strict where Excel is strict, to load the built
 * dist/functions.js in a bare V8 context and call functions by id the way Excel does.
 *
 * Rules it enforces: each id associated once and present in functions.json; arguments passed in the
 * declared shape (a matrix parameter always receives a 2-D array, omitted optional arguments `null`);
 * results of a matrix function are non-empty rectangular 2-D arrays of numbers, strings, booleans or
 * `CustomFunctions.Error`; no NaN or ±Infinity (Excel would show #NUM!); only the error codes a function
 * may return, and a custom message only on #VALUE! and #N/A, as Excel documents.
 */
import { readFileSync } from "fs";
import { join } from "path";
import vm from "vm";
import type { ExcelMetadata, ExcelFunction } from "../../src/metadata/excel_metadata";

export const DIST = join(__dirname, "..", "..", "dist");

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
  busy: "#BUSY!",
  connect: "#CONNECT!",
  gettingData: "#GETTING_DATA",
} as const;
const OUTPUT_CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#BUSY!", "#CONNECT!", "#GETTING_DATA"]);
const MESSAGE_CODES = new Set(["#VALUE!", "#N/A"]);

export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {
    if (!OUTPUT_CODES.has(code)) throw new Error(`CustomFunctions.Error: code ${code} cannot be returned by a function`);
    if (message !== undefined && !MESSAGE_CODES.has(code)) {
      throw new Error(`CustomFunctions.Error: Excel shows no custom message for ${code}`);
    }
    if (message !== undefined && message.length > 255) throw new Error("CustomFunctions.Error: message too long");
  }
}

export type ExcelCell = number | string | boolean | StandInError;

export interface LoadedBundle {
  metadata: ExcelMetadata;
  ru: ExcelMetadata;
  ids: string[];
  /** Calls a function by id with arguments as the user wrote them (scalars, 2-D arrays, `undefined` = omitted). */
  call(id: string, ...args: unknown[]): ExcelCell[][];
}

export function loadFunctionsBundle(): LoadedBundle {
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as ExcelMetadata;
  const ru = JSON.parse(readFileSync(join(DIST, "functions.ru.json"), "utf8")) as ExcelMetadata;
  const declared = new Map<string, ExcelFunction>(metadata.functions.map((f) => [f.id, f]));
  const associated = new Map<string, (...a: unknown[]) => unknown>();
  const CustomFunctions = {
    Error: StandInError,
    ErrorCode: ERROR_CODES,
    associate(id: string, fn: (...a: unknown[]) => unknown) {
      if (typeof id !== "string" || typeof fn !== "function") throw new Error("associate(id, function) expected");
      if (!declared.has(id)) throw new Error(`associate: ${id} is not in functions.json`);
      if (associated.has(id)) throw new Error(`associate: ${id} associated twice`);
      associated.set(id, fn);
    },
  };
  // A bare context: no require, no process, no DOM — the custom-functions runtime offers none of them.
  const context = vm.createContext({ CustomFunctions, console });
  vm.runInContext(readFileSync(join(DIST, "functions.js"), "utf8"), context, { filename: "functions.js" });

  const call = (id: string, ...args: unknown[]): ExcelCell[][] => {
    const meta = declared.get(id);
    const fn = associated.get(id);
    if (!meta || !fn) throw new Error(`${id} is not registered`);
    if (args.length > meta.parameters.length) throw new Error(`${id}: too many arguments`);
    const passed = meta.parameters.map((p, i) => {
      const a = args[i];
      if (a === undefined) {
        if (!p.optional) throw new Error(`${id}: required argument ${p.name} missing`);
        return null;
      }
      if (p.dimensionality === "matrix") return Array.isArray(a) ? a : [[a]];
      if (Array.isArray(a)) throw new Error(`${id}: ${p.name} is scalar in the metadata; Excel would not pass a range`);
      return a;
    });
    let result: unknown;
    try {
      result = fn(...passed);
    } catch (e) {
      if (e instanceof StandInError) return [[e]];
      throw new Error(`${id} threw something other than CustomFunctions.Error: ${String(e)}`);
    }
    return checkResult(id, meta, result);
  };
  return { metadata, ru, ids: [...associated.keys()], call };
}

function checkResult(id: string, meta: ExcelFunction, result: unknown): ExcelCell[][] {
  if (meta.result.dimensionality !== "matrix") throw new Error(`${id}: expected a matrix result in the metadata`);
  if (!Array.isArray(result) || result.length === 0) throw new Error(`${id}: result is not a non-empty 2-D array`);
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  if (width < 1) throw new Error(`${id}: result rows must be non-empty arrays`);
  for (const row of result) {
    if (!Array.isArray(row) || row.length !== width) throw new Error(`${id}: result is not rectangular`);
    for (const cell of row) {
      if (cell instanceof StandInError) continue;
      if (typeof cell === "number" && !Number.isFinite(cell)) throw new Error(`${id}: returned ${cell}`);
      if (typeof cell === "string" && cell.length > 32767) throw new Error(`${id}: string longer than a cell holds`);
      if (!["number", "string", "boolean"].includes(typeof cell)) throw new Error(`${id}: returned a cell of type ${typeof cell}`);
    }
  }
  return result as ExcelCell[][];
}
