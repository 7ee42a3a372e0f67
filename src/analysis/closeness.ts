/**
 * Closeness and harmonic centrality, as networkx defines them.
 *
 * - closeness(u) = (r-1)/Σd · (r-1)/(n-1), where r is the number of nodes u reaches
 *   (itself included) and Σd the sum of their distances: networkx's default
 *   (`wf_improved=True`, Wasserman & Faust's correction for disconnected graphs); 0 for a
 *   node that reaches nobody.
 * - harmonic(u) = Σ_{v≠u} 1/d(u,v), unnormalised (1/∞ = 0), like networkx's
 *   `harmonic_centrality`. Divide by n-1 for a value in [0, 1].
 *
 * Distances count hops, or 1/strength with `distance: 'inverse'`.
 */
import type { CompactGraph } from './compact-graph';
import { shortestPathSweep, type DistanceMode, type SweepResult } from './shortest-paths';
import { runTask, type Task } from './task';

export interface ClosenessResult {
  closeness: Float64Array;
  harmonic: Float64Array;
}

export function closenessFromSweep(
  n: number,
  sweep: Pick<SweepResult, 'reached' | 'distanceSum' | 'harmonicSum'>,
): ClosenessResult {
  const closeness = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const others = sweep.reached[u]! - 1;
    const total = sweep.distanceSum[u]!;
    closeness[u] = total > 0 && n > 1 ? (others / total) * (others / (n - 1)) : 0;
  }
  return { closeness, harmonic: sweep.harmonicSum.slice() };
}

export function* closenessTask(
  g: CompactGraph,
  distance: DistanceMode = 'hops',
): Task<ClosenessResult> {
  const sweep = yield* shortestPathSweep(g, {
    distance,
    sources: null,
    accumulate: false,
    trackSquares: false,
  });
  return closenessFromSweep(g.n, sweep);
}

export function closeness(g: CompactGraph, distance: DistanceMode = 'hops'): ClosenessResult {
  return runTask(closenessTask(g, distance));
}
