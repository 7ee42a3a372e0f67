/**
 * Seeded pseudo-random numbers, so that sampled betweenness and Louvain give the same answer
 * for the same seed in the browser, in the CLI and in the tests.
 *
 * The generator is mulberry32 (32-bit state, period 2^32): small, fast and good enough for
 * choosing pivots and shuffling visiting orders. It is not for cryptography.
 */

export type Rng = () => number;

/** A generator of floats in [0, 1) determined entirely by `seed` (any finite number). */
export function createRng(seed: number): Rng {
  return mulberry32(hashSeed(seed));
}

/** Plain mulberry32 from a 32-bit state (no seed spreading): what layouts and the demo use. */
export function mulberry32(seed: number): Rng {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Spread nearby seeds (1, 2, 3 …) over the state space and accept non-integers. */
function hashSeed(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  let h = Math.floor(seed) ^ 0x9e3779b9;
  const frac = Math.round((seed - Math.floor(seed)) * 0x7fffffff);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ frac;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** An integer in [0, bound). */
export function randomInt(rng: Rng, bound: number): number {
  return Math.floor(rng() * bound);
}

/**
 * `k` distinct integers drawn uniformly from [0, n) without replacement (partial
 * Fisher–Yates), returned in ascending order. `k` is clamped to [0, n].
 */
export function sampleWithoutReplacement(n: number, k: number, rng: Rng): Int32Array {
  const count = Math.max(0, Math.min(n, Math.floor(k)));
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < count; i++) {
    const j = i + randomInt(rng, n - i);
    const tmp = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = tmp;
  }
  return pool.slice(0, count).sort();
}
