/**
 * Compressed sparse row (CSR) form of a simple undirected graph: the representation the fast
 * algorithms run on. Nodes are 0 … n-1 (in the order of the source graph), edges 0 … m-1.
 * Each node's neighbours are sorted ascending, which lets several algorithms intersect
 * neighbourhoods by merging.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

export interface CompactGraph {
  /** Number of nodes. */
  readonly n: number;
  /** Number of (undirected) edges. */
  readonly m: number;
  /** Node keys by index. */
  readonly keys: readonly string[];
  /** Node index by key. */
  readonly index: ReadonlyMap<string, number>;
  /** Neighbours of v are `neighbors[offsets[v]] … neighbors[offsets[v + 1] - 1]`. */
  readonly offsets: Int32Array;
  readonly neighbors: Int32Array;
  /** For each adjacency entry, the index of its edge. */
  readonly adjEdge: Int32Array;
  /** For each adjacency entry, the strength of its edge. */
  readonly adjStrength: Float64Array;
  /** Edge endpoints (source < target is NOT guaranteed; order follows the input) and strength. */
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeStrength: Float64Array;
}

/**
 * Build from edge arrays. The edges must form a simple graph (no self-loops, no two edges
 * between the same pair); {@link simplify} guarantees this for real networks.
 */
export function compactFromEdges(
  keys: readonly string[],
  edgeSource: Int32Array,
  edgeTarget: Int32Array,
  edgeStrength?: Float64Array,
): CompactGraph {
  const n = keys.length;
  const m = edgeSource.length;
  const strength = edgeStrength ?? new Float64Array(m).fill(1);
  const degree = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    const s = edgeSource[e]!;
    const t = edgeTarget[e]!;
    if (s === t) throw new Error(`compact graph: self-loop on node ${keys[s]}`);
    degree[s]!++;
    degree[t]!++;
  }
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v]! + degree[v]!;

  // First pass: unsorted adjacency of edge ids.
  const cursor = offsets.slice(0, n);
  const rawEdge = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    rawEdge[cursor[edgeSource[e]!]!++] = e;
    rawEdge[cursor[edgeTarget[e]!]!++] = e;
  }
  // Second pass: visiting u in increasing order and appending u to each neighbour's list
  // leaves every list sorted.
  cursor.set(offsets.subarray(0, n));
  const neighbors = new Int32Array(2 * m);
  const adjEdge = new Int32Array(2 * m);
  const adjStrength = new Float64Array(2 * m);
  for (let u = 0; u < n; u++) {
    for (let j = offsets[u]!, end = offsets[u + 1]!; j < end; j++) {
      const e = rawEdge[j]!;
      const v = edgeSource[e] === u ? edgeTarget[e]! : edgeSource[e]!;
      const slot = cursor[v]!++;
      neighbors[slot] = u;
      adjEdge[slot] = e;
      adjStrength[slot] = strength[e]!;
    }
  }
  for (let v = 0; v < n; v++) {
    for (let j = offsets[v]! + 1, end = offsets[v + 1]!; j < end; j++) {
      if (neighbors[j] === neighbors[j - 1]) {
        throw new Error(
          `compact graph: parallel edges between ${keys[v]} and ${keys[neighbors[j]!]}`,
        );
      }
    }
  }
  const index = new Map<string, number>();
  keys.forEach((key, i) => index.set(key, i));
  return {
    n,
    m,
    keys,
    index,
    offsets,
    neighbors,
    adjEdge,
    adjStrength,
    edgeSource,
    edgeTarget,
    edgeStrength: strength,
  };
}

/**
 * Build from a simple undirected graphology graph (e.g. the output of `simplify`), reading
 * strength with `getStrength` (default: the `strength` attribute, else 1).
 */
export function compactFromGraph(
  graph: AbstractGraph,
  getStrength: (attributes: Attributes) => number = defaultStrength,
): CompactGraph {
  const keys = graph.nodes();
  const index = new Map<string, number>();
  keys.forEach((key, i) => index.set(key, i));
  const m = graph.size;
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeStrength = new Float64Array(m);
  let e = 0;
  graph.forEachEdge((_edge, attrs, source, target) => {
    edgeSource[e] = index.get(source)!;
    edgeTarget[e] = index.get(target)!;
    edgeStrength[e] = getStrength(attrs);
    e++;
  });
  return compactFromEdges(keys, edgeSource, edgeTarget, edgeStrength);
}

function defaultStrength(attributes: Attributes): number {
  const s: unknown = attributes.strength;
  return typeof s === 'number' ? s : 1;
}

/** Whether u and v are adjacent (binary search in u's sorted neighbour list). */
export function hasEdge(g: CompactGraph, u: number, v: number): boolean {
  let lo = g.offsets[u]!;
  let hi = g.offsets[u + 1]! - 1;
  const { neighbors } = g;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = neighbors[mid]!;
    if (x === v) return true;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Connected components: a component id per node (0 … count-1, in order of first node). */
export function connectedComponents(g: Pick<CompactGraph, 'n' | 'offsets' | 'neighbors'>): {
  component: Int32Array;
  count: number;
} {
  const component = new Int32Array(g.n).fill(-1);
  const queue = new Int32Array(g.n);
  let count = 0;
  for (let r = 0; r < g.n; r++) {
    if (component[r] !== -1) continue;
    component[r] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = r;
    while (head < tail) {
      const v = queue[head++]!;
      for (let j = g.offsets[v]!, end = g.offsets[v + 1]!; j < end; j++) {
        const w = g.neighbors[j]!;
        if (component[w] === -1) {
          component[w] = count;
          queue[tail++] = w;
        }
      }
    }
    count++;
  }
  return { component, count };
}
