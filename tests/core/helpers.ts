/**
 * Test helpers for the worksheet functions' core: asserting an EduError of a kind, and fuzzing a function with
 * whatever a spreadsheet host may pass to check that it answers a clean value or an EduError, nothing else.
 */
import fc from "fast-check";
import { EduError, type ErrorKind, type ResultGrid } from "../../src/core/shared";

/** Runs `fn` and asserts it throws an EduError of `kind` whose message matches `gist`. */
export function expectEduError(fn: () => unknown, kind: ErrorKind, gist?: RegExp): EduError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(EduError);
  const err = caught as EduError;
  expect(err.kind).toBe(kind);
  if (gist) expect(err.message).toMatch(gist);
  return err;
}

/** The EduError `fn` throws; fails the test when it throws nothing, and rethrows anything else. */
export function thrown(fn: () => unknown): EduError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EduError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

/** Asserts a grid cell holds an EduError of `kind`. */
export function expectErrorCell(cell: unknown, kind: ErrorKind, gist?: RegExp): void {
  expect(cell).toBeInstanceOf(EduError);
  expect((cell as EduError).kind).toBe(kind);
  if (gist) expect((cell as EduError).message).toMatch(gist);
}

/** Asserts a one-column grid: numbers to 12 digits, `"na"` for an `#N/A` cell. */
export function expectColumn(g: ResultGrid, expected: (number | "na")[]): void {
  expect(g).toHaveLength(expected.length);
  g.forEach(([v], i) => {
    const e = expected[i];
    if (e === "na") expectErrorCell(v, "na");
    else expect(v as number).toBeCloseTo(e, 12);
  });
}

/** True for what a cell may show: a finite number, text, a boolean, or an EduError inside a grid. */
function cleanCell(v: unknown, inGrid: boolean): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v === "string" || typeof v === "boolean") return true;
  return inGrid && v instanceof EduError;
}

/** True for a clean result: a clean value or a non-empty rectangular grid of clean cells. */
export function isCleanResult(r: unknown): boolean {
  if (!Array.isArray(r)) return cleanCell(r, false);
  if (r.length === 0 || !r.every(Array.isArray)) return false;
  const width = (r[0] as unknown[]).length;
  return r.every((row: unknown[]) => row.length === width && row.every((c) => cleanCell(c, true)));
}

const ODD_SCALARS: unknown[] = [
  null, undefined, "", "  ", "abc", "12,5", "1 234", "15%", "рост", "down", "и", "вуз", "Физика",
  true, false, NaN, Infinity, -Infinity, 0, -0, 1, -1, 0.3, 27, 2025, 1e308, -1e308, 5e-324,
  {}, { type: "Error", code: "#N/A" }, new Error("x"),
];

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...ODD_SCALARS),
  fc.double(),
  fc.integer({ min: -5, max: 2030 }),
  fc.string({ maxLength: 6 }),
);

/** A host argument: a bare value, a grid (sometimes ragged or empty) or a flat array. */
export const hostValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: scalar },
  { weight: 3, arbitrary: fc.array(fc.array(scalar, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], [[]], [[1], [2, 3]], [[1, 2], 3]) },
);

/** Fuzzes `fn` with `arity` host arguments: it must return a clean result or throw an EduError. */
export function fuzz(fn: (...args: unknown[]) => unknown, arity: number, runs = 300): void {
  fc.assert(
    fc.property(fc.array(hostValue, { minLength: arity, maxLength: arity }), (args) => {
      let result: unknown;
      try {
        result = fn(...args);
      } catch (e) {
        return e instanceof EduError;
      }
      return isCleanResult(result);
    }),
    { numRuns: runs },
  );
}
