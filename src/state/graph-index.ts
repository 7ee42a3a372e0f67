/**
 * The view's graph as index arrays, built once per graph (its actors and ties do not change;
 * styles and positions do): actors numbered in the graph's node order, and each tie's ends and
 * years in its edge order. Filtering and the timeline then read numbers by position instead of
 * looking keys up in sets, which at 100k ties is most of their cost.
 */
import type { ExplorerGraph } from './base-graph';

export interface GraphIndex {
  /** Actor keys in the graph's node order. */
  keys: string[];
  /** Each tie's source and target actor numbers, in the graph's edge order. */
  source: Uint32Array;
  target: Uint32Array;
  /** Each tie's span as the year window reads it (see `edgePasses`); NaN when undated. */
  start: Float64Array;
  end: Float64Array;
}

const cache = new WeakMap<ExplorerGraph, GraphIndex>();

export function graphIndex(graph: ExplorerGraph): GraphIndex {
  const known = cache.get(graph);
  if (known && known.keys.length === graph.order && known.source.length === graph.size)
    return known;
  const keys = graph.nodes();
  const position = new Map(keys.map((k, i) => [k, i]));
  const source = new Uint32Array(graph.size);
  const target = new Uint32Array(graph.size);
  const start = new Float64Array(graph.size);
  const end = new Float64Array(graph.size);
  let i = 0;
  graph.forEachEdge((_key, attrs, s, t) => {
    source[i] = position.get(s)!;
    target[i] = position.get(t)!;
    start[i] = attrs.startYear ?? attrs.endYear ?? NaN;
    end[i] = attrs.endYear ?? attrs.startYear ?? NaN;
    i++;
  });
  const index = { keys, source, target, start, end };
  cache.set(graph, index);
  return index;
}
