/**
 * Single-source shortest-path sweeps on a compact graph: the engine under betweenness
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
 * The BFS is direction-optimising (Beamer, Asanović & Patterson 2012): level by level it
 * either scans the frontier's ties (top-down) or, once few nodes are left unreached, the ties
 * of those nodes, looking for parents in the frontier (bottom-up) — whichever touches fewer
 * ties. Both directions find every parent of every new node, so σ is exact either way. The
 * edges of the shortest-path DAG are recorded level by level as they are found, and the
 * dependencies are accumulated from the deepest level up over those edges only.
 * Dijkstra, whose tentative distances may still shrink, finds the DAG again from the final
 * distances.
 *
 * The BFS runs on WebAssembly where it can (brandes-wasm.ts, wasm/brandes.ts: the same
 * algorithm, identical results, 2–2.5× faster); `bfsFrom` below is the fallback and the
 * reference it is tested against.
 */
import { createWasmBfs } from './brandes-wasm';
import { connectedComponents, type CompactGraph } from './compact-graph';
import type { Task } from './task';
import { heapSiftDown, heapSiftUp } from './indexed-heap';

/** The part of a compact graph the sweeps read (all a worker needs to be sent). */
export type SweepGraph = Pick<CompactGraph, 'n' | 'm' | 'offsets' | 'neighbors' | 'adjStrength'>;

export type DistanceMode = 'hops' | 'inverse';

export interface SweepOptions {
  distance: DistanceMode;
  /** Source nodes; `null` means every node. */
  sources: Int32Array | null;
  /** Accumulate Brandes dependencies (betweenness). */
  accumulate: boolean;
  /** Also accumulate squared dependencies (needs `accumulate`). */
  trackSquares: boolean;
  /**
   * `auto` (default): breadth-first sweeps run on WebAssembly where it is available
   * (brandes-wasm.ts), else in JavaScript; `javascript` always uses the JavaScript BFS (tests
   * and the benchmark compare the two). Dijkstra always runs in JavaScript.
   */
  kernel?: 'auto' | 'javascript';
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
}

