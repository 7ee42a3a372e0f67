/**
 * The weighted graphs the Leiden algorithm works on, level by level: the input graph, then
 * graphs whose nodes are communities of the level below (aggregation). Adjacency in CSR form
 * without self-loops; a node's internal weight (ties inside an aggregated community) is kept
 * apart in `selfWeight`, because it never changes where the node may move.
 */
import type { CompactGraph } from './compact-graph';

export interface LevelGraph {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly neighbors: Int32Array;
  readonly weights: Float64Array;
  /** Total weight of the ties inside the node (0 on the input level). */
  readonly selfWeight: Float64Array;
  /** Weighted degree k_v, internal ties counted twice, so Σ k_v = 2m at every level. */
  readonly nodeWeight: Float64Array;
  /** 2m: twice the total tie weight. */
  readonly totalWeight: number;
}

/** The input level: strengths as weights, or 1 per tie when `weighted` is false. */
export function levelFromCompact(g: CompactGraph, weighted: boolean): LevelGraph {
  const weights = weighted ? g.adjStrength : new Float64Array(g.neighbors.length).fill(1);
  const nodeWeight = new Float64Array(g.n);
  let total = 0;
  for (let v = 0; v < g.n; v++) {
    let k = 0;
    for (let j = g.offsets[v]!; j < g.offsets[v + 1]!; j++) k += weights[j]!;
    nodeWeight[v] = k;
    total += k;
  }
  return {
    n: g.n,
    offsets: g.offsets,
    neighbors: g.neighbors,
    weights,
    selfWeight: new Float64Array(g.n),
    nodeWeight,
    totalWeight: total,
  };
}

/**
 * Collapse each cluster of `membership` (ids in [0, G.n)) into one node. Returns the new
 * graph and, per node of `graph`, the id of the node it became (clusters are numbered in
 * order of their first member, so the result does not depend on the ids given).
 */
export function aggregate(
  graph: LevelGraph,
  membership: Int32Array,
): { graph: LevelGraph; nodeOf: Int32Array } {
  const { n } = graph;
  const renumbered = new Int32Array(n).fill(-1);
  const nodeOf = new Int32Array(n);
  let count = 0;
  for (let v = 0; v < n; v++) {
    const c = membership[v]!;
    if (renumbered[c] === -1) renumbered[c] = count++;
    nodeOf[v] = renumbered[c]!;
  }
  // Members of each new node (counting sort), so its ties can be gathered in one pass.
  const start = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) start[nodeOf[v]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const members = new Int32Array(n);
  const fill = start.slice(0, count);
  for (let v = 0; v < n; v++) members[fill[nodeOf[v]!]!++] = v;

  const nodeWeight = new Float64Array(count);
  const selfWeight = new Float64Array(count);
  const offsets = new Int32Array(count + 1);
  const weightTo = new Float64Array(count);
  const seen = new Int32Array(count).fill(-1);
  const touched = new Int32Array(count);
  let neighbors = new Int32Array(Math.max(16, graph.neighbors.length >> 1));
  let weights = new Float64Array(neighbors.length);
  let length = 0;
  for (let c = 0; c < count; c++) {
    let t = 0;
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const v = members[i]!;
      nodeWeight[c]! += graph.nodeWeight[v]!;
      selfWeight[c]! += graph.selfWeight[v]!;
      for (let j = graph.offsets[v]!; j < graph.offsets[v + 1]!; j++) {
        const d = nodeOf[graph.neighbors[j]!]!;
        const w = graph.weights[j]!;
        // An internal tie is met from both ends: half each time (exact in binary floating point).
        if (d === c) selfWeight[c]! += w / 2;
        else {
          if (seen[d] !== c) {
            seen[d] = c;
            weightTo[d] = 0;
            touched[t++] = d;
          }
          weightTo[d]! += w;
        }
      }
    }
    if (length + t > neighbors.length) {
      const size = Math.max(2 * neighbors.length, length + t);
      const grownNeighbors = new Int32Array(size);
      grownNeighbors.set(neighbors.subarray(0, length));
      const grownWeights = new Float64Array(size);
      grownWeights.set(weights.subarray(0, length));
      neighbors = grownNeighbors;
      weights = grownWeights;
    }
    for (let i = 0; i < t; i++) {
      const d = touched[i]!;
      neighbors[length] = d;
      weights[length++] = weightTo[d]!;
    }
    offsets[c + 1] = length;
  }
  return {
    graph: {
      n: count,
      offsets,
      neighbors: neighbors.slice(0, length),
      weights: weights.slice(0, length),
      selfWeight,
      nodeWeight,
      totalWeight: graph.totalWeight,
    },
    nodeOf,
  };
}
