/**
 * Communities by the Louvain method (Blondel et al. 2008) with
 * graphology-communities-louvain, made reproducible by a seeded random generator (the
 * package shuffles its visiting order with the `rng` it is given), or by the Leiden
 * algorithm (Traag et al. 2019, ours: leiden.ts), whose communities are always connected;
 * and modularity (Newman 2006) with graphology-metrics.
 *
 * Strength-based: with `weighted`, tie strength is the edge weight of the modularity.
 * Communities are renumbered 0, 1, 2 … by decreasing size (ties: the community holding the
 * earlier node comes first), so numbers are stable across runs and meaningful ("0 is the
 * largest"). Isolated actors are communities of their own. Modularity is `null` for a graph
 * without edges (undefined there).
 */
import louvain from 'graphology-communities-louvain';
import modularityOf from 'graphology-metrics/graph/modularity';
import type { CompactGraph } from './compact-graph';
import { leiden } from './leiden';
import { createRng } from './seeded-random';
import type { SimpleGraph } from './simplify';

export const COMMUNITY_ALGORITHMS = ['louvain', 'leiden'] as const;
export type CommunityAlgorithm = (typeof COMMUNITY_ALGORITHMS)[number];

export interface CommunityOptions {
  weighted?: boolean;
  seed?: number;
  resolution?: number;
}

export interface CommunityResult {
  /** Community number per node index. */
  community: Int32Array;
  count: number;
  /** Sizes by community number. */
  sizes: number[];
  modularity: number | null;
}

export function louvainCommunities(
  graph: SimpleGraph,
  g: CompactGraph,
  options: CommunityOptions = {},
): CommunityResult {
  const weighted = options.weighted ?? true;
  const resolution = options.resolution ?? 1;
  const raw = new Int32Array(g.n);
  if (g.n > 0) {
    const mapping = louvain(graph, {
      getEdgeWeight: weighted ? 'strength' : null,
      resolution,
      rng: createRng(options.seed ?? 1),
    });
    for (const [key, c] of Object.entries(mapping)) raw[g.index.get(key)!] = c;
  }
  const { community, count, sizes } = renumber(raw);
  return {
    community,
    count,
    sizes,
    modularity: modularity(graph, g, community, { weighted, resolution }),
  };
}

/** Leiden communities, numbered and measured as Louvain's. */
export function leidenCommunities(
  graph: SimpleGraph,
  g: CompactGraph,
  options: CommunityOptions = {},
): CommunityResult {
  const weighted = options.weighted ?? true;
  const resolution = options.resolution ?? 1;
  const { membership } = leiden(g, { weighted, resolution, seed: options.seed ?? 1 });
  const { community, count, sizes } = renumber(membership);
  return {
    community,
    count,
    sizes,
    modularity: modularity(graph, g, community, { weighted, resolution }),
  };
}

/** Communities by the chosen algorithm. */
export function detectCommunities(
  graph: SimpleGraph,
  g: CompactGraph,
  algorithm: CommunityAlgorithm,
  options: CommunityOptions = {},
): CommunityResult {
  return algorithm === 'leiden'
    ? leidenCommunities(graph, g, options)
    : louvainCommunities(graph, g, options);
}

/**
 * How many communities are not connected in the graph (Louvain can leave a community whose
 * parts only a departed node joined; Leiden never does).
 */
export function disconnectedCommunityCount(g: CompactGraph, community: ArrayLike<number>): number {
  const seen = new Uint8Array(g.n);
  const started = new Set<number>();
  const split = new Set<number>();
  const stack = new Int32Array(g.n);
  for (let r = 0; r < g.n; r++) {
    if (seen[r]) continue;
    const c = community[r]!;
    if (started.has(c)) split.add(c);
    started.add(c);
    seen[r] = 1;
    let top = 0;
    stack[top++] = r;
    while (top > 0) {
      const v = stack[--top]!;
      for (let j = g.offsets[v]!; j < g.offsets[v + 1]!; j++) {
        const u = g.neighbors[j]!;
        if (!seen[u] && community[u] === c) {
          seen[u] = 1;
          stack[top++] = u;
        }
      }
    }
  }
  return split.size;
}

/** Renumber arbitrary labels 0 … count-1 by decreasing size, then by first node. */
export function renumber(labels: Int32Array): {
  community: Int32Array;
  count: number;
  sizes: number[];
} {
  const first = new Map<number, number>();
  const size = new Map<number, number>();
  labels.forEach((c, v) => {
    if (!first.has(c)) first.set(c, v);
    size.set(c, (size.get(c) ?? 0) + 1);
  });
  const order = [...first.keys()].sort(
    (a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!,
  );
  const number = new Map(order.map((c, i) => [c, i]));
  const community = labels.map((c) => number.get(c)!);
  return { community, count: order.length, sizes: order.map((c) => size.get(c)!) };
}

/** Newman's modularity of a partition (community number per node index); null without edges. */
export function modularity(
  graph: SimpleGraph,
  g: CompactGraph,
  community: ArrayLike<number>,
  options: { weighted?: boolean; resolution?: number } = {},
): number | null {
  if (graph.size === 0) return null;
  return modularityOf(graph, {
    getNodeCommunity: (node: string) => community[g.index.get(node)!]!,
    getEdgeWeight: (options.weighted ?? true) ? 'strength' : null,
    resolution: options.resolution ?? 1,
  });
}
