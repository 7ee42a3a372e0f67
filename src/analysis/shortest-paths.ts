/**
 * Single-source shortest-path sweeps on a {@link CompactGraph}: the engine under betweenness
 * (Brandes 2001), closeness and harmonic centrality.
 *
 * - `hops`: breadth-first search, every edge has length 1.
 * - `inverse`: Dijkstra with a binary heap (decrease-key), edge length = 1 / strength.
 *   Two path lengths that agree to a relative 1e-12 are treated as equal, so that rounding
 *   (1/3 + 1/6 vs 1/2) does not split equally short paths. networkx compares exactly.
 *
 * From each source s the sweep records how many nodes s reaches, the sum of their distances
 * and the sum of their inverse distances (closeness, harmonic), and, if asked, adds the
 * Brandes dependency δ_s(v) of s on every node v to an accumulator (and δ_s(v)² to a second
 * one, for the sampling error of sampled betweenness).
 *
 * Dependencies are accumulated "pull"-style: nodes are taken in reverse order of distance and
 * each node sums (1 + δ(w)) / σ(w) over its successors w on shortest paths. The BFS records
 * those successors as it goes (one flat array, reused for every source); Dijkstra, whose
 * tentative distances may still shrink, finds them again from the final distances.
 */
import type { CompactGraph } from './compact-graph';
import type { Task } from './task';

export type DistanceMode = 'hops' | 'inverse';

export interface SweepOptions {
  distance: DistanceMode;
  /** Source nodes; `null` means every node. */
  sources: Int32Array | null;
  /** Accumulate Brandes dependencies (betweenness). */
  accumulate: boolean;
  /** Also accumulate squared dependencies (needs `accumulate`). */
  trackSquares: boolean;
}

export interface SweepResult {
  /** Σ over the sources of δ_s(v): unnormalised betweenness counting ordered pairs. */
  dependency: Float64Array | null;
  dependencySquares: Float64Array | null;
  /** Per source node: nodes reached including itself (0 for nodes that were no source). */
  reached: Int32Array;
  /** Per source node: sum of distances to the nodes it reaches. */
  distanceSum: Float64Array;
  /** Per source node: sum of 1 / distance over the other nodes it reaches. */
  harmonicSum: Float64Array;
  sourceCount: number;
}

/** Relative tolerance under which two weighted path lengths count as equal. */
export const PATH_LENGTH_TOLERANCE = 1e-12;

interface Workspace {
  n: number;
  offsets: Int32Array;
  neighbors: Int32Array;
  order: Int32Array;
  sigma: Float64Array;
  coef: Float64Array;
  dependency: Float64Array | null;
  squares: Float64Array | null;
  reached: Int32Array;
  distanceSum: Float64Array;
  harmonicSum: Float64Array;
  /** Successor lists of the BFS shortest-path DAG (hops only). */
  succ: Int32Array;
  succStart: Int32Array;
}

export function* shortestPathSweep(g: CompactGraph, options: SweepOptions): Task<SweepResult> {
  const n = g.n;
  const sources = options.sources;
  const total = sources === null ? n : sources.length;
  const ws: Workspace = {
    n,
    offsets: g.offsets,
    neighbors: g.neighbors,
    order: new Int32Array(n),
    sigma: new Float64Array(n),
    coef: new Float64Array(n),
    dependency: options.accumulate ? new Float64Array(n) : null,
    squares: options.accumulate && options.trackSquares ? new Float64Array(n) : null,
    reached: new Int32Array(n),
    distanceSum: new Float64Array(n),
    harmonicSum: new Float64Array(n),
    succ: new Int32Array(options.distance === 'hops' ? g.neighbors.length : 0),
    succStart: new Int32Array(n + 1),
  };

  if (options.distance === 'hops') {
    const dist = new Int32Array(n).fill(-1);
    const inverse = new Float64Array(n + 1);
    for (let d = 1; d <= n; d++) inverse[d] = 1 / d;
    for (let i = 0; i < total; i++) {
      const s = sources === null ? i : sources[i]!;
      bfsFrom(ws, dist, inverse, s);
      yield { done: i + 1, total };
    }
  } else {
    const length = new Float64Array(g.adjStrength.length);
    for (let j = 0; j < length.length; j++) length[j] = 1 / g.adjStrength[j]!;
    const dist = new Float64Array(n).fill(Infinity);
    const heap = new Int32Array(n);
    const pos = new Int32Array(n).fill(-1);
    for (let i = 0; i < total; i++) {
      const s = sources === null ? i : sources[i]!;
      dijkstraFrom(ws, length, dist, heap, pos, s);
      yield { done: i + 1, total };
    }
  }

  return {
    dependency: ws.dependency,
    dependencySquares: ws.squares,
    reached: ws.reached,
    distanceSum: ws.distanceSum,
    harmonicSum: ws.harmonicSum,
    sourceCount: total,
  };
}

/**
 * BFS from s; `dist` is all -1 on entry and on exit. While scanning node order[i] the BFS
 * appends its successors on shortest paths to `succ` (from `succStart[i]`), so the
 * accumulation pass reads only the shortest-path DAG instead of every adjacency again.
 */
