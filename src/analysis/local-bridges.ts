/**
 * Local bridges and span (Granovetter 1973; Easley & Kleinberg 2010, ch. 3).
 *
 * A local bridge is an edge whose ends have no common neighbour; every bridge is one. The
 * span of an edge {u, v} is the distance between u and v once the edge is removed, ∞ for a
 * bridge. This matches networkx's `local_bridges(G, with_span=True, weight=…)` (which
 * reports only the local bridges, with `inf` for bridges); we give every edge its span.
 *
 * - `hops` (default): span 2 when u and v have a common neighbour (no search), otherwise a
 *   bidirectional breadth-first search that avoids the edge, expands the smaller frontier
 *   one whole level at a time and stops at the first level where the two searches meet.
 * - `inverse` (edge length 1/strength, with `--distance inverse`): a bidirectional Dijkstra
 *   avoiding the edge, started with the best two-step detour through a common neighbour as
 *   an upper bound and stopped as soon as the two frontiers cannot improve on it.
 *
 * Bridges (known from `biconnectivity`) need no search.
 */
import type { CompactGraph } from './compact-graph';
import { forEachCommonNeighbour } from './common-neighbours';
import { IndexedMinHeap } from './indexed-heap';
import type { BiconnectivityResult } from './bridges';
import type { DistanceMode } from './shortest-paths';
import { runTask, type Task } from './task';

export interface LocalBridgeResult {
  localBridge: Uint8Array;
  /** Span per edge (Infinity for bridges). */
  span: Float64Array;
}

export function* localBridgesTask(
  g: CompactGraph,
  bic: Pick<BiconnectivityResult, 'bridge'>,
  distance: DistanceMode = 'hops',
): Task<LocalBridgeResult> {
  const { n, m } = g;
  const localBridge = new Uint8Array(m);
  const span = new Float64Array(m);
  const hops = distance === 'hops' ? new SpanSearch(g, n) : null;
  const weighted = distance === 'inverse' ? new WeightedSpanSearch(g, n) : null;
  for (let e = 0; e < m; e++) {
    const u = g.edgeSource[e]!;
    const v = g.edgeTarget[e]!;
    const detour = shortestDetourViaCommonNeighbour(g, u, v, weighted !== null);
    if (detour === Infinity) localBridge[e] = 1;
    if (bic.bridge[e]) span[e] = Infinity;
    else if (hops) span[e] = detour === Infinity ? hops.distanceAvoidingEdge(u, v) : 2;
    else span[e] = weighted!.distanceAvoidingEdge(u, v, detour);
    if ((e & 255) === 255) yield { done: e + 1, total: m };
  }
  return { localBridge, span };
}

export function localBridges(
  g: CompactGraph,
  bic: Pick<BiconnectivityResult, 'bridge'>,
  distance: DistanceMode = 'hops',
): LocalBridgeResult {
  return runTask(localBridgesTask(g, bic, distance));
}

/**
 * Length of the shortest path u – w – v through a common neighbour w (2 in hops; the sum of
 * 1/strength with `inverse`); Infinity when u and v have no common neighbour.
 */
function shortestDetourViaCommonNeighbour(
  g: CompactGraph,
  u: number,
  v: number,
  inverse: boolean,
): number {
  const { adjStrength } = g;
  let best = Infinity;
  forEachCommonNeighbour(g, u, v, (_w, i, j) => {
    if (!inverse) {
      best = 2;
      return true;
    }
    const length = 1 / adjStrength[i]! + 1 / adjStrength[j]!;
    if (length < best) best = length;
  });
  return best;
}

/** Whether u and v have a common neighbour. */
export function haveCommonNeighbour(g: CompactGraph, u: number, v: number): boolean {
  return forEachCommonNeighbour(g, u, v, () => true);
}

class SpanSearch {
  private stamp = 0;
  private readonly markA: Int32Array;
  private readonly markB: Int32Array;
  private readonly distA: Int32Array;
  private readonly distB: Int32Array;
  private readonly queueA: Int32Array;
  private readonly queueB: Int32Array;

  constructor(
    private readonly g: CompactGraph,
    n: number,
  ) {
    this.markA = new Int32Array(n);
    this.markB = new Int32Array(n);
    this.distA = new Int32Array(n);
    this.distB = new Int32Array(n);
    this.queueA = new Int32Array(n);
    this.queueB = new Int32Array(n);
  }

