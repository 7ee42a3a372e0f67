/**
 * Communities by the Leiden algorithm (Traag, Waltman & van Eck 2019, "From Louvain to
 * Leiden: guaranteeing well-connected communities", Scientific Reports 9:5233), optimising
 * modularity with a resolution γ (Reichardt & Bornholdt's configuration-model form):
 *
 *   Q = Σ_c [ w_c / m − γ (K_c / 2m)² ]   (w_c: tie weight inside c, K_c: its total degree).
 *
 * One iteration, as in the paper:
 * 1. fast local moving: nodes from a queue (all nodes, in random order) move to the
 *    neighbouring community (or an empty one) with the largest strictly positive gain; the
 *    neighbours of a moved node that are outside its new community are queued again;
 * 2. refinement: inside each community S, every node starts alone; in random order, a node
 *    that is still alone and well connected to S (w(v, S−v) ≥ γ k_v (K_S − k_v) / 2m) joins
 *    a well-connected sub-community C of S it has a tie to, chosen at random with probability
 *    ∝ exp(ΔH / θ) among those with ΔH ≥ 0 (ΔH = w(v, C) − γ k_v K_C / 2m; θ = 0.01, as in
 *    the paper and igraph), or stays alone;
 * 3. aggregation: each refined sub-community becomes a node; the communities of step 1 are
 *    the starting partition of the aggregate graph. Repeat from 1 until step 1 leaves every
 *    node in a community of its own.
 * Refined sub-communities only ever grow along ties, so every node of every aggregate graph
 * is a connected set of actors, and so is every community at the end (where each community
 * is one aggregate node). Iterations are repeated, each starting from the previous result;
 * as each is random, one that changes nothing does not mean the next cannot improve, so we
 * stop after `stableIterations` (default 3) iterations in a row that change nothing (the
 * paper's guarantees for a stable iteration hold from the first of them).
 *
 * Reproducible: all randomness comes from the seeded generator.
 */
import type { CompactGraph } from './compact-graph';
import { aggregate, levelFromCompact, type LevelGraph } from './leiden-graph';
import { createRng, randomInt, type Rng } from './seeded-random';

export interface LeidenOptions {
  /** Use tie strength as weight (default true); false counts every tie 1. */
  weighted?: boolean;
  /** Resolution γ (default 1): higher gives more, smaller communities. */
  resolution?: number;
  seed?: number;
  /** Randomness of the refinement (default 0.01). */
  theta?: number;
  /** Stop after this many iterations in a row that change nothing (default 3). */
  stableIterations?: number;
  /** Upper bound on iterations (default 100). */
  maxIterations?: number;
}

export interface LeidenResult {
  /** Community label per node index (arbitrary numbers; see `renumber` in communities.ts). */
  membership: Int32Array;
  /** Iterations run. */
  iterations: number;
  /** False when `maxIterations` was reached before `stableIterations` unchanged ones. */
  converged: boolean;
}

export function leiden(g: CompactGraph, options: LeidenOptions = {}): LeidenResult {
  const gamma = options.resolution ?? 1;
  const theta = options.theta ?? 0.01;
  const stableIterations = options.stableIterations ?? 3;
  const maxIterations = options.maxIterations ?? 100;
  const rng = createRng(options.seed ?? 1);
  const base = levelFromCompact(g, options.weighted ?? true);
  let membership: Int32Array = Int32Array.from({ length: g.n }, (_, v) => v);
  if (base.totalWeight === 0) return { membership, iterations: 0, converged: true };
  let iterations = 0;
  let unchanged = 0;
  while (iterations < maxIterations && unchanged < stableIterations) {
    iterations++;
    const next = iteration(base, membership, gamma, theta, rng);
    unchanged = samePartition(membership, next) ? unchanged + 1 : 0;
    membership = next;
  }
  return { membership, iterations, converged: unchanged >= stableIterations };
}

