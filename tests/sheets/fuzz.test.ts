/**
 * Bad input never breaks a cell in Google Sheets either: every function of the catalogue, called through the
 * built script with anything a spreadsheet could hold, answers with a value, a rectangular 2-D array of values,
 * or a thrown `Error` whose message starts with an error code and is Russian — never another exception, NaN,
 * ±Infinity, an error object in a cell, or a ragged or empty array (the stand-in runtime checks each answer).
 */
import fc from "fast-check";
import { CATALOG } from "../../src/core";
import { argumentValue } from "../property/host_values";
import { loadSheetsBundle, type SheetsBundle } from "./sheets_runtime";

let bundle: SheetsBundle;
beforeAll(() => {
  bundle = loadSheetsBundle();
});

/** A cell as Sheets would hold it: empty is `""`, an error value arrives as its text, numbers are finite. */
function sheetsCell(v: unknown): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  if (typeof v === "object" && Object.prototype.toString.call(v) !== "[object Date]") return "#N/A";
  return v;
}

/** An argument as Sheets would pass it: a bare cell, or a non-empty rectangular 2-D array (ragged rows padded). */
function sheetsArgument(v: unknown): unknown {
  if (!Array.isArray(v)) return sheetsCell(v);
  const rows = v.every(Array.isArray) ? (v as unknown[][]) : [v.map((c) => (Array.isArray(c) ? c[0] : c))];
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length === 0 || width === 0) return "";
  return rows.map((r) => Array.from({ length: width }, (_, i) => sheetsCell(r[i])));
}

describe.each(CATALOG.map((f) => [f.id, f] as const))("EDU_%s with arbitrary input", (id, spec) => {
  // Sometimes fewer arguments than declared, sometimes one too many, as a user may type.
  const count = fc.integer({ min: 0, max: spec.params.length + 1 });
  const values = fc.array(argumentValue, { minLength: spec.params.length + 1, maxLength: spec.params.length + 1 });

  it("answers Sheets-shaped input with a value, a grid of values or a coded Russian error", () => {
    fc.assert(
      fc.property(values, count, (vs, n) => {
        bundle.call(id, ...vs.slice(0, n).map(sheetsArgument));
      }),
      { numRuns: 150 },
    );
  });

  it("does the same for anything a buggy caller might pass (null, NaN, ragged or empty arrays)", () => {
    fc.assert(
      fc.property(values, count, (vs, n) => {
        bundle.callRaw(id, ...vs.slice(0, n));
      }),
      { numRuns: 100 },
    );
  });
});
