/**
 * Louvain communities, numbered by size (0 = largest) so colours are stable. Pure: the
 * worker runs it off the main thread; the unit tests call it directly.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { mulberry32 } from '../analysis/seeded-random';

export interface CommunityInput {
  nodes: string[];
  /** [source, target, weight]; parallel ties are merged by adding weights. */
  edges: [string, string, number][];
}

export function detectCommunities(input: CommunityInput): Record<string, number> {
  const graph = new Graph({ type: 'undirected' });
  for (const node of input.nodes) graph.addNode(node);
  for (const [s, t, w] of input.edges) {
    if (s === t) continue;
    graph.updateEdge(s, t, (attrs: { weight?: number }) => ({
      weight: (attrs.weight ?? 0) + w,
    }));
  }
  const raw = louvain(graph, { getEdgeWeight: 'weight', rng: mulberry32(7) });
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const renumber = new Map(order.map((c, i) => [c, i]));
  return Object.fromEntries(Object.entries(raw).map(([k, c]) => [k, renumber.get(c)!]));
}
