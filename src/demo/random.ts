/**
 * A small seeded random generator, so that the demonstration region is the same on every run and machine.
 */

/** A random source: uniform numbers in [0, 1), normal numbers, whole numbers in a range. */
export interface Random {
  next(): number;
  normal(mean?: number, sd?: number): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

/**
 * Mulberry32 (Tommy Ettinger's 32-bit generator): fast, small state, good enough for synthetic data; normal numbers
 * by the Box–Muller transform. O(1) per number.
 * @param seed any 32-bit integer
 * @returns the generator
 * @example seededRandom(1).int(1, 6) // => the same number on every run
 */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal(mean = 0, sd = 1) {
      const u = Math.max(next(), 1e-12);
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick(items) {
      return items[Math.floor(next() * items.length)];
    },
  };
}
