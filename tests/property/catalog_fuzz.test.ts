/**
 * Bad input never breaks a cell: every function of the catalogue, given anything a host could pass,
 * answers with a value, a grid of values and per-cell errors, or one of the four spec errors with a
 * Russian message — never another exception, NaN or ±Infinity, never a ragged or empty result.
 * The same is checked through the built Excel bundle, whose stand-in runtime enforces Excel's rules.
 */
import fc from "fast-check";
import { existsSync } from "fs";
import { join } from "path";
import { CATALOG, EduError } from "../../src/core";
import { argumentValue } from "./host_values";
import { loadFunctionsBundle, DIST } from "../harness/excel_runtime";

const KINDS = new Set(["value", "na", "div0", "num"]);

function checkCell(id: string, v: unknown): void {
  if (v instanceof EduError) {
    if (!KINDS.has(v.kind)) throw new Error(`${id}: unknown error kind ${v.kind}`);
    if (!/[а-яё]/i.test(v.message)) throw new Error(`${id}: error message is not Russian: ${v.message}`);
    return;
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`${id}: returned ${v}`);
    return;
  }
  if (typeof v === "string" || typeof v === "boolean") return;
  throw new Error(`${id}: returned a cell of type ${typeof v}: ${String(v)}`);
}

function checkAnswer(id: string, call: () => unknown): void {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    if (e instanceof EduError) return checkCell(id, e);
    throw new Error(`${id} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  if (Array.isArray(result)) {
    if (result.length === 0) throw new Error(`${id}: empty result`);
    const width = (result[0] as unknown[]).length;
    if (width === 0) throw new Error(`${id}: empty result row`);
    for (const row of result) {
      if (!Array.isArray(row) || row.length !== width) throw new Error(`${id}: ragged result`);
      row.forEach((c) => checkCell(id, c));
    }
    return;
  }
  checkCell(id, result);
}

describe.each(CATALOG.map((f) => [f.id, f] as const))("%s with arbitrary input", (_id, spec) => {
  it("answers with a value or a spec error", () => {
    const args = fc.tuple(...spec.params.map(() => argumentValue));
    fc.assert(
      fc.property(args, fc.integer({ min: 0, max: spec.params.length }), (values, given) => {
        // Omit trailing arguments sometimes, as a user does.
        checkAnswer(spec.id, () => spec.impl(...values.slice(0, Math.max(given, 1))));
      }),
      { numRuns: 300 },
    );
  });
});

describe("the built bundle under Excel's rules", () => {
  const built = existsSync(join(DIST, "functions.js"));
  (built ? it : it.skip)("never throws anything but CustomFunctions.Error and always returns a valid matrix", () => {
    const bundle = loadFunctionsBundle();
    for (const spec of CATALOG) {
      fc.assert(
        fc.property(fc.tuple(...spec.params.map(() => argumentValue)), (values) => {
          // Excel passes a matrix parameter as a 2-D array and a scalar one as a value: shape the input so.
          const shaped = values.map((v, i) => {
            if (spec.params[i].range) return Array.isArray(v) && v.every(Array.isArray) && v.length > 0 ? v : [[Array.isArray(v) ? null : v]];
            return Array.isArray(v) ? null : v;
          });
          bundle.call(spec.id, ...shaped.map((v) => (v === undefined ? null : v)));
        }),
        { numRuns: 100 },
      );
    }
  });
});
