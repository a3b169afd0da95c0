/**
 * The social wellbeing index of the schools of a region from a `context` table: the indicators' shares (SHARE),
 * the index (SWI), its quartile group (SWI_GROUP) and, with results, the type of each school (QUADRANT) — all
 * through the core functions the worksheet functions run, so a coordinator's file and a formula agree.
 */
import { share } from "../core/swi/share";
import { swi } from "../core/swi/swi";
import { swiGroup } from "../core/swi/swi_group";
import { quadrant } from "../core/swi/quadrant";
import { EduError } from "../core/shared/errors";
import type { CellResult } from "../core/shared/grid";
import { schoolCodeKey } from "../consolidate/consolidate";
import type { ExtractedRow, ExtractedTable } from "../consolidate/types";
import { DEFAULT_INDICATORS, TOTAL_HEADER, type IndicatorSpec } from "./indicators";
import type { SchoolResults } from "./school_results";

/** Normalisation of the indicators (functions.md, SWI). */
export type SwiMethod = "z" | "minmax" | "rank";

export interface RegionIndexOptions {
  /** default `z` */
  method?: SwiMethod;
  /** default {@link DEFAULT_INDICATORS} */
  indicators?: readonly IndicatorSpec[];
  /** the schools' results for the type of school */
  results?: SchoolResults;
}

/** One school of the index. */
export interface SchoolIndex {
  /** the context row */
  source: ExtractedRow;
  code: string;
  /** share of each indicator, `null` where it cannot be computed */
  shares: (number | null)[];
  swi: number | null;
  group: number | null;
  result: number | null;
  /** QUADRANT label; `null` when no results were given */
  type: string | null;
  /** why a value is missing, in Russian; "" when nothing is */
  note: string;
}

/** How an indicator took part. */
export interface IndicatorUse extends IndicatorSpec {
  /** schools with a share */
  present: number;
  /** false when dropped: fewer than 2 shares or all equal (SWI drops it for every school) */
  used: boolean;
}

export interface RegionIndex {
  table: ExtractedTable;
  schools: SchoolIndex[];
  /** rows left out of the index: no code, or a code repeated (the first row of a code counts) */
  excluded: { row: number; code: string; reason: string }[];
  indicators: IndicatorUse[];
  method: SwiMethod;
  results?: SchoolResults;
  counts: { schools: number; withSwi: number; withResult: number; groups: number[]; types: Record<string, number> };
}

const valueOf = (c: CellResult | undefined): number | null => (typeof c === "number" && Number.isFinite(c) ? c : null);

/** Kinds of share errors worth a note: a missing part is just a missing value. */
const NOTED_KINDS = new Set(["num", "div0", "value"]);

/**
 * The index of the schools of a context table. O(N·K) for `z` and `minmax`, O(N·K·log N) for `rank`.
 * @param table the `context` table (consolidated, or a municipality's file)
 * @param options method, indicators, results
 * @throws {Error} (Russian) when the table lacks `Код ОО` or `Численность обучающихся`, or has no school with a code
 * @returns the index of every school (the first row of each code)
 * @example regionIndex(table).schools[0].group // => 4
 */
export function regionIndex(table: ExtractedTable, options: RegionIndexOptions = {}): RegionIndex {
  const method = options.method ?? "z";
  const indicators = options.indicators ?? DEFAULT_INDICATORS;
  const col = (header: string): number => table.columns.findIndex((c) => c.header === header && c.letter !== "");
  const codeCol = table.columns.findIndex((c) => c.key === "code" && c.letter !== "");
  const totalCol = col(TOTAL_HEADER);
  if (codeCol < 0) throw new Error("в таблице нет столбца «Код ОО»: ИСБ считается по школам");
  if (totalCol < 0) throw new Error(`в таблице нет столбца «${TOTAL_HEADER}»: от него считаются доли показателей`);
  const partCols = indicators.map((i) => col(i.header));

  const excluded: RegionIndex["excluded"] = [];
  const firstRow = new Map<string, number>();
  const rows: ExtractedRow[] = [];
  for (const r of table.rows) {
    const code = schoolCodeKey(r.values[codeCol]);
    if (code === "") {
      excluded.push({ row: r.row, code: "", reason: "нет «Код ОО»" });
      continue;
    }
    const first = firstRow.get(code);
    if (first !== undefined) {
      excluded.push({ row: r.row, code: String(r.values[codeCol]), reason: `«Код ОО» повторяет строку ${first}: учтена первая строка школы` });
      continue;
    }
    firstRow.set(code, r.row);
    rows.push(r);
  }
  if (rows.length === 0) throw new Error("в таблице нет ни одной школы с «Код ОО»");

  const notes: string[][] = rows.map(() => []);
  const shares: (number | null)[][] = rows.map((r, i) => {
    const total = r.values[totalCol];
    if (total === null) notes[i].push(`нет «${TOTAL_HEADER}»: доли не рассчитаны`);
    return partCols.map((pc, k) => {
      if (pc < 0) return null;
      try {
        return valueOf(share(r.values[pc], total) as CellResult);
      } catch (e) {
        if (!(e instanceof EduError)) throw e;
        if (total !== null && NOTED_KINDS.has(e.kind)) notes[i].push(`доля «${indicators[k].header}» не рассчитана: ${e.message}`);
        return null;
      }
    });
  });

  const directions = [indicators.map((i) => i.direction)];
  const weights = [indicators.map((i) => i.weight)];
  const swiGrid = swi(shares, directions, weights, method);
  const swiValues = swiGrid.map((r) => valueOf(r[0]));
  swiGrid.forEach((r, i) => {
    if (r[0] instanceof EduError) notes[i].push(`ИСБ не рассчитан: ${r[0].message}`);
  });
  const groups = swiGroup(swiValues.map((v) => [v])).map((r) => valueOf(r[0]));

  let resultValues: (number | null)[] | undefined;
  let types: (string | null)[] = rows.map(() => null);
  if (options.results) {
    const byCode = options.results.byCode;
    resultValues = rows.map((r) => byCode.get(schoolCodeKey(r.values[codeCol])) ?? null);
    types = quadrant(
      swiValues.map((v) => [v]),
      resultValues.map((v) => [v]),
    ).map((r) => (typeof r[0] === "string" ? r[0] : null));
  }

  const schools: SchoolIndex[] = rows.map((r, i) => ({
    source: r,
    code: String(r.values[codeCol]),
    shares: shares[i],
    swi: swiValues[i],
    group: groups[i],
    result: resultValues ? resultValues[i] : null,
    type: types[i],
    note: notes[i].join("; "),
  }));

  const used: IndicatorUse[] = indicators.map((ind, k) => {
    const present = shares.map((s) => s[k]).filter((v): v is number => v !== null);
    const spread = present.length >= 2 && Math.min(...present) < Math.max(...present);
    return { ...ind, present: present.length, used: spread && ind.weight > 0 };
  });
  const groupCounts = [0, 0, 0, 0];
  for (const g of groups) if (g !== null && g >= 1 && g <= 4) groupCounts[g - 1]++;
  const typeCounts: Record<string, number> = {};
  for (const t of types) if (t !== null) typeCounts[t] = (typeCounts[t] ?? 0) + 1;

  return {
    table,
    schools,
    excluded,
    indicators: used,
    method,
    ...(options.results ? { results: options.results } : {}),
    counts: {
      schools: schools.length,
      withSwi: swiValues.filter((v) => v !== null).length,
      withResult: resultValues ? resultValues.filter((v) => v !== null).length : 0,
      groups: groupCounts,
      types: typeCounts,
    },
  };
}