function bfsFrom(ws: Workspace, dist: Int32Array, inverse: Float64Array, s: number): void {
  const { offsets, neighbors, order, sigma, coef, dependency, squares, succ, succStart } = ws;
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  let edges = 0;
  let distanceSum = 0;
  let harmonicSum = 0;
  while (head < tail) {
    const v = order[head]!;
    succStart[head] = edges;
    head++;
    const dv = dist[v]! + 1;
    const sv = sigma[v]!;
    for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
      const w = neighbors[j]!;
      const dw = dist[w]!;
      if (dw < 0) {
        dist[w] = dv;
        sigma[w] = sv;
        order[tail++] = w;
        succ[edges++] = w;
        distanceSum += dv;
        harmonicSum += inverse[dv]!;
      } else if (dw === dv) {
        sigma[w]! += sv;
        succ[edges++] = w;
      }
    }
  }
  succStart[tail] = edges;
  ws.reached[s] = tail;
  ws.distanceSum[s] = distanceSum;
  ws.harmonicSum[s] = harmonicSum;

  if (dependency !== null) {
    for (let i = tail - 1; i > 0; i--) {
      let sum = 0;
      for (let j = succStart[i]!, end = succStart[i + 1]!; j < end; j++) sum += coef[succ[j]!]!;
      const w = order[i]!;
      const sw = sigma[w]!;
      const delta = sw * sum;
      dependency[w]! += delta;
      if (squares !== null) squares[w]! += delta * delta;
      coef[w] = (1 + delta) / sw;
    }
  }
  for (let i = 0; i < tail; i++) dist[order[i]!] = -1;
}

/**
 * Dijkstra from s. `dist` is all Infinity and `pos` all -1 on entry and exit; during the run
 * `pos[v]` is v's heap slot, or -2 once v is settled.
 */
function dijkstraFrom(
  ws: Workspace,
  length: Float64Array,
  dist: Float64Array,
  heap: Int32Array,
  pos: Int32Array,
  s: number,
): void {
  const { offsets, neighbors, order, sigma, coef, dependency, squares } = ws;
  const tol = PATH_LENGTH_TOLERANCE;
  dist[s] = 0;
  sigma[s] = 1;
  heap[0] = s;
  pos[s] = 0;
  let size = 1;
  let settled = 0;
  let distanceSum = 0;
  let harmonicSum = 0;

  while (size > 0) {
    // Pop the minimum.
    const v: number = heap[0]!;
    pos[v] = -2;
    size--;
    if (size > 0) {
      const last = heap[size]!;
      siftDown(heap, pos, dist, size, last, 0);
    }
    order[settled++] = v;
    const dv = dist[v]!;
    if (v !== s) {
      distanceSum += dv;
      harmonicSum += 1 / dv;
    }
    const sv = sigma[v]!;
    for (let j: number = offsets[v]!, end: number = offsets[v + 1]!; j < end; j++) {
      const w = neighbors[j]!;
      const pw = pos[w]!;
      if (pw === -2) continue;
      const alt = dv + length[j]!;
      const dw = dist[w]!;
      if (pw === -1) {
        dist[w] = alt;
        sigma[w] = sv;
        pos[w] = size;
        heap[size] = w;
        size++;
        siftUp(heap, pos, dist, w, size - 1);
      } else if (alt < dw * (1 - tol)) {
        dist[w] = alt;
        sigma[w] = sv;
        siftUp(heap, pos, dist, w, pw);
      } else if (alt <= dw * (1 + tol)) {
        sigma[w]! += sv;
      }
    }
  }
  ws.reached[s] = settled;
  ws.distanceSum[s] = distanceSum;
  ws.harmonicSum[s] = harmonicSum;

  if (dependency !== null) {
    for (let i = settled - 1; i > 0; i--) {
      const w = order[i]!;
      const dw = dist[w]!;
      let sum = 0;
      for (let j = offsets[w]!, end = offsets[w + 1]!; j < end; j++) {
        const x = neighbors[j]!;
        const dx = dist[x]!;
        if (dx > dw) {
          const alt = dw + length[j]!;
          if (alt <= dx * (1 + tol) && alt >= dx * (1 - tol)) sum += coef[x]!;
        }
      }
      const sw = sigma[w]!;
      const delta = sw * sum;
      dependency[w]! += delta;
      if (squares !== null) squares[w]! += delta * delta;
      coef[w] = (1 + delta) / sw;
    }
  }
  for (let i = 0; i < settled; i++) {
    const v = order[i]!;
    dist[v] = Infinity;
    pos[v] = -1;
  }
}

function siftUp(heap: Int32Array, pos: Int32Array, dist: Float64Array, v: number, at: number) {
  const dv = dist[v]!;
  let i = at;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent]!;
    if (dist[p]! <= dv) break;
    heap[i] = p;
    pos[p] = i;
    i = parent;
  }
  heap[i] = v;
  pos[v] = i;
}

function siftDown(
  heap: Int32Array,
  pos: Int32Array,
  dist: Float64Array,
  size: number,
  v: number,
  at: number,
) {
  const dv = dist[v]!;
  let i = at;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    const right = left + 1;
    let child = left;
    if (right < size && dist[heap[right]!]! < dist[heap[left]!]!) child = right;
    const c = heap[child]!;
    if (dist[c]! >= dv) break;
    heap[i] = c;
    pos[c] = i;
    i = child;
  }
  heap[i] = v;
  pos[v] = i;
}
