/**
 * SWI (`ОБР.ИСБ`), functions.md §1: the social wellbeing index of each school from its contextual indicators,
 * built as PISA's ESCS and the OECD/JRC Handbook build composite indices — normalize each indicator,
 * orient it so that higher is better, average with weights over what the school has.
 */
import { cellNumber } from "../shared/coerce";
import { EduError, naError, numError } from "../shared/errors";
import { toGrid, type CellResult, type ResultGrid } from "../shared/grid";
import { percentRankColumn } from "./percent_rank";
import { powerOfTwoScale } from "./scale";
import { readSwiOptions } from "./swi_options";

/**
 * A school whose present weight falls short by no more than rounding still passes: weights such as 0,1 and 0,2
 * do not add up exactly, and a coverage of exactly `min_coverage` is enough.
 */
const ROUNDING = 1e-12;

/**
 * Social wellbeing index of each school (row) from K indicators (columns). Per indicator, over the schools where
 * it is present: `z` — `(x − mean)/sd` with the sample standard deviation (STDEV.S), times the direction;
 * `minmax` — `(x − min)/(max − min)`, or one minus it for `-`; `rank` — `(r − 1)/(n − 1)` with average ranks
 * for ties, or one minus it for `-`. An indicator with fewer than 2 present values or no spread is dropped for
 * every school, and so is one of weight 0. `SWI_i = Σ w_k s_ik / Σ w_k` over the indicators present for school i.
 * A school whose present indicators carry less than `min_coverage` of the total weight of the indicators kept
 * gets `#N/A`. Higher SWI = more favourable context.
 *
 * Cost: O(N·K) for `z` and `minmax` (every cell read once into a typed array, two passes for the column
 * statistics, one for the rows), O(N·K·log N) for `rank`.
 * @param indicators N×K range: rows are schools, columns indicators; text, empty cells and error values are missing,
 *   numbers typed as text in Russian style ("12,5", "1 234") count
 * @param directions 1×K or K×1: "+" (higher is better wellbeing) or "-" (higher is worse), also "рост"/"снижение",
 *   "up"/"down", 1/-1; default all "-"
 * @param weights 1×K or K×1 non-negative numbers, default all 1
 * @param method "z" (default), "minmax" or "rank"; also "z-оценка", "минмакс", "ранг"; case-insensitive
 * @param minCoverage minimal share of the total weight a school must have present, 0–1, default 0,5
 * @throws {EduError} `#VALUE!` for an empty or ragged range, directions or weights of the wrong length,
 *   an unreadable direction, a weight or `min_coverage` that is not a number, an unknown method
 * @throws {EduError} `#NUM!` for a negative weight, all weights 0, `min_coverage` outside 0–1
 * @returns N×1 column of indices (always a column, one value per school); `#N/A` in a row with too little data,
 *   and in every row when no indicator is left after dropping
 * @example
 * swi([[10, 20, 60], [30, 35, 25], [20, 25, 40], [50, 40, 15], [15, 22, 55]], [["-", "-", "+"]])
 * // => [[1.0040], [-0.6024], [0.2534], [-1.3900], [0.7349]] (to 4 decimals)
 */
export function swi(
  indicators: unknown,
  directions?: unknown,
  weights?: unknown,
  method?: unknown,
  minCoverage?: unknown,
): ResultGrid {
  const grid = toGrid(indicators, "показатели");
  const n = grid.length;
  const k = grid[0].length;
  const opt = readSwiOptions(k, directions, weights, method, minCoverage);

  // Pass 1: every cell read once into a row-major block (NaN = missing), with count, sum, min and max per column.
  const data = new Float64Array(n * k);
  const count = new Float64Array(k);
  const sum = new Float64Array(k);
  const min = new Float64Array(k).fill(Infinity);
  const max = new Float64Array(k).fill(-Infinity);
  for (let i = 0, o = 0; i < n; i++, o += k) {
    const row = grid[i];
    for (let j = 0; j < k; j++) {
      const v = row[j];
      let x: number;
      if (typeof v === "number") x = v - v === 0 ? v : NaN;
      else {
        const c = cellNumber(v);
        x = c === undefined ? NaN : c;
      }
      data[o + j] = x;
      if (x === x) {
        count[j]++;
        sum[j] += x;
        if (x < min[j]) min[j] = x;
        if (x > max[j]) max[j] = x;
      }
    }
  }

  // Which indicators carry information; the rest are dropped for every school.
  const usable: number[] = [];
  let droppedForData = 0;
  for (let j = 0; j < k; j++) {
    if (count[j] < 2 || !(min[j] < max[j])) droppedForData++;
    else if (opt.weights[j] > 0) usable.push(j);
  }
  if (usable.length === 0) return fillAll(n, noIndicatorsLeft(droppedForData === k));

  // Each kept indicator becomes s = sign·(x − ref)/den.
  const ref = new Float64Array(k);
  const den = new Float64Array(k);
  const sign = new Float64Array(k);
  if (opt.method === "rank") {
    for (const j of usable) {
      percentRankColumn(data, k, j, count[j]);
      ref[j] = opt.directions[j] > 0 ? 0 : 1;
      den[j] = 1;
      sign[j] = opt.directions[j];
    }
  } else {
    for (const j of usable) rescaleIfExtreme(data, k, j, sum, min, max);
    if (opt.method === "minmax") {
      for (const j of usable) {
        // "-" is 1 − (x − min)/(max − min) = (max − x)/(max − min): exactly 0 and 1 at the ends.
        ref[j] = opt.directions[j] > 0 ? min[j] : max[j];
        den[j] = max[j] - min[j];
        sign[j] = opt.directions[j];
      }
    } else {
      columnMeanSd(data, k, count, sum, ref, den);
      for (const j of usable) sign[j] = opt.directions[j];
    }
  }

  // Compact per-indicator constants so that the row pass walks short arrays.
  const kept = usable.filter((j) => den[j] > 0 && Number.isFinite(den[j]));
  if (kept.length === 0) return fillAll(n, noIndicatorsLeft(true));
  const m = kept.length;
  const col = Int32Array.from(kept);
  const kRef = new Float64Array(m);
  const kDen = new Float64Array(m);
  const kSign = new Float64Array(m);
  const kW = new Float64Array(m);
  let totalW = 0;
  for (let t = 0; t < m; t++) {
    const j = col[t];
    kRef[t] = ref[j];
    kDen[t] = den[j];
    kSign[t] = sign[j];
    kW[t] = opt.weights[j];
    totalW += kW[t];
  }
  const need = opt.minCoverage * totalW * (1 - ROUNDING);

  // Pass 3: the weighted mean of each school's present indicators.
  const noData = naError("у школы нет значений показателей, вошедших в индекс");
  const coverage = new CoverageErrors(opt.minCoverage);
  const out: ResultGrid = new Array(n);
  for (let i = 0, o = 0; i < n; i++, o += k) {
    let acc = 0;
    let w = 0;
    for (let t = 0; t < m; t++) {
      const x = data[o + col[t]];
      if (x === x) {
        acc += (kW[t] * kSign[t] * (x - kRef[t])) / kDen[t];
        w += kW[t];
      }
    }
    let cell: CellResult;
    if (w === 0) cell = noData;
    else if (w < need) cell = coverage.get(w / totalW);
    else {
      const r = acc / w + 0; // + 0 turns −0 into 0
      cell = Number.isFinite(r) ? r : numError("ИСБ вне диапазона представимых чисел");
    }
    out[i] = [cell];
  }
  return out;
}

