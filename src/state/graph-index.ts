/**
 * The view's graph as index arrays, built once per graph (its actors and ties do not change;
 * styles and positions do): actors numbered in the graph's node order, and each tie's key,
 * attributes, ends and years in its edge order. Filtering, styling, grouping and the timeline
 * then walk arrays and read numbers by position instead of iterating the graph and looking
 * keys up in sets, which at 100k ties is most of their cost.
 */
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './base-graph';

export interface GraphIndex {
  /** Actor keys in the graph's node order. */
  keys: string[];
  /**
   * Each actor's attributes object as indexed, for its data (kind, region, projects, …) only:
   * a layout may replace the graph's objects with copies holding new x and y.
   */
  nodeAttrs: NodeAttrs[];
  /** Tie keys in the graph's edge order; the arrays below follow it. */
  edgeKeys: string[];
  /**
   * Each tie's attributes object, the graph's own: style writes go through them, so nothing may
   * replace the view graph's tie attribute objects (nothing does; transitions merge in place).
   */
  edgeAttrs: EdgeAttrs[];
  /** 1 for an undirected tie. */
  undirected: Uint8Array;
  /** Each tie's source and target actor numbers. */
  source: Uint32Array;
  target: Uint32Array;
  /** Each tie's span as the year window reads it (see `edgePasses`); NaN when undated. */
  start: Float64Array;
  end: Float64Array;
  /** A tie's position in the edge order (the map is built on first use). */
  edgeAt(key: string): number | undefined;
}

const cache = new WeakMap<ExplorerGraph, GraphIndex>();

export function graphIndex(graph: ExplorerGraph): GraphIndex {
  const known = cache.get(graph);
  if (known && known.keys.length === graph.order && known.source.length === graph.size)
    return known;
  const keys: string[] = [];
  const nodeAttrs: NodeAttrs[] = [];
  graph.forEachNode((key, attrs) => {
    keys.push(key);
    nodeAttrs.push(attrs);
  });
  const position = new Map(keys.map((k, i) => [k, i]));
  const edgeKeys: string[] = new Array(graph.size);
  const edgeAttrs: EdgeAttrs[] = new Array(graph.size);
  const undirected = new Uint8Array(graph.size);
  const source = new Uint32Array(graph.size);
  const target = new Uint32Array(graph.size);
  const start = new Float64Array(graph.size);
  const end = new Float64Array(graph.size);
  let i = 0;
  graph.forEachEdge((key, attrs, s, t, _sa, _ta, isUndirected) => {
    edgeKeys[i] = key;
    edgeAttrs[i] = attrs;
    undirected[i] = isUndirected ? 1 : 0;
    source[i] = position.get(s)!;
    target[i] = position.get(t)!;
    start[i] = attrs.startYear ?? attrs.endYear ?? NaN;
    end[i] = attrs.endYear ?? attrs.startYear ?? NaN;
    i++;
  });
  let edgePosition: Map<string, number> | undefined;
  const index: GraphIndex = {
    keys,
    nodeAttrs,
    edgeKeys,
    edgeAttrs,
    undirected,
    source,
    target,
    start,
    end,
    edgeAt(key) {
      edgePosition ??= new Map(edgeKeys.map((k, n) => [k, n]));
      return edgePosition.get(key);
    },
  };
  cache.set(graph, index);
  return index;
}
