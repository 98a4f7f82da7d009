// seeded-sample: a seeded PRNG (mulberry32) and a sample of k items drawn with it, so that a corpus
// report run twice with the same seed shows the same edges (and a rerun after a change of rules is comparable).

/** mulberry32: a fast 32-bit PRNG; the same seed gives the same sequence of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * k items of `items` without repetition, in the order drawn (a partial Fisher-Yates shuffle of a copy).
 * NOTE: the draw depends on the order of `items`; sort them (e.g. by edge key) before sampling.
 */
export function seededSample<T>(items: readonly T[], k: number, seed: number): T[] {
  const random = seededRandom(seed);
  const pool = [...items];
  const n = Math.min(Math.max(0, Math.floor(k)), pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}