export function* shortestPathSweep(g: SweepGraph, options: SweepOptions): Task<SweepResult> {
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
  };

  const wasm =
    options.distance === 'hops' && options.kernel !== 'javascript'
      ? createWasmBfs(g, options.accumulate, options.trackSquares)
      : null;
  if (wasm !== null) {
    for (let i = 0; i < total; i++) {
      wasm.run(sources === null ? i : sources[i]!);
      yield { done: i + 1, total };
    }
    wasm.addTo({
      dependency: ws.dependency,
      squares: ws.squares,
      reached: ws.reached,
      distanceSum: ws.distanceSum,
      harmonicSum: ws.harmonicSum,
    });
  } else if (options.distance === 'hops') {
    const bfs = createBfsWorkspace(g);
    for (let i = 0; i < total; i++) {
      const s = sources === null ? i : sources[i]!;
      bfsFrom(ws, bfs, s);
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

interface BfsWorkspace {
  degree: Int32Array;
  /** Component of each node, its size, its total degree, and its nodes (grouped). */
  component: Int32Array;
  componentSize: Int32Array;
  componentDegree: Float64Array;
  componentStart: Int32Array;
  componentNodes: Int32Array;
  /** -1 = not reached (on entry and exit of every BFS). */
  dist: Int32Array;
  /** Σ coef over a node's successors, during the accumulation (0 on entry and exit). */
  acc: Float64Array;
  unreached: Int32Array;
  /** Nodes of level L are order[levelStart[L]] … order[levelStart[L + 1] - 1]. */
  levelStart: Int32Array;
  /** 1 when level L was found bottom-up (its DAG edges are listed by child). */
  bottomUp: Uint8Array;
  /**
   * DAG edges. A level found top-down lists, for each parent (by position i in `order`),
   * its children in links[succStart[i]] … links[succStart[i + 1] - 1]; a level found
   * bottom-up lists, for each child, its parents in links[predStart[i]] … .
   */
  links: Int32Array;
  succStart: Int32Array;
  predStart: Int32Array;
  /** inverse[d] = 1 / d. */
  inverse: Float64Array;
}

function createBfsWorkspace(g: SweepGraph): BfsWorkspace {
  const { n, offsets } = g;
  const degree = new Int32Array(n);
  for (let v = 0; v < n; v++) degree[v] = offsets[v + 1]! - offsets[v]!;
  const { component, count } = connectedComponents(g);
  const componentSize = new Int32Array(count);
  const componentDegree = new Float64Array(count);
  for (let v = 0; v < n; v++) {
    componentSize[component[v]!]!++;
    componentDegree[component[v]!]! += degree[v]!;
  }
  const componentStart = new Int32Array(count + 1);
  for (let c = 0; c < count; c++) componentStart[c + 1] = componentStart[c]! + componentSize[c]!;
  const cursor = componentStart.slice(0, count);
  const componentNodes = new Int32Array(n);
  for (let v = 0; v < n; v++) componentNodes[cursor[component[v]!]!++] = v;
  const inverse = new Float64Array(n + 1);
  for (let d = 1; d <= n; d++) inverse[d] = 1 / d;
  return {
    degree,
    component,
    componentSize,
    componentDegree,
    componentStart,
    componentNodes,
    dist: new Int32Array(n).fill(-1),
    acc: new Float64Array(n),
    unreached: new Int32Array(n),
    levelStart: new Int32Array(n + 2),
    bottomUp: new Uint8Array(n + 2),
    links: new Int32Array(g.m),
    succStart: new Int32Array(n + 1),
    predStart: new Int32Array(n + 1),
    inverse,
  };
}

/** Direction-optimising BFS from s, then (if asked) the dependency accumulation. */
function bfsFrom(ws: Workspace, b: BfsWorkspace, s: number): void {
  const { offsets, neighbors, order, sigma, coef, dependency, squares } = ws;
  const { degree, dist, acc, unreached, levelStart, bottomUp, links, succStart, predStart } = b;
  const inverse = b.inverse;
  const c = b.component[s]!;
  const componentDegree = b.componentDegree[c]!;
  const componentSize = b.componentSize[c]!;
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  levelStart[0] = 0;
  let start = 0; // current level in `order`
  let end = 1;
  let tail = 1;
  let linked = 0;
  let level = 0;
  let reachedDegree = degree[s]!;
  let frontierDegree = degree[s]!;
  let unreachedCount = -1; // -1: list not built yet
  let distanceSum = 0;
  let harmonicSum = 0;

  while (start < end) {
    const next = level + 1;
    levelStart[next] = end;
    let nextDegree = 0;
    if (
      componentDegree - reachedDegree + (unreachedCount < 0 ? componentSize : 0) <
      frontierDegree
    ) {
      // Bottom-up: each unreached node looks for parents in the frontier.
      bottomUp[next] = 1;
      if (unreachedCount < 0) {
        unreachedCount = 0;
        for (let i = b.componentStart[c]!, iEnd = b.componentStart[c + 1]!; i < iEnd; i++) {
          const u = b.componentNodes[i]!;
          if (dist[u]! < 0) unreached[unreachedCount++] = u;
        }
      }
      let kept = 0;
      for (let i = 0; i < unreachedCount; i++) {
        const u = unreached[i]!;
        // Reached meanwhile by a top-down level: drop from the list.
        if (dist[u]! >= 0) continue;
        const first = linked;
        let su = 0;
        for (let j = offsets[u]!, jEnd = offsets[u + 1]!; j < jEnd; j++) {
          const w = neighbors[j]!;
          if (dist[w] === level) {
            su += sigma[w]!;
            links[linked++] = w;
          }
        }
        if (linked > first) {
          dist[u] = next;
          sigma[u] = su;
          predStart[tail] = first;
          order[tail++] = u;
          nextDegree += degree[u]!;
        } else {
          unreached[kept++] = u;
        }
      }
      unreachedCount = kept;
      predStart[tail] = linked;
    } else {
      // Top-down: the frontier scans its ties.
      bottomUp[next] = 0;
      for (let h = start; h < end; h++) {
        const v = order[h]!;
        const sv = sigma[v]!;
        succStart[h] = linked;
        for (let j = offsets[v]!, jEnd = offsets[v + 1]!; j < jEnd; j++) {
          const w = neighbors[j]!;
          const dw = dist[w]!;
          if (dw < 0) {
            dist[w] = next;
            sigma[w] = sv;
            order[tail++] = w;
            nextDegree += degree[w]!;
            links[linked++] = w;
          } else if (dw === next) {
            sigma[w]! += sv;
            links[linked++] = w;
          }
        }
      }
      succStart[end] = linked;
    }
    const found = tail - end;
    distanceSum += found * next;
    harmonicSum += found * inverse[next]!;
    reachedDegree += nextDegree;
    frontierDegree = nextDegree;
    start = end;
    end = tail;
    level = next;
  }
  // Levels 0 … level-1 hold nodes.
  ws.reached[s] = tail;
  ws.distanceSum[s] = distanceSum;
  ws.harmonicSum[s] = harmonicSum;

  if (dependency !== null) {
    for (let L = level - 1; L >= 1; L--) {
      // Level L's successors are done: finish its nodes…
      const first = levelStart[L]!;
      const last = levelStart[L + 1]!;
      for (let i = first; i < last; i++) {
        const w = order[i]!;
        const sw = sigma[w]!;
        const delta = sw * acc[w]!;
        acc[w] = 0;
        dependency[w]! += delta;
        if (squares !== null) squares[w]! += delta * delta;
        coef[w] = (1 + delta) / sw;
      }
      // …and pass (1 + δ(w)) / σ(w) up to their parents on level L-1.
      if (bottomUp[L]) {
        for (let i = first; i < last; i++) {
          const cw = coef[order[i]!]!;
          for (let j = predStart[i]!, jEnd = predStart[i + 1]!; j < jEnd; j++)
            acc[links[j]!]! += cw;
        }
      } else {
        for (let i = levelStart[L - 1]!; i < first; i++) {
          let sum = 0;
          for (let j = succStart[i]!, jEnd = succStart[i + 1]!; j < jEnd; j++)
            sum += coef[links[j]!]!;
          acc[order[i]!]! += sum;
        }
      }
    }
    acc[s] = 0;
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
      heapSiftDown(heap, pos, dist, size, last, 0);
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
        heapSiftUp(heap, pos, dist, w, size - 1);
      } else if (alt < dw * (1 - tol)) {
        dist[w] = alt;
        sigma[w] = sv;
        heapSiftUp(heap, pos, dist, w, pw);
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

/** Sum sweeps over disjoint sets of sources (the parts of a parallel sweep). */
export function mergeSweepResults(n: number, parts: readonly SweepResult[]): SweepResult {
  const sum = (pick: (r: SweepResult) => Float64Array | null): Float64Array | null => {
    const arrays = parts.map(pick);
    if (arrays.some((a) => a === null)) return null;
    const out = new Float64Array(n);
    for (const a of arrays as Float64Array[]) for (let v = 0; v < n; v++) out[v]! += a[v]!;
    return out;
  };
  const reached = new Int32Array(n);
  for (const p of parts) for (let v = 0; v < n; v++) reached[v]! += p.reached[v]!;
  return {
    dependency: sum((r) => r.dependency),
    dependencySquares: sum((r) => r.dependencySquares),
    reached,
    distanceSum: sum((r) => r.distanceSum)!,
    harmonicSum: sum((r) => r.harmonicSum)!,
    sourceCount: parts.reduce((a, p) => a + p.sourceCount, 0),
  };
}
