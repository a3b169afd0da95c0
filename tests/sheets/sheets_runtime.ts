/**
 * A stand-in for Google Sheets calling custom functions, strict where Sheets is strict, to load the built
 * dist/sheets/Code.js in a bare V8 context (nothing but the language's own globals: no require, process,
 * window, document, Logger) and call the `EDU_*` top-level functions the way a formula does.
 *
 * What it enforces: arguments are Sheets-shaped (a bare number, text, boolean or `Date`, `""` for an empty
 * cell, or a non-empty rectangular 2-D array of those); an answer is a number (finite), a text of at most
 * 50,000 characters (a cell's limit), a boolean, or a non-empty rectangular 2-D array of those; anything thrown
 * is an `Error` whose message starts with one of the four codes and says in Russian what is wrong.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import vm from "vm";

export const SHEETS_DIST = join(__dirname, "..", "..", "dist", "sheets");
export const CODE_JS = join(SHEETS_DIST, "Code.js");

export const ERROR_CODES = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type SheetsCell = number | string | boolean;
export type SheetsValue = SheetsCell | SheetsCell[][];
export type SheetsAnswer = { kind: "value"; value: SheetsValue } | { kind: "error"; code: ErrorCode; message: string };

export interface SheetsBundle {
  source: string;
  context: vm.Context;
  /** Top-level functions the script declares, in declaration order. */
  functionNames: string[];
  /** Calls `EDU_<id>` with Sheets-shaped arguments (checked); trailing omitted arguments are simply not passed. */
  call(id: string, ...args: unknown[]): SheetsAnswer;
  /** Calls without checking the arguments (anything a buggy caller might pass); the answer is still checked. */
  callRaw(id: string, ...args: unknown[]): SheetsAnswer;
}

export function requireBuiltScript(): void {
  if (!existsSync(CODE_JS)) throw new Error("dist/sheets/Code.js is missing: run `npm run build` (npm test does it first)");
}

const isDate = (v: unknown): boolean => Object.prototype.toString.call(v) === "[object Date]";

function checkInputCell(id: string, v: unknown): void {
  if (typeof v === "number" && Number.isFinite(v)) return;
  if (typeof v === "string" || typeof v === "boolean" || isDate(v)) return;
  throw new Error(`${id}: Sheets never passes ${String(v)} (${typeof v}) as a cell`);
}

function checkInput(id: string, v: unknown): void {
  if (!Array.isArray(v)) return checkInputCell(id, v);
  if (v.length === 0 || !v.every(Array.isArray)) throw new Error(`${id}: a range must be a non-empty 2-D array`);
  const width = (v[0] as unknown[]).length;
  if (width === 0 || v.some((r: unknown[]) => r.length !== width)) throw new Error(`${id}: a range must be rectangular`);
  v.forEach((row: unknown[]) => row.forEach((c) => checkInputCell(id, c)));
}

function checkOutputCell(id: string, v: unknown): void {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`${id}: returned ${v}`);
    return;
  }
  if (typeof v === "string") {
    if (v.length > 50_000) throw new Error(`${id}: text longer than a Sheets cell holds`);
    return;
  }
  if (typeof v === "boolean") return;
  throw new Error(`${id}: returned a cell of type ${typeof v}: ${String(v)}`);
}

function checkOutput(id: string, v: unknown): SheetsValue {
  if (!Array.isArray(v)) {
    checkOutputCell(id, v);
    return v as SheetsCell;
  }
  if (v.length === 0) throw new Error(`${id}: returned an empty array`);
  const first: unknown = v[0];
  const width = Array.isArray(first) ? first.length : 0;
  if (width === 0) throw new Error(`${id}: result rows must be non-empty arrays`);
  for (const row of v) {
    if (!Array.isArray(row) || row.length !== width) throw new Error(`${id}: result is not rectangular`);
    row.forEach((c: unknown) => checkOutputCell(id, c));
  }
  return v as SheetsCell[][];
}

const THROWN = /^(#VALUE!|#N\/A|#DIV\/0!|#NUM!): (.+)$/s;

function checkThrown(id: string, e: unknown): SheetsAnswer {
  if (Object.prototype.toString.call(e) !== "[object Error]") throw new Error(`${id} threw something other than an Error: ${String(e)}`);
  const message = String((e as Error).message);
  const m = THROWN.exec(message);
  if (!m) throw new Error(`${id}: the message does not start with an error code: ${message}`);
  if (!/[а-яё]/i.test(m[2])) throw new Error(`${id}: the message is not Russian: ${message}`);
  return { kind: "error", code: m[1] as ErrorCode, message };
}

/** Loads dist/sheets/Code.js into a context holding nothing but the language's own globals. */
export function loadSheetsBundle(): SheetsBundle {
  requireBuiltScript();
  const source = readFileSync(CODE_JS, "utf8");
  const context = vm.createContext({});
  vm.runInContext(source, context, { filename: "Code.js" });
  const functionNames = Object.keys(context).filter((k) => typeof context[k] === "function");

  const invoke = (id: string, args: unknown[], strict: boolean): SheetsAnswer => {
    const name = `EDU_${id}`;
    const fn = context[name] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof fn !== "function") throw new Error(`${name} is not a top-level function of Code.js`);
    if (strict) args.forEach((a) => checkInput(name, a));
    let result: unknown;
    try {
      result = fn(...args);
    } catch (e) {
      return checkThrown(name, e);
    }
    return { kind: "value", value: checkOutput(name, result) };
  };
  return {
    source,
    context,
    functionNames,
    call: (id, ...args) => invoke(id, args, true),
    callRaw: (id, ...args) => invoke(id, args, false),
  };
}

/**
 * An answer as plain values for the acceptance table: a thrown error or a cell holding exactly an error code
 * becomes `{ error }`, a 1×1 result a scalar, a column a list.
 */
export function plain(answer: SheetsAnswer): unknown {
  if (answer.kind === "error") return { error: answer.code };
  const cell = (c: SheetsCell) => ((ERROR_CODES as readonly unknown[]).includes(c) ? { error: c } : c);
  const v = answer.value;
  if (!Array.isArray(v)) return cell(v);
  if (v.length === 1 && v[0].length === 1) return cell(v[0][0]);
  if (v.every((r) => r.length === 1)) return v.map((r) => cell(r[0]));
  return v.map((r) => r.map(cell));
}
