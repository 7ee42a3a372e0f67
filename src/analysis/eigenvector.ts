/**
 * Eigenvector centrality (Bonacich 1972) by power iteration, following networkx's
 * `eigenvector_centrality` step for step: start from 1/n everywhere, iterate with A + I (so
 * bipartite graphs converge too), normalise to unit Euclidean length, stop when the L1
 * change is below n · tolerance.
 *
 * Written here rather than taken from graphology-metrics (which implements the same
 * iteration) because graphology throws away the result when it has not converged within
 * `maxIterations`; on the fragmented networks of real cluster data (many components whose
 * leading eigenvalues are close) that is common. We return the last iterate and say it did
 * not converge.
 *
 * Strength-based: with `weighted` the adjacency entries are tie strengths. On a
 * disconnected graph the vector concentrates on the component(s) with the largest leading
 * eigenvalue; the others tend to 0 (as in networkx).
 */
import type { CompactGraph } from './compact-graph';

export interface EigenvectorOptions {
  weighted?: boolean;
  maxIterations?: number;
  /** Per-node tolerance (networkx's `tol`); default 1e-10, tighter than networkx's 1e-6. */
  tolerance?: number;
}

export interface IterativeResult {
  values: Float64Array;
  iterations: number;
  converged: boolean;
}

export function eigenvectorCentrality(
  g: CompactGraph,
  options: EigenvectorOptions = {},
): IterativeResult {
  const { n, offsets, neighbors, adjStrength } = g;
  const weighted = options.weighted ?? true;
  const maxIterations = options.maxIterations ?? 1000;
  const tolerance = options.tolerance ?? 1e-10;
  let x = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  if (n === 0) return { values: x, iterations: 0, converged: true };
  let next = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    next.set(x);
    for (let v = 0; v < n; v++) {
      const xv = x[v]!;
      if (xv === 0) continue;
      for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
        next[neighbors[j]!]! += weighted ? xv * adjStrength[j]! : xv;
      }
    }
    let sumSquares = 0;
    for (let v = 0; v < n; v++) sumSquares += next[v]! * next[v]!;
    const norm = Math.sqrt(sumSquares) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v]! /= norm;
      change += Math.abs(next[v]! - x[v]!);
    }
    [x, next] = [next, x];
    if (change < n * tolerance) return { values: x, iterations: iteration, converged: true };
  }
  return { values: x, iterations: maxIterations, converged: false };
}
