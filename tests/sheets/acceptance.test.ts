/**
 * The acceptance examples of functions.md through the built Google Sheets script, with arguments as Sheets passes
 * them: literal scalars bare, ranges and array literals as 2-D arrays, `""` for an empty cell; and what is
 * particular to Sheets — errors thrown with their code, per-row errors as the code's text, dates as serial numbers.
 */
import { ACCEPTANCE, SWI_DIRECTIONS, SWI_EXAMPLE, matches } from "../acceptance/examples";
import { loadSheetsBundle, plain, type SheetsBundle } from "./sheets_runtime";

let bundle: SheetsBundle;
beforeAll(() => {
  bundle = loadSheetsBundle();
});

/** Trailing omitted arguments are not passed; one omitted in the middle is given as `omitted`. */
function sheetsArgs(args: unknown[], omitted: unknown): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  return args.slice(0, end).map((a) => (a === undefined ? omitted : a));
}

describe("acceptance examples through dist/sheets/Code.js", () => {
  it.each(ACCEPTANCE.map((e) => [e.source, e] as const))("%s", (_source, example) => {
    const actual = plain(bundle.call(example.id, ...sheetsArgs(example.args, "")));
    if (!matches(actual, example.expected)) {
      throw new Error(`${example.source}: expected ${JSON.stringify(example.expected)}, got ${JSON.stringify(actual)}`);
    }
  });

  it("gives the same answers when a skipped argument arrives as undefined rather than as an empty text", () => {
    for (const example of ACCEPTANCE) {
      const actual = plain(bundle.callRaw(example.id, ...sheetsArgs(example.args, undefined)));
      expect({ source: example.source, ok: matches(actual, example.expected) }).toEqual({ source: example.source, ok: true });
    }
  });
});

describe("Sheets-style input", () => {
  it("reads an empty cell as missing, not as 0", () => {
    const withBlank = SWI_EXAMPLE.map((r, i) => (i === 1 ? [r[0], "", r[2]] : r));
    const answer = bundle.call("SWI", withBlank, SWI_DIRECTIONS, "", "rank");
    expect(answer.kind).toBe("value");
    const zeroed = bundle.call("SWI", SWI_EXAMPLE.map((r, i) => (i === 1 ? [r[0], 0, r[2]] : r)), SWI_DIRECTIONS, "", "rank");
    expect(answer).not.toEqual(zeroed);
    expect(bundle.call("BELOW", "", 36)).toMatchObject({ kind: "error", code: "#N/A" });
  });

  it("reads numbers typed as text the Russian way", () => {
    expect(bundle.call("ACHIEVEMENT", "80", "1 000")).toEqual({ kind: "value", value: 0.08 });
    expect(bundle.call("PROGRAM_DEGREE", [["0,968"], ["1,25"], ["0,75"]])).toMatchObject({ kind: "value" });
  });

  it("reads a date as its serial number, as Excel passes it", () => {
    // 1 September 2025 minus 1 January 2025: 243 days.
    expect(bundle.call("DELTA", new Date(2025, 8, 1), new Date(2025, 0, 1))).toEqual({ kind: "value", value: 243 });
    expect(bundle.call("DELTA", [[new Date(2025, 0, 2)], [5]], 1)).toEqual({ kind: "value", value: [[45658], [4]] });
  });

  it("returns booleans as booleans and a single answer as a bare value", () => {
    expect(bundle.call("BELOW", 27, 36)).toEqual({ kind: "value", value: true });
    expect(bundle.call("STABLY_LOW", [[32, 25, 29.5]], 36)).toEqual({ kind: "value", value: true });
    expect(bundle.call("STABLY_LOW", [[32, 25, 29.5], [40, 41, 39]], 36)).toEqual({ kind: "value", value: [[true], [false]] });
    expect(bundle.call("EFFECTIVENESS", 0.858)).toEqual({ kind: "value", value: "средняя" });
  });
});

describe("errors in Sheets", () => {
  it("throws an error of the whole call with its code first and the Russian reason, functions named EDU_", () => {
    const answer = bundle.call("ACHIEVEMENT", 5, 0, "down");
    expect(answer).toMatchObject({ kind: "error", code: "#DIV/0!" });
    if (answer.kind !== "error") return;
    expect(answer.message).toMatch(/^#DIV\/0!: степень достижения не определена/);
    expect(answer.message).toContain("используйте EDU_PROGRESS");
    expect(answer.message).not.toContain("ОБР.");
  });

  it("keeps the #VALUE! and #NUM! kinds Excel would show", () => {
    expect(bundle.call("SWI", [[1, 2]], "", "", "кубический")).toMatchObject({ kind: "error", code: "#VALUE!" });
    expect(bundle.call("SHARE", 31, 30)).toMatchObject({ kind: "error", code: "#NUM!" });
    expect(bundle.call("PLAN_VALUE", 2018, 25, 2021, 100, 2030)).toMatchObject({ kind: "error", code: "#NUM!" });
  });

  it("shows a per-row error as the text of its code and still computes the other rows", () => {
    expect(bundle.call("SHARE", [[1], [5], [3]], [[2], [0], [4]])).toEqual({ kind: "value", value: [[0.5], ["#DIV/0!"], [0.75]] });
    const groups = bundle.call("SWI_GROUP", [[1], [""], [3], [4], [5]]);
    expect(groups).toEqual({ kind: "value", value: [[1], ["#N/A"], [2], [3], [4]] });
  });

  it("reads such a code as a missing value when the column is passed on", () => {
    const shares = bundle.call("SHARE", [[1], [5], [3], [2]], [[2], [0], [4], [8]]);
    if (shares.kind !== "value" || !Array.isArray(shares.value)) throw new Error("a column was expected");
    expect(bundle.call("PROGRAM_DEGREE", shares.value)).toEqual({ kind: "value", value: (0.5 + 0.75 + 0.25) / 3 });
  });

  it("checks the number of arguments, which Sheets does not", () => {
    const tooMany = bundle.call("BELOW", 1, 2, 3);
    expect(tooMany).toMatchObject({ kind: "error", code: "#VALUE!" });
    if (tooMany.kind === "error") expect(tooMany.message).toContain("EDU_BELOW принимает не больше 2 аргументов");
    const tooFew = bundle.call("PLAN_VALUE", 2018, 25);
    expect(tooFew).toMatchObject({ kind: "error", code: "#VALUE!" });
    if (tooFew.kind === "error") expect(tooFew.message).toContain("«целевой_год», «цель», «год»");
    expect(bundle.call("SWI")).toMatchObject({ kind: "error", code: "#VALUE!" });
  });
});
