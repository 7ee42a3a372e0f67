/**
 * Seeded synthetic graphs for the benchmark, as edge arrays (simple: no loops, no
 * duplicates).
 *
 * - `erdosRenyi(n, m, seed)`: G(n, m) — m distinct pairs drawn uniformly.
 * - `clusterLike(n, m, seed)`: what regional cluster networks look like — communities of
 *   heavy-tailed sizes (Pareto), heavy-tailed degrees inside each community (Chung–Lu with
 *   Pareto weights, so a few hub organisations hold many ties), and few ties between
 *   communities (5 %, also degree-biased: hubs are the ones reaching out).
 */
import { createRng, type Rng } from '../src/analysis/seeded-random';

export interface EdgeListGraph {
  n: number;
  source: Int32Array;
  target: Int32Array;
  strength: Float64Array;
}

class PairSet {
  private readonly seen = new Set<number>();
  constructor(private readonly n: number) {}
  add(u: number, v: number): boolean {
    if (u === v) return false;
    const key = u < v ? u * this.n + v : v * this.n + u;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

/** Integer tie strengths 1…5, most ties weak (P(s) ∝ 1/s²), as in project-count data. */
function strengthOf(rng: Rng): number {
  const r = rng();
  return r < 0.68 ? 1 : r < 0.85 ? 2 : r < 0.93 ? 3 : r < 0.97 ? 4 : 5;
}

export function erdosRenyi(n: number, m: number, seed: number): EdgeListGraph {
  const rng = createRng(seed);
  const pairs = new PairSet(n);
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const strength = new Float64Array(m);
  let e = 0;
  while (e < m) {
    const u = Math.floor(rng() * n);
    const v = Math.floor(rng() * n);
    if (!pairs.add(u, v)) continue;
    source[e] = u;
    target[e] = v;
    strength[e] = strengthOf(rng);
    e++;
  }
  return { n, source, target, strength };
}

/** Weighted sampling by cumulative weights (binary search). */
function sampler(weights: Float64Array, rng: Rng): () => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) cumulative[i] = total += weights[i]!;
  return () => {
    const x = rng() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export function clusterLike(n: number, m: number, seed: number, interShare = 0.05): EdgeListGraph {
  const rng = createRng(seed);
  const pareto = (alpha: number) => Math.pow(1 - rng(), -1 / alpha);
  // Community sizes: Pareto(1.5), scaled to n.
  const raw: number[] = [];
  let sum = 0;
  while (sum < n) {
    const s = Math.max(5, Math.round(20 * pareto(1.5)));
    raw.push(s);
    sum += s;
  }
  const community = new Int32Array(n);
  const members: number[][] = [];
  let next = 0;
  for (let c = 0; c < raw.length && next < n; c++) {
    const size = Math.min(raw[c]!, n - next);
    const list: number[] = [];
    for (let i = 0; i < size; i++) {
      community[next] = c;
      list.push(next++);
    }
    members.push(list);
  }
  // Activity (expected degree) weights: Pareto(2.1).
  const activity = new Float64Array(n);
  for (let v = 0; v < n; v++) activity[v] = pareto(2.1);

  const pairs = new PairSet(n);
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const strength = new Float64Array(m);
  let e = 0;
  const add = (u: number, v: number) => {
    if (e >= m || !pairs.add(u, v)) return false;
    source[e] = u;
    target[e] = v;
    strength[e] = strengthOf(rng);
    e++;
    return true;
  };

  // Intra-community ties: choose a community proportionally to its total activity (times
  // its size, so that density grows with size), then two members by activity.
  const communityWeight = new Float64Array(members.length);
  const inside = members.map((list, c) => {
    const w = Float64Array.from(list, (v) => activity[v]!);
    let a = 0;
    for (const x of w) a += x;
    communityWeight[c] = list.length < 2 ? 0 : a * Math.sqrt(list.length);
    return sampler(w, rng);
  });
  const pickCommunity = sampler(communityWeight, rng);
  const pickGlobal = sampler(activity, rng);
  const intra = Math.round(m * (1 - interShare));
  let attempts = 0;
  while (e < intra && attempts < 50 * m) {
    attempts++;
    const c = pickCommunity();
    const list = members[c]!;
    const pick = inside[c]!;
    add(list[pick()]!, list[pick()]!);
  }
  // Inter-community ties, degree-biased.
  attempts = 0;
  while (e < m && attempts < 50 * m) {
    attempts++;
    const u = pickGlobal();
    const v = pickGlobal();
    if (community[u] !== community[v]) add(u, v);
  }
  // Fill up (only if the communities were too small to hold their share).
  while (e < m) add(Math.floor(rng() * n), Math.floor(rng() * n));
  return { n, source, target, strength };
}
