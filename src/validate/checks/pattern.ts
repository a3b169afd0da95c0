/**
 * `pattern`: an academic year `2024/2025` (the second year greater by 1), or a range of years `2021-2023`
 * (`2021- 2023 гг.`, a single year is a range of one) whose start is not after its end.
 */
import type { Check } from "./check_types";
import type { Condition } from "../../forms/types";
import { CELL, present, type Dialect } from "../../plan/native_expr";
import { describeValue } from "./values";

type Rule = { kind: "pattern"; format: "academic-year" | "year-range"; when?: Condition };

const ACADEMIC_YEAR = /^(\d{4})\/(\d{4})$/;
const YEAR_RANGE = /(\d{4})\s*(?:-|–|—|по)\s*(\d{4})/;
const ONE_YEAR = /(?:^|\D)(\d{4})(?!\d)/;

/**
 * Reads an academic year. O(length).
 * @param text trimmed text
 * @returns the first year, or `undefined` when the text is not `YYYY/YYYY+1`
 * @example academicYearStart("2024/2025") // => 2024
 */
export function academicYearStart(text: string): number | undefined {
  const m = ACADEMIC_YEAR.exec(text);
  if (!m) return undefined;
  const a = Number(m[1]);
  return Number(m[2]) === a + 1 ? a : undefined;
}

/**
 * Reads a range of years. O(length).
 * @param text text such as "2021- 2023 гг." or "2022 год"
 * @returns `[start, end]`, or `undefined` when there is no year
 * @example yearRange("2018 - 2021 годы") // => [2018, 2021]
 */
export function yearRange(text: string): [number, number] | undefined {
  const m = YEAR_RANGE.exec(text);
  if (m) return [Number(m[1]), Number(m[2])];
  const one = ONE_YEAR.exec(text);
  return one ? [Number(one[1]), Number(one[1])] : undefined;
}

export const patternCheck: Check<Rule> = {
  kind: "pattern",
  codes: ["pattern", "range"],
  prepare(env, col, rule) {
    const condition = rule.when ? ` ${rule.when.label}` : "";
    const expected = expectedOf(rule);
    return {
      row(v) {
        const c = v.cells[col.index];
        if (!c || c.blank || (rule.when && !env.holds(rule.when, v))) return;
        const value = describeValue(c.raw);
        if (rule.format === "academic-year") {
          if (c.text === undefined || academicYearStart(c.text) === undefined) {
            env.emit("pattern", col, v, { params: { value, condition, expected } });
          }
          return;
        }
        const range = c.text === undefined ? undefined : yearRange(c.text);
        if (!range) env.emit("pattern", col, v, { params: { value, condition, expected } });
        else if (range[0] > range[1]) {
          env.emit("range", col, v, { params: { value, condition, expected: "год начала не больше года окончания" } });
        }
      },
    };
  },
  native(env, col, rule) {
    if (rule.format !== "academic-year") return undefined;
    const x = env.ref(col);
    const t = `TRIM(${x})`;
    const ok = (d: Dialect): string => d.and([`LEN(${t})=9`, `MID(${t},5,1)="/"`, `VALUE(RIGHT(${t},4))=VALUE(LEFT(${t},4))+1`]);
    const bad = env.d.and([rule.when ? env.cond(rule.when) : "", present(x), env.d.orError(`NOT(${ok(env.d)})`, true)]);
    return {
      items: [{ code: "pattern", bad, text: "нужен учебный год вида 2024/2025" }],
      dv: { custom: `IFERROR(${ok(CELL)},FALSE)` },
    };
  },
};

function expectedOf(rule: Rule): string {
  return rule.format === "academic-year"
    ? "учебный год в виде 2024/2025 (второй год на 1 больше первого)"
    : "годы начала и окончания через дефис, например 2023-2025";
}