/** One Leiden iteration from `initial` (cluster ids in [0, n)); returns the new clustering. */
function iteration(
  base: LevelGraph,
  initial: Int32Array,
  gamma: number,
  theta: number,
  rng: Rng,
): Int32Array {
  let graph = base;
  let partition: Int32Array = Int32Array.from(initial);
  // Which node of the current level each input node belongs to.
  const levelNode = Int32Array.from({ length: base.n }, (_, v) => v);
  for (;;) {
    moveNodesFast(graph, partition, gamma, rng);
    if (clusterCount(partition) === graph.n) break;
    let refined = refine(graph, partition, gamma, theta, rng);
    // Refinement merges something whenever a community has two or more nodes (every node
    // passed the local moving phase, so it is well connected to its community and has a
    // neighbour in it with ΔH ≥ 0). Guard against rounding breaking that: aggregate by the
    // communities themselves rather than loop forever.
    if (clusterCount(refined) === graph.n) refined = partition;
    const { graph: next, nodeOf } = aggregate(graph, refined);
    const nextPartition = new Int32Array(next.n);
    for (let v = 0; v < graph.n; v++) nextPartition[nodeOf[v]!] = partition[v]!;
    for (let v = 0; v < base.n; v++) levelNode[v] = nodeOf[levelNode[v]!]!;
    graph = next;
    partition = compactIds(nextPartition);
  }
  return Int32Array.from(levelNode, (node) => partition[node]!);
}

/** Fast local moving (in place). Cluster ids are in [0, n). */
function moveNodesFast(graph: LevelGraph, partition: Int32Array, gamma: number, rng: Rng): void {
  const { n, offsets, neighbors, weights, nodeWeight } = graph;
  const scale = gamma / graph.totalWeight;
  const clusterWeight = new Float64Array(n);
  const clusterSize = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    clusterWeight[partition[v]!]! += nodeWeight[v]!;
    clusterSize[partition[v]!]!++;
  }
  const empty: number[] = [];
  for (let c = n - 1; c >= 0; c--) if (clusterSize[c] === 0) empty.push(c);

  const queue = shuffledNodes(n, rng);
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let pending = n;
  const weightTo = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  while (pending > 0) {
    const v = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    pending--;
    queued[v] = 0;
    const own = partition[v]!;
    const k = nodeWeight[v]!;
    clusterWeight[own]! -= k;
    clusterSize[own]!--;

    let t = 0;
    seen[own] = 1;
    weightTo[own] = 0;
    touched[t++] = own;
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
      const c = partition[neighbors[j]!]!;
      if (!seen[c]) {
        seen[c] = 1;
        weightTo[c] = 0;
        touched[t++] = c;
      }
      weightTo[c]! += weights[j]!;
    }
    let best = own;
    let bestGain = weightTo[own]! - k * clusterWeight[own]! * scale;
    for (let i = 1; i < t; i++) {
      const c = touched[i]!;
      const gain = weightTo[c]! - k * clusterWeight[c]! * scale;
      if (gain > bestGain) {
        best = c;
        bestGain = gain;
      }
    }
    // An empty community: gain 0 (no ties to it, no degree in it).
    const emptyCandidate = clusterSize[own] === 0 ? own : (empty[empty.length - 1] ?? -1);
    if (bestGain < 0 && emptyCandidate >= 0) best = emptyCandidate;
    for (let i = 0; i < t; i++) seen[touched[i]!] = 0;

    partition[v] = best;
    clusterWeight[best]! += k;
    clusterSize[best]!++;
    if (best === own) continue;
    if (best === emptyCandidate) empty.pop();
    if (clusterSize[own] === 0) empty.push(own);
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
      const u = neighbors[j]!;
      if (!queued[u] && partition[u] !== best) {
        queued[u] = 1;
        queue[(head + pending) % n] = u;
        pending++;
      }
    }
  }
}

/**
 * The refinement: a partition of each community into well-connected sub-communities,
 * built by merging nodes that are still alone (ids: the node id of the first member).
 */
