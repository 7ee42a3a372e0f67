/**
 * Bridges, articulation points (cut vertices) and biconnected components by Tarjan's
 * depth-first search (Hopcroft & Tarjan 1973), written iteratively with explicit stacks so
 * that it works on graphs of any depth (a path of 100 000 nodes would overflow recursion).
 *
 * - A bridge is an edge whose removal disconnects its component.
 * - An articulation point is a node whose removal disconnects its component.
 * - Biconnected components partition the EDGES: two edges are in the same component when a
 *   simple cycle goes through both. A bridge is a component of its own (two nodes); an
 *   isolated node is in none. This is networkx's `biconnected_components`.
 */
import type { CompactGraph } from './compact-graph';

export interface BiconnectivityResult {
  /** 1 for bridge edges, by edge index. */
  bridge: Uint8Array;
  /** 1 for articulation points, by node index. */
  articulation: Uint8Array;
  /** Biconnected component number of each edge. */
  edgeComponent: Int32Array;
  componentCount: number;
}

export function biconnectivity(g: CompactGraph): BiconnectivityResult {
  const { n, m, offsets, neighbors, adjEdge } = g;
  const bridge = new Uint8Array(m);
  const articulation = new Uint8Array(n);
  const edgeComponent = new Int32Array(m).fill(-1);
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parentEdge = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const stack = new Int32Array(n);
  const edgeStack = new Int32Array(m);
  let edgeTop = 0;
  let time = 0;
  let componentCount = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    disc[root] = low[root] = time++;
    next[root] = offsets[root]!;
    let top = 0;
    stack[0] = root;
    let rootChildren = 0;
    while (top >= 0) {
      const v = stack[top]!;
      const j = next[v]!;
      if (j < offsets[v + 1]!) {
        next[v] = j + 1;
        const e = adjEdge[j]!;
        if (e === parentEdge[v]) continue;
        const w = neighbors[j]!;
        if (disc[w] === -1) {
          edgeStack[edgeTop++] = e;
          parentEdge[w] = e;
          disc[w] = low[w] = time++;
          next[w] = offsets[w]!;
          stack[++top] = w;
          if (v === root) rootChildren++;
        } else if (disc[w]! < disc[v]!) {
          // Back edge to an ancestor (seen once: from the descendant's side).
          edgeStack[edgeTop++] = e;
          if (disc[w]! < low[v]!) low[v] = disc[w]!;
        }
        continue;
      }
      // v is finished.
      top--;
      if (top < 0) break;
      const p = stack[top]!;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      if (low[v]! > disc[p]!) bridge[parentEdge[v]!] = 1;
      if (low[v]! >= disc[p]!) {
        if (p !== root) articulation[p] = 1;
        const tree = parentEdge[v]!;
        for (;;) {
          const e = edgeStack[--edgeTop]!;
          edgeComponent[e] = componentCount;
          if (e === tree) break;
        }
        componentCount++;
      }
    }
    if (rootChildren > 1) articulation[root] = 1;
  }
  return { bridge, articulation, edgeComponent, componentCount };
}

/** Node lists of the biconnected components (ascending node indices). */
export function biconnectedComponentNodes(
  g: CompactGraph,
  result: BiconnectivityResult,
): number[][] {
  const sets: Set<number>[] = Array.from({ length: result.componentCount }, () => new Set());
  for (let e = 0; e < g.m; e++) {
    const set = sets[result.edgeComponent[e]!]!;
    set.add(g.edgeSource[e]!);
    set.add(g.edgeTarget[e]!);
  }
  return sets.map((s) => [...s].sort((a, b) => a - b));
}
