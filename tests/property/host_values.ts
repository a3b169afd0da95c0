/**
 * Arbitrary values a spreadsheet host may pass to a function: numbers of every kind (NaN, ±Infinity, −0,
 * huge), text (Russian-style numbers, directions, method names, subjects, garbage), empty cells as each host
 * writes them, booleans, error values, dates, and ranges from 1×1 up, including ragged and empty ones.
 */
import fc from "fast-check";

const words = [
  "", " ", "12,5", "1 234", "1\u00a0234,5", "−3", "15%", "abc", "н/д", "#N/A", "рост", "снижение", "up", "down", "+", "-",
  "z", "minmax", "rank", "ранг", "или", "и", "аттестат", "вуз", "русский язык", "Математика профильная", "обществознание",
  "математика базовая", "2025", "2026", "0,3", "1e308", "-0", "NaN", "Infinity",
];

export const scalarValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 2030 }),
  fc.constantFrom(0, -0, 1, -1, 0.3, 0.5, 1.3, 100, 1e308, -1e308, Number.MIN_VALUE, NaN, Infinity, -Infinity),
  fc.constantFrom(...words),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(null, undefined, true, false),
  fc.constantFrom({ error: "#N/A" }, { type: "Error", errorType: "Div0" }, new Date(0)),
);

/** A rectangular range of rows × cols cells. */
export const rangeValue = (maxRows = 6, maxCols = 5): fc.Arbitrary<unknown[][]> =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([r, c]) => fc.array(fc.array(scalarValue, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

/** Malformed ranges no real host sends but a buggy caller might. */
export const malformedRange: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant([]),
  fc.constant([[]]),
  fc.array(fc.array(scalarValue, { maxLength: 4 }), { minLength: 2, maxLength: 4 }), // usually ragged
  fc.array(scalarValue, { minLength: 1, maxLength: 4 }), // flat
  fc.constant([[1], 2]),
);

export const argumentValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalarValue },
  { weight: 4, arbitrary: rangeValue() },
  { weight: 1, arbitrary: malformedRange },
);
