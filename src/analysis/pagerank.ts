/**
 * PageRank (Brin & Page 1998) on the simplified graph with graphology-metrics, which does
 * what networkx's `pagerank` does (uniform teleport, dangling nodes' mass spread uniformly,
 * transition probabilities proportional to tie strength, L1 stopping rule N · tolerance).
 * Strength-based; each undirected edge is followed both ways.
 */
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { CompactGraph } from './compact-graph';
import type { SimpleGraph } from './simplify';

export interface PagerankOptions {
  weighted?: boolean;
  alpha?: number;
  maxIterations?: number;
  /** Default 1e-10 (networkx's default is 1e-6): converged well beyond display precision. */
  tolerance?: number;
}

export function pagerankCentrality(
  graph: SimpleGraph,
  g: CompactGraph,
  options: PagerankOptions = {},
): Float64Array {
  const values = new Float64Array(g.n);
  if (g.n === 0) return values;
  const result = pagerank(graph, {
    getEdgeWeight: (options.weighted ?? true) ? 'strength' : null,
    alpha: options.alpha ?? 0.85,
    maxIterations: options.maxIterations ?? 1000,
    tolerance: options.tolerance ?? 1e-10,
  });
  for (const [key, value] of Object.entries(result)) values[g.index.get(key)!] = value;
  return values;
}
