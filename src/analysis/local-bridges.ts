/**
 * Local bridges and span (Granovetter 1973; Easley & Kleinberg 2010, ch. 3).
 *
 * The span of an edge {u, v} is the distance between u and v once the edge is removed,
 * counted in hops: 2 when u and v have a common neighbour, ∞ when the edge is a bridge.
 * A local bridge is an edge whose ends have no common neighbour (span >= 3 or ∞); every
 * bridge is a local bridge. This matches networkx's `local_bridges(G, with_span=True)`
 * (which reports only the local bridges, with `inf` for bridges).
 *
 * Spans of local bridges that are not bridges come from a bidirectional breadth-first
 * search that avoids the edge, expands the smaller frontier one whole level at a time and
 * stops at the first level where the two searches meet, so it only explores the
 * neighbourhood up to about half the span from each end. Bridges (known from
 * {@link biconnectivity}) need no search.
 */
import type { CompactGraph } from './compact-graph';
import type { BiconnectivityResult } from './bridges';
import { runTask, type Task } from './task';

export interface LocalBridgeResult {
  localBridge: Uint8Array;
  /** Span per edge (Infinity for bridges). */
  span: Float64Array;
}

export function* localBridgesTask(
  g: CompactGraph,
  bic: Pick<BiconnectivityResult, 'bridge'>,
): Task<LocalBridgeResult> {
  const { n, m } = g;
  const localBridge = new Uint8Array(m);
  const span = new Float64Array(m);
  const search = new SpanSearch(g, n);
  for (let e = 0; e < m; e++) {
    const u = g.edgeSource[e]!;
    const v = g.edgeTarget[e]!;
    if (haveCommonNeighbour(g, u, v)) {
      span[e] = 2;
    } else {
      localBridge[e] = 1;
      span[e] = bic.bridge[e] ? Infinity : search.distanceAvoidingEdge(u, v);
    }
    if ((e & 255) === 255) yield { done: e + 1, total: m };
  }
  return { localBridge, span };
}

export function localBridges(
  g: CompactGraph,
  bic: Pick<BiconnectivityResult, 'bridge'>,
): LocalBridgeResult {
  return runTask(localBridgesTask(g, bic));
}

/** Merge the two sorted neighbour lists. */
export function haveCommonNeighbour(g: CompactGraph, u: number, v: number): boolean {
  const { offsets, neighbors } = g;
  let i = offsets[u]!;
  const iEnd = offsets[u + 1]!;
  let j = offsets[v]!;
  const jEnd = offsets[v + 1]!;
  while (i < iEnd && j < jEnd) {
    const a = neighbors[i]!;
    const b = neighbors[j]!;
    if (a === b) return true;
    if (a < b) i++;
    else j++;
  }
  return false;
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
