/**
 * What ships to Excel: dist/functions.js loaded in a bare V8 context with a strict CustomFunctions
 * stand-in, called by id from dist/functions.json. `npm test` builds dist/ before running Jest.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { loadFunctionsBundle, StandInError, DIST, type ExcelCell, type LoadedBundle } from "../harness/excel_runtime";
import { ACCEPTANCE, matches } from "../acceptance/examples";
import { CATALOG } from "../../src/core";

const built = existsSync(join(DIST, "functions.js"));
if (!built) throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");

let bundle: LoadedBundle;
beforeAll(() => {
  bundle = loadFunctionsBundle();
});

/** Excel's answer as plain values: a 1×1 result is a scalar, a column a list, errors `{ error }`. */
function plain(result: ExcelCell[][]): unknown {
  const cell = (c: ExcelCell) => (c instanceof StandInError ? { error: c.code } : c);
  if (result.length === 1 && result[0].length === 1) return cell(result[0][0]);
  if (result.every((r) => r.length === 1)) return result.map((r) => cell(r[0]));
  return result.map((r) => r.map(cell));
}

describe("dist/functions.json", () => {
  it("lists the 22 functions of the catalogue, in order, each registered by the bundle", () => {
    const ids = bundle.metadata.functions.map((f) => f.id);
    expect(ids).toHaveLength(22);
    expect(ids).toEqual(CATALOG.map((f) => f.id));
    expect([...bundle.ids].sort()).toEqual([...ids].sort());
  });

  it("declares the catalogue's parameters in the contract order, optional where the catalogue says", () => {
    for (const f of bundle.metadata.functions) {
      const spec = CATALOG.find((c) => c.id === f.id)!;
      expect(f.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
      expect(f.parameters.map((p) => Boolean(p.optional))).toEqual(spec.params.map((p) => p.optional));
      expect(f.parameters.map((p) => p.dimensionality === "matrix")).toEqual(spec.params.map((p) => p.range));
      expect(f.result.dimensionality).toBe("matrix");
      expect(f.helpUrl).toBe(`https://localhost:3000/help.html#${f.id.toLowerCase()}`);
    }
  });

  it("lets error values inside ranges reach the functions", () => {
    expect(bundle.metadata.allowErrorForDataTypeAny).toBe(true);
  });
});

describe("dist/functions.ru.json", () => {
  it("has every id with the Russian name, description and parameter help of the catalogue", () => {
    expect(bundle.ru.functions.map((f) => f.id)).toEqual(bundle.metadata.functions.map((f) => f.id));
    for (const f of bundle.ru.functions) {
      const spec = CATALOG.find((c) => c.id === f.id)!;
      const en = bundle.metadata.functions.find((e) => e.id === f.id)!;
      expect(f.name).toBe(spec.ru.name);
      expect(f.name).toMatch(/^[А-ЯЁ][А-ЯЁ0-9_]*$/);
      expect(f.description).toBe(spec.ru.description);
      expect(f.parameters).toHaveLength(en.parameters.length);
      f.parameters.forEach((p, i) => {
        expect(p.name).toBe(spec.params[i].ru.name);
        expect(p.description).toMatch(/[а-яё]/);
        expect(p.type).toBe(en.parameters[i].type);
        expect(p.dimensionality).toBe(en.parameters[i].dimensionality);
        expect(Boolean(p.optional)).toBe(Boolean(en.parameters[i].optional));
      });
    }
  });

  it("gives distinct Russian names, as Excel requires within a namespace", () => {
    const names = bundle.ru.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("help.html", () => {
  it("has a section for every help link", () => {
    const html = readFileSync(join(DIST, "help.html"), "utf8");
    // The production build minifies the page, so attribute quotes may be dropped.
    for (const f of bundle.metadata.functions) expect(html).toMatch(new RegExp(`id="?${f.id.toLowerCase()}"?[\\s>]`));
  });
});

describe("acceptance examples through the built bundle", () => {
  it.each(ACCEPTANCE.map((e) => [e.source, e] as const))("%s", (_source, example) => {
    const actual = plain(bundle.call(example.id, ...example.args));
    if (!matches(actual, example.expected)) {
      throw new Error(`${example.source}: expected ${JSON.stringify(example.expected)}, got ${JSON.stringify(actual)}`);
    }
  });

  it("keeps a per-row error in its row of a spilled result", () => {
    const result = bundle.call("SHARE", [[1], [5], [3]], [[2], [0], [4]]);
    expect(result[0][0]).toBe(0.5);
    expect(result[1][0]).toBeInstanceOf(StandInError);
    expect((result[1][0] as StandInError).code).toBe("#DIV/0!");
    expect(result[2][0]).toBe(0.75);
  });

  it("shows a Russian message with #VALUE! and none with #DIV/0!", () => {
    const bad = bundle.call("SWI", [[1, 2]], undefined, undefined, "кубический")[0][0] as StandInError;
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toMatch(/[а-я]/);
    const div = bundle.call("ACHIEVEMENT", 5, 0, "down")[0][0] as StandInError;
    expect(div.code).toBe("#DIV/0!");
    expect(div.message).toBeUndefined();
  });
});
