/**
 * The built add-on (dist/sheets/Code.js and Sidebar.html) loaded the way Apps Script runs it: one script in a bare
 * V8 context whose only services are a strict SpreadsheetApp / HtmlService double. Server functions are called
 * by name like `google.script.run` calls them: arguments and results cross as JSON-like values (a Date, a function
 * or undefined in an array would make the real call fail, so they fail here too), a thrown error arrives as its
 * message.
 */
import { readFileSync } from "fs";
import { join } from "path";
import vm from "vm";
import { appsScriptGlobals, DoubleSpreadsheetApp, type DoubleOptions } from "./apps_script_double";
import { CODE_JS, requireBuiltScript, SHEETS_DIST } from "./sheets_runtime";

export const SIDEBAR_HTML = join(SHEETS_DIST, "Sidebar.html");

export type ServerAnswer = { ok: true; value: unknown } | { ok: false; message: string };

export interface Addon {
  double: DoubleSpreadsheetApp;
  context: vm.Context;
  /** calls a top-level function as google.script.run does; throws the error's message as an Error */
  run<T = unknown>(name: string, ...args: unknown[]): T;
  /** the same, returning the outcome instead of throwing */
  answer(name: string, ...args: unknown[]): ServerAnswer;
}

/** Throws unless the value is what google.script.run can carry: primitives, arrays and plain objects of them. */
export function assertTransportable(value: unknown, path = "value"): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${path}: ${value} does not cross google.script.run`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      if (v === undefined) throw new Error(`${path}[${i}]: undefined in an array`);
      assertTransportable(v, `${path}[${i}]`);
    });
    return;
  }
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== null && Object.prototype.toString.call(value) !== "[object Object]") throw new Error(`${path}: ${Object.prototype.toString.call(value)} does not cross google.script.run`);
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (v !== undefined) assertTransportable(v, `${path}.${k}`);
    return;
  }
  throw new Error(`${path}: a ${typeof value} does not cross google.script.run`);
}

/** A plain copy, as JSON would deliver it. */
const carry = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

/**
 * Loads the built script with a fresh double.
 * @param options the double's spreadsheet (sheet names, locale)
 */
export function loadAddon(options: Omit<DoubleOptions, "DateCtor"> = {}): Addon {
  requireBuiltScript();
  const context = vm.createContext({});
  const DateCtor = vm.runInContext("Date", context) as DateConstructor;
  const double = new DoubleSpreadsheetApp({ ...options, DateCtor });
  Object.assign(context, appsScriptGlobals(double, { Sidebar: readFileSync(SIDEBAR_HTML, "utf8") }));
  vm.runInContext(readFileSync(CODE_JS, "utf8"), context, { filename: "Code.js" });

  const answer = (name: string, ...args: unknown[]): ServerAnswer => {
    const fn = context[name] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof fn !== "function") throw new Error(`${name} is not a top-level function of Code.js`);
    args.forEach((a, i) => assertTransportable(a, `${name} argument ${i}`));
    try {
      const value = fn(...(carry(args) as unknown[]));
      assertTransportable(value === undefined ? null : value, `${name} result`);
      return { ok: true, value: carry(value) };
    } catch (e) {
      const message = e && typeof e === "object" && "message" in e ? String((e as Error).message) : String(e);
      return { ok: false, message };
    }
  };
  return {
    double,
    context,
    answer,
    run<T>(name: string, ...args: unknown[]): T {
      const a = answer(name, ...args);
      if (!a.ok) throw new Error(a.message);
      return a.value as T;
    },
  };
}
