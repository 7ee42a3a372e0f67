/**
 * Whole-network summaries beside modularity, density and components:
 *
 * - average path length: mean hop distance over all ordered pairs of distinct actors joined
 *   by a path (pairs in different components are left out, so it stays finite on a
 *   disconnected network; on a connected one it is networkx's
 *   `average_shortest_path_length`);
 * - Freeman degree centralization: Σ(max − deg_i) / ((n−1)(n−2)), 1 for a star, 0 when all
 *   degrees are equal;
 * - Freeman betweenness centralization: Σ(max − b_i) / (n−1) with b normalised by
 *   (n−1)(n−2) as the betweenness output is, 1 for a star.
 *
 * Both centralizations are undefined (null) below three actors, where the largest possible
 * sum is 0.
 */
import type { CompactGraph } from './compact-graph';
import type { SweepResult } from './shortest-paths';

export function averagePathLength(
  sweep: Pick<SweepResult, 'reached' | 'distanceSum'>,
): number | null {
  let pairs = 0;
  let total = 0;
  for (let u = 0; u < sweep.reached.length; u++) {
    // `reached` counts the source itself; sources that were not swept have 0.
    if (sweep.reached[u]! > 1) pairs += sweep.reached[u]! - 1;
    total += sweep.distanceSum[u]!;
  }
  return pairs > 0 ? total / pairs : null;
}

export function degreeCentralization(g: CompactGraph): number | null {
  const { n } = g;
  if (n < 3) return null;
  let max = 0;
  let sum = 0;
  for (let v = 0; v < n; v++) {
    const d = g.offsets[v + 1]! - g.offsets[v]!;
    if (d > max) max = d;
    sum += d;
  }
  return (n * max - sum) / ((n - 1) * (n - 2));
}

export function betweennessCentralization(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n < 3) return null;
  let max = 0;
  let sum = 0;
  for (let v = 0; v < n; v++) {
    if (values[v]! > max) max = values[v]!;
    sum += values[v]!;
  }
  return (n * max - sum) / (n - 1);
}
