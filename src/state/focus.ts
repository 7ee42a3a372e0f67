/**
 * Ego networks and shortest paths on the shown graph (ties treated as undirected). The result
 * is a highlight: sigma fades everything outside it.
 */
import type { ExplorerGraph } from './base-graph';
import type { Visibility } from './visibility';

export interface Highlight {
  type: 'focus' | 'path';
  nodes: Set<string>;
  edges: Set<string>;
  /** Path: the actors in order; focus: the centre only. */
  order: string[];
}

function forEachShownNeighbour(
  graph: ExplorerGraph,
  v: Visibility,
  node: string,
  visit: (neighbour: string, edge: string) => void,
): void {
  graph.forEachEdge(node, (edge, _attrs, source, target) => {
    if (!v.edges.has(edge)) return;
    visit(source === node ? target : source, edge);
  });
}

export function egoNetwork(
  graph: ExplorerGraph,
  v: Visibility,
  centre: string,
  depth: 1 | 2,
): Highlight | null {
  if (!graph.hasNode(centre) || !v.nodes.has(centre)) return null;
  const nodes = new Set([centre]);
  let frontier = [centre];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      forEachShownNeighbour(graph, v, node, (other) => {
        if (!nodes.has(other)) {
          nodes.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  // Every shown tie among the ego's members, so the picture shows how the alters connect.
  const edges = new Set<string>();
  for (const edge of v.edges) {
    const [s, t] = graph.extremities(edge);
    if (nodes.has(s) && nodes.has(t)) edges.add(edge);
  }
  return { type: 'focus', nodes, edges, order: [centre] };
}

/** Breadth-first: the path with fewest ties; every shown tie between consecutive actors lights. */
export function shortestPath(
  graph: ExplorerGraph,
  v: Visibility,
  from: string,
  to: string,
): Highlight | null {
  if (!v.nodes.has(from) || !v.nodes.has(to)) return null;
  const parent = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length && !parent.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      forEachShownNeighbour(graph, v, node, (other) => {
        if (!parent.has(other)) {
          parent.set(other, node);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  if (!parent.has(to)) return null;
  const order: string[] = [];
  for (let at: string | null = to; at !== null; at = parent.get(at) ?? null) order.unshift(at);
  const nodes = new Set(order);
  const edges = new Set<string>();
  for (let i = 1; i < order.length; i++) {
    const a = order[i - 1]!;
    const b = order[i]!;
    graph.forEachEdge(a, b, (edge) => {
      if (v.edges.has(edge)) edges.add(edge);
    });
    graph.forEachEdge(b, a, (edge) => {
      if (v.edges.has(edge)) edges.add(edge);
    });
  }
  return { type: 'path', nodes, edges, order };
}