  /** Hop distance from u to v without the edge {u, v}; Infinity if none. */
  distanceAvoidingEdge(u: number, v: number): number {
    const { offsets, neighbors } = this.g;
    const stamp = ++this.stamp;
    const { markA, markB, distA, distB, queueA, queueB } = this;
    markA[u] = stamp;
    distA[u] = 0;
    queueA[0] = u;
    markB[v] = stamp;
    distB[v] = 0;
    queueB[0] = v;
    let startA = 0;
    let endA = 1;
    let startB = 0;
    let endB = 1;
    for (;;) {
      if (startA === endA || startB === endB) return Infinity;
      const expandA = endA - startA <= endB - startB;
      const mark = expandA ? markA : markB;
      const other = expandA ? markB : markA;
      const dist = expandA ? distA : distB;
      const otherDist = expandA ? distB : distA;
      const queue = expandA ? queueA : queueB;
      const start = expandA ? startA : startB;
      const end = expandA ? endA : endB;
      let tail = end;
      let best = Infinity;
      for (let i = start; i < end; i++) {
        const x = queue[i]!;
        const dx = dist[x]! + 1;
        for (let j = offsets[x]!, jEnd = offsets[x + 1]!; j < jEnd; j++) {
          const y = neighbors[j]!;
          if ((x === u && y === v) || (x === v && y === u)) continue;
          if (other[y] === stamp) {
            const length = dx + otherDist[y]!;
            if (length < best) best = length;
          }
          if (mark[y] !== stamp) {
            mark[y] = stamp;
            dist[y] = dx;
            queue[tail++] = y;
          }
        }
      }
      if (best < Infinity) return best;
      if (expandA) {
        startA = end;
        endA = tail;
      } else {
        startB = end;
        endB = tail;
      }
    }
  }
}

/** Bidirectional Dijkstra (indexed binary heaps with decrease-key) for weighted spans. */
class WeightedSpanSearch {
  private stamp = 0;
  private readonly reachedF: Int32Array;
  private readonly reachedB: Int32Array;
  private readonly distF: Float64Array;
  private readonly distB: Float64Array;
  private readonly heapF: IndexedMinHeap;
  private readonly heapB: IndexedMinHeap;
  private readonly length: Float64Array;

  constructor(
    private readonly g: CompactGraph,
    n: number,
  ) {
    this.reachedF = new Int32Array(n);
    this.reachedB = new Int32Array(n);
    this.distF = new Float64Array(n);
    this.distB = new Float64Array(n);
    this.heapF = new IndexedMinHeap(n, this.distF);
    this.heapB = new IndexedMinHeap(n, this.distB);
    this.length = Float64Array.from(g.adjStrength, (s) => 1 / s);
  }

  /** Shortest u–v distance without the edge {u, v}, given an upper bound; Infinity if none. */
  distanceAvoidingEdge(u: number, v: number, bound: number): number {
    const { offsets, neighbors } = this.g;
    const length = this.length;
    const stamp = ++this.stamp;
    const { reachedF, reachedB, distF, distB, heapF, heapB } = this;
    heapF.reset();
    heapB.reset();
    reachedF[u] = stamp;
    distF[u] = 0;
    heapF.push(u);
    reachedB[v] = stamp;
    distB[v] = 0;
    heapB.push(v);
    let best = bound;
    while (heapF.size > 0 && heapB.size > 0) {
      if (heapF.topKey() + heapB.topKey() >= best) break;
      const forward = heapF.size <= heapB.size;
      const heap = forward ? heapF : heapB;
      const reached = forward ? reachedF : reachedB;
      const dist = forward ? distF : distB;
      const otherReached = forward ? reachedB : reachedF;
      const otherDist = forward ? distB : distF;
      const x = heap.pop();
      const d = dist[x]!;
      for (let j = offsets[x]!, jEnd = offsets[x + 1]!; j < jEnd; j++) {
        const y = neighbors[j]!;
        if ((x === u && y === v) || (x === v && y === u)) continue;
        const nd = d + length[j]!;
        if (!heap.isSettled(y) && (reached[y] !== stamp || nd < dist[y]!)) {
          reached[y] = stamp;
          dist[y] = nd;
          heap.push(y);
        }
        if (otherReached[y] === stamp) {
          const total = nd + otherDist[y]!;
          if (total < best) best = total;
        }
      }
    }
    return best;
  }
}
