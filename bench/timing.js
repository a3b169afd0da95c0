/** Small timing helpers shared by the benchmarks. */
const { performance } = require("perf_hooks");

/** Median wall time in milliseconds of `runs` calls after `warmup` calls. */
function median(fn, { runs = 15, warmup = 3 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Wall time in milliseconds of one call (for runs too slow to repeat). */
function once(fn) {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

/** Milliseconds with Russian decimal commas. */
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)).replace(".", ",");

/** A ratio such as "2,11×". */
const ratio = (a, b, digits = 2) => `${(a / b).toFixed(digits).replace(".", ",")}×`;

/** A markdown table from a header row and data rows. */
function table(head, rows) {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function lcg(seed) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

module.exports = { median, once, fmt, ratio, table, lcg };
