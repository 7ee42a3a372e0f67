/**
 * Who is cut off when an articulation point goes. Without actor v, v's component falls into
 * pieces; the largest piece (of equal ones, the one holding the alphabetically first actor
 * id) is what remains of the network there, and every actor of the other pieces loses every
 * path to it: those are v's cut-off actors.
 *
 * Piece sizes come from the block–cut tree of the registry's biconnected components (each
 * block of edges at v leads to exactly one piece), so finding the largest costs O(n + m)
 * for all articulation points together; only the cut-off pieces are then walked, which is
 * the size of the answer. Actors already in another component lose nothing.
 */
import type { BiconnectivityResult } from '../bridges';
import type { CompactGraph } from '../compact-graph';

export interface CutOff {
  actor: number;
  /** Actors of the pieces other than the largest, ascending by index. */
  cutOff: number[];
  pieces: number;
}

export function articulationCutOffs(g: CompactGraph, bic: BiconnectivityResult): CutOff[] {
  const { n, offsets, neighbors, adjEdge } = g;
  const blocks = bic.componentCount;
  const apIndex = new Int32Array(n).fill(-1);
  const aps: number[] = [];
  for (let v = 0; v < n; v++) {
    if (bic.articulation[v]) {
      apIndex[v] = aps.length;
      aps.push(v);
    }
  }
  // Block–cut tree: nodes 0 … blocks-1 are blocks, blocks + i is articulation point aps[i].
  const weight = new Float64Array(blocks + aps.length);
  for (let v = 0; v < n; v++) {
    if (apIndex[v]! >= 0 || offsets[v] === offsets[v + 1]) continue;
    weight[bic.edgeComponent[adjEdge[offsets[v]!]!]!]! += 1; // a non-cut actor is in one block
  }
  const treeAdj: number[][] = Array.from({ length: blocks + aps.length }, () => []);
  for (let i = 0; i < aps.length; i++) {
    const v = aps[i]!;
    weight[blocks + i] = 1;
    const seen = new Set<number>();
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
      const b = bic.edgeComponent[adjEdge[j]!]!;
      if (seen.has(b)) continue;
      seen.add(b);
      treeAdj[blocks + i]!.push(b);
      treeAdj[b]!.push(blocks + i);
    }
  }
  // Subtree weights by an iterative post-order walk of each tree.
  const total = treeAdj.length;
  const parent = new Int32Array(total).fill(-2);
  const sub = Float64Array.from(weight);
  const treeTotal = new Float64Array(total);
  for (let root = 0; root < total; root++) {
    if (parent[root] !== -2) continue;
    parent[root] = -1;
    const order: number[] = [root];
    for (let k = 0; k < order.length; k++) {
      for (const x of treeAdj[order[k]!]!) {
        if (parent[x] !== -2) continue;
        parent[x] = order[k]!;
        order.push(x);
      }
    }
    for (let k = order.length - 1; k > 0; k--) sub[parent[order[k]!]!]! += sub[order[k]!]!;
    for (const x of order) treeTotal[x] = sub[root]!;
  }

  const visited = new Int32Array(n).fill(-1);
  const result: CutOff[] = [];
  for (let i = 0; i < aps.length; i++) {
    const v = aps[i]!;
    const t = blocks + i;
    // One piece per block at v: its size, seen from v in the tree.
    const pieces = treeAdj[t]!.map((b) => ({
      block: b,
      size: b === parent[t] ? treeTotal[t]! - sub[t]! : sub[b]!,
    }));
    const largest = Math.max(...pieces.map((p) => p.size));
    const candidates = pieces.filter((p) => p.size === largest);
    let main = candidates[0]!.block;
    if (candidates.length > 1) {
      let first: string | null = null;
      for (const c of candidates) {
        const members = walk(g, bic, v, [c.block], visited, i);
        const min = members.reduce<string | null>(
          (m, x) => (m === null || g.keys[x]! < m ? g.keys[x]! : m),
          null,
        );
        if (first === null || (min !== null && min < first)) {
          first = min;
          main = c.block;
        }
      }
    }
    const cut = pieces.filter((p) => p.block !== main).map((p) => p.block);
    const cutOff = walk(g, bic, v, cut, visited, i + aps.length).sort((a, b) => a - b);
    result.push({ actor: v, cutOff, pieces: pieces.length });
  }
  return result;

  /** The actors reachable without v from v's partners through the given blocks. */
  function walk(
    graph: CompactGraph,
    b: BiconnectivityResult,
    v: number,
    through: number[],
    seen: Int32Array,
    mark: number,
  ): number[] {
    const wanted = new Set(through);
    const queue: number[] = [];
    seen[v] = mark;
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
      const w = neighbors[j]!;
      if (!wanted.has(b.edgeComponent[adjEdge[j]!]!) || seen[w] === mark) continue;
      seen[w] = mark;
      queue.push(w);
    }
    for (let k = 0; k < queue.length; k++) {
      const x = queue[k]!;
      for (let j = graph.offsets[x]!; j < graph.offsets[x + 1]!; j++) {
        const y = graph.neighbors[j]!;
        if (seen[y] === mark) continue;
        seen[y] = mark;
        queue.push(y);
      }
    }
    return queue;
  }
}