/** The same error in every row. */
function fillAll(n: number, e: EduError): ResultGrid {
  const out: ResultGrid = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [e];
  return out;
}

function noIndicatorsLeft(allForData: boolean): EduError {
  return naError(
    allForData
      ? "ИСБ не рассчитан: у всех показателей меньше 2 значений или нет разброса (все значения одинаковые) — нужны хотя бы 2 школы с разными значениями показателя"
      : "ИСБ не рассчитан: показатели с ненулевым весом отброшены (меньше 2 значений или нет разброса), у остальных вес 0",
  );
}

/**
 * Brings a column whose magnitudes are near the limits of double precision to magnitude about 1 (a power of two,
 * so exact): z-scores and min–max shares do not change, while sums and squares no longer overflow or vanish.
 */
function rescaleIfExtreme(
  data: Float64Array,
  k: number,
  j: number,
  sum: Float64Array,
  min: Float64Array,
  max: Float64Array,
): void {
  const f = powerOfTwoScale(Math.max(Math.abs(min[j]), Math.abs(max[j])));
  if (f === 1) return;
  let s = 0;
  for (let o = j; o < data.length; o += k) {
    const x = data[o] * f;
    data[o] = x;
    if (x === x) s += x;
  }
  sum[j] = s;
  min[j] *= f;
  max[j] *= f;
}

/**
 * Pass 2: mean and sample standard deviation of every column, by the corrected two-pass algorithm
 * (Chan, Golub, LeVeque): the sum of deviations from the first-pass mean corrects its rounding error.
 * Writes the mean into `mean` and the standard deviation into `sd` (0 when undefined).
 */
function columnMeanSd(
  data: Float64Array,
  k: number,
  count: Float64Array,
  sum: Float64Array,
  mean: Float64Array,
  sd: Float64Array,
): void {
  const ds = new Float64Array(k);
  const ss = new Float64Array(k);
  for (let j = 0; j < k; j++) mean[j] = count[j] > 0 ? sum[j] / count[j] : 0;
  for (let o = 0; o < data.length; o += k) {
    for (let j = 0; j < k; j++) {
      const x = data[o + j];
      if (x === x) {
        const d = x - mean[j];
        ds[j] += d;
        ss[j] += d * d;
      }
    }
  }
  for (let j = 0; j < k; j++) {
    const c = count[j];
    if (c < 2) {
      sd[j] = 0;
      continue;
    }
    let v = (ss[j] - (ds[j] * ds[j]) / c) / (c - 1);
    if (!(v > 0)) v = ss[j] / (c - 1);
    mean[j] += ds[j] / c;
    sd[j] = Math.sqrt(v);
  }
}

/** `#N/A` for too little coverage, one error per shown percentage (rows share it instead of allocating their own). */
class CoverageErrors {
  private readonly cache = new Map<number, EduError>();
  private readonly needPct: string;

  constructor(minCoverage: number) {
    this.needPct = formatPct(minCoverage * 100);
  }

  get(share: number): EduError {
    const pct = Math.floor(share * 1000) / 10;
    let e = this.cache.get(pct);
    if (!e) {
      e = naError(
        `у школы есть показатели только на ${formatPct(pct)}% суммарного веса, нужно не меньше ${this.needPct}% (аргумент «мин_покрытие»)`,
      );
      this.cache.set(pct, e);
    }
    return e;
  }
}

const formatPct = (x: number): string => String(Math.round(x * 10) / 10).replace(".", ",");
