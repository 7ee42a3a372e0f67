/**
 * The common neighbours of two nodes, by merging their sorted neighbour lists (the compact
 * graph keeps each list ascending). One loop for link prediction, local bridges and spans.
 */
import type { CompactGraph } from './compact-graph';

/**
 * Calls `visit(w, i, j)` for each common neighbour w of u and v in ascending order, where
 * `i` and `j` are w's positions in u's and v's lists (to read `adjStrength`). Stops early
 * when `visit` returns true; returns whether it stopped early.
 */
export function forEachCommonNeighbour(
  g: Pick<CompactGraph, 'offsets' | 'neighbors'>,
  u: number,
  v: number,
  visit: (w: number, i: number, j: number) => boolean | void,
): boolean {
  const { offsets, neighbors } = g;
  let i = offsets[u]!;
  const iEnd = offsets[u + 1]!;
  let j = offsets[v]!;
  const jEnd = offsets[v + 1]!;
  while (i < iEnd && j < jEnd) {
    const a = neighbors[i]!;
    const b = neighbors[j]!;
    if (a === b) {
      if (visit(a, i, j) === true) return true;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return false;
}
