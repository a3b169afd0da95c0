/**
 * `outlier` (warning, rule `change-outlier`): the share of a category changed by more than 20 percentage points
 * against the previous academic year of the same school — in the history tables or in the same table.
 * Runs after the last row because the previous year may come later in the file.
 */
import type { Check, RowView } from "./check_types";
import type { FormColumn } from "../../forms/types";
import { normalizeText } from "../../forms/normalize";
import { academicYearStart } from "./pattern";
import { percentText } from "./values";

type Rule = { kind: "change-outlier"; of: string; abovePoints: number };

interface Point {
  view: RowView;
  key: string;
  start: number;
  share: number;
}

/** The academic year of a cell, read once although every category column asks for it. */
const YEAR_START = new WeakMap<object, number | undefined>();

/** Share of a part in a row keyed by school and academic year, or `undefined` when any piece is missing. */
function point(view: RowView, part: FormColumn, total: FormColumn, code: FormColumn, year: FormColumn): Point | undefined {
  const p = view.cells[part.index];
  const t = view.cells[total.index];
  const k = view.cells[code.index];
  const y = view.cells[year.index];
  if (p?.num === undefined || t?.num === undefined || t.num <= 0 || p.num > t.num) return undefined;
  if (!k || k.blank || k.text === undefined || !y || y.text === undefined) return undefined;
  let start = YEAR_START.get(y);
  if (start === undefined && !YEAR_START.has(y)) {
    start = academicYearStart(y.text);
    YEAR_START.set(y, start);
  }
  if (start === undefined) return undefined;
  return { view, key: normalizeText(k.text), start, share: p.num / t.num };
}

export const changeOutlierCheck: Check<Rule> = {
  kind: "change-outlier",
  codes: ["outlier"],
  prepare(env, col, rule) {
    const total = env.related(rule.of, col);
    const code = env.related("code", col);
    const year = env.related("year", col);
    if (!total || !code || !year) return undefined;
    const current: Point[] = [];
    return {
      row(v) {
        const pt = point(v, col, total, code, year);
        if (pt) current.push(pt);
      },
      end() {
        if (current.length === 0) return;
        const shares = new Map<string, number>();
        for (const h of env.history()) {
          const pt = point(h, col, total, code, year);
          if (pt) shares.set(`${pt.key}|${pt.start}`, pt.share);
        }
        for (const pt of current) shares.set(`${pt.key}|${pt.start}`, pt.share);
        for (const pt of current) {
          const prev = shares.get(`${pt.key}|${pt.start - 1}`);
          if (prev === undefined) continue;
          const points = Math.abs(pt.share - prev) * 100;
          if (points <= rule.abovePoints + 1e-9) continue;
          env.emit("outlier", col, pt.view, {
            params: {
              problem:
                `Доля «${col.header}» изменилась на ${percentText(points / 100)} п. п. против ${pt.start - 1}/${pt.start} ` +
                `(${percentText(prev)} % → ${percentText(pt.share)} %), больше ${rule.abovePoints} п. п.`,
            },
          });
        }
      },
    };
  },
};