function refine(
  graph: LevelGraph,
  partition: Int32Array,
  gamma: number,
  theta: number,
  rng: Rng,
): Int32Array {
  const { n, offsets, neighbors, weights, nodeWeight } = graph;
  const scale = gamma / graph.totalWeight;
  const communityWeight = new Float64Array(n);
  for (let v = 0; v < n; v++) communityWeight[partition[v]!]! += nodeWeight[v]!;
  const refined = Int32Array.from({ length: n }, (_, v) => v);
  const refinedWeight = Float64Array.from(nodeWeight);
  const refinedSize = new Int32Array(n).fill(1);
  // Tie weight from each sub-community to the rest of its community; for a lone node, its
  // tie weight into its community.
  const external = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let w = 0;
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
      if (partition[neighbors[j]!] === partition[v]) w += weights[j]!;
    }
    external[v] = w;
  }

  const weightTo = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  const chance = new Float64Array(n);
  for (const v of shuffledNodes(n, rng)) {
    if (refined[v] !== v || refinedSize[v] !== 1) continue; // no longer alone
    const s = partition[v]!;
    const k = nodeWeight[v]!;
    const total = communityWeight[s]!;
    if (external[v]! < k * (total - k) * scale) continue; // not well connected to S

    let t = 0;
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
      const u = neighbors[j]!;
      if (partition[u] !== s) continue;
      const c = refined[u]!;
      if (!seen[c]) {
        seen[c] = 1;
        weightTo[c] = 0;
        touched[t++] = c;
      }
      weightTo[c]! += weights[j]!;
    }
    // Candidates: staying alone (ΔH = 0) and the well-connected sub-communities with ΔH ≥ 0.
    let candidates = 0;
    let maxGain = 0;
    for (let i = 0; i < t; i++) {
      const c = touched[i]!;
      seen[c] = 0;
      const kc = refinedWeight[c]!;
      const gain = weightTo[c]! - k * kc * scale;
      if (gain >= 0 && external[c]! >= kc * (total - kc) * scale) {
        touched[candidates] = c;
        chance[candidates++] = gain;
        if (gain > maxGain) maxGain = gain;
      }
    }
    if (candidates === 0) continue;
    // exp((ΔH − max ΔH) / θ): the same odds without overflow.
    let sum = Math.exp(-maxGain / theta); // staying alone
    for (let i = 0; i < candidates; i++)
      sum += chance[i] = Math.exp((chance[i]! - maxGain) / theta);
    let r = rng() * sum - Math.exp(-maxGain / theta);
    if (r < 0) continue; // stays alone
    let chosen = touched[candidates - 1]!;
    for (let i = 0; i < candidates; i++) {
      r -= chance[i]!;
      if (r < 0) {
        chosen = touched[i]!;
        break;
      }
    }
    const into = weightTo[chosen]!;
    refined[v] = chosen;
    refinedSize[v] = 0;
    refinedSize[chosen]!++;
    refinedWeight[chosen]! += k;
    external[chosen] = external[chosen]! + external[v]! - 2 * into;
  }
  return refined;
}

function shuffledNodes(n: number, rng: Rng): Int32Array {
  const order = Int32Array.from({ length: n }, (_, v) => v);
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  return order;
}

function clusterCount(partition: Int32Array): number {
  const seen = new Uint8Array(partition.length);
  let count = 0;
  for (const c of partition) {
    if (!seen[c]) {
      seen[c] = 1;
      count++;
    }
  }
  return count;
}

/** Renumber cluster ids 0 … k−1 in order of first appearance. */
function compactIds(partition: Int32Array): Int32Array {
  const id = new Map<number, number>();
  return partition.map((c) => {
    let x = id.get(c);
    if (x === undefined) id.set(c, (x = id.size));
    return x;
  });
}

/** Whether two labellings describe the same partition. */
function samePartition(a: Int32Array, b: Int32Array): boolean {
  const x = compactIds(a);
  const y = compactIds(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Modularity with resolution γ of a clustering of the input level (for tests and checks). */
export function levelModularity(graph: LevelGraph, partition: Int32Array, gamma = 1): number {
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  for (let v = 0; v < graph.n; v++) {
    const c = partition[v]!;
    degree.set(c, (degree.get(c) ?? 0) + graph.nodeWeight[v]!);
    let w = graph.selfWeight[v]!;
    for (let j = graph.offsets[v]!; j < graph.offsets[v + 1]!; j++) {
      if (partition[graph.neighbors[j]!] === c) w += graph.weights[j]! / 2;
    }
    inside.set(c, (inside.get(c) ?? 0) + w);
  }
  const m2 = graph.totalWeight;
  let q = 0;
  for (const [c, k] of degree) q += (2 * inside.get(c)!) / m2 - gamma * (k / m2) ** 2;
  return q;
}
