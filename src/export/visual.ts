/**
 * Positions, colours and sizes for graph files, so a GEXF opens in Gephi looking as it does
 * in the explorer. A snapshot already carries them (x, y, color, size on nodes; color, size on
 * ties) and they are used as they are. A network without positions gets a deterministic
 * layout: seeded start positions, then a fixed number of synchronous ForceAtlas2 iterations
 * with the explorer's settings; colours come from the explorer's kind and tie palettes and
 * sizes from degree (actors) and strength (ties), on square-root scales like the explorer's.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { SerializedGraph } from 'graphology-types';
import { mulberry32 } from '../analysis/seeded-random';
import { fa2Settings } from '../model/layout-settings';
import { edgeKeyOf } from './network';
import { KIND_COLOURS, OTHER_COLOUR, TIE_COLOURS, withAlpha } from '../model/palette';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** Opacity, 0 … 1. */
  a: number;
}
export interface NodeVisual {
  x: number;
  y: number;
  size: number;
  color: Rgba;
}
export interface EdgeVisual {
  color: Rgba;
  thickness: number;
}
export interface Visuals {
  nodes: Map<string, NodeVisual>;
  edges: Map<string, EdgeVisual>;
  /** True when the positions were computed here rather than read from the input. */
  laidOut: boolean;
}

export interface LayoutOptions {
  /** Seed of the start positions (default 1). */
  seed?: number;
  /** ForceAtlas2 iterations (default: `defaultLayoutIterations`). */
  iterations?: number;
}

/**
 * 300 iterations settle networks up to about 20,000 actors + ties; larger ones get
 * proportionally fewer (at least 50) so a national network (12,000 actors, 100,000 ties:
 * 54 iterations, about 8 s of CPU here) is not held up for minutes. A fixed function of
 * the size, so the same network always gets the same layout.
 */
export function defaultLayoutIterations(order: number, size: number): number {
  const elements = order + size;
  return elements <= 20_000 ? 300 : Math.max(50, Math.round((300 * 20_000) / elements));
}
const NODE_SIZE = [3, 15] as const;
const EDGE_THICKNESS = [0.4, 4] as const;
/** The explorer's tie opacity for small views. */
const EDGE_ALPHA = 0.6;

/** '#rgb', '#rrggbb', '#rrggbbaa', 'rgb(r,g,b)' or 'rgba(r,g,b,a)'; null for anything else. */
export function parseColour(value: unknown): Rgba | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let m = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(text);
  if (m) {
    let hex = m[1]!;
    if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
    const n = (i: number) => Number.parseInt(hex.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: hex.length === 8 ? n(6) / 255 : 1 };
  }
  m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(text);
  if (m) {
    const channel = (s: string) => Math.min(255, Math.round(Number(s)));
    const a = m[4] === undefined ? 1 : Math.min(1, Number(m[4]));
    return { r: channel(m[1]!), g: channel(m[2]!), b: channel(m[3]!), a };
  }
  return null;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A square-root scale from [0, max] onto [lo, hi], clamped. */
function sqrtScale(max: number, [lo, hi]: readonly [number, number]) {
  const top = Math.sqrt(max > 0 ? max : 1);
  return (v: number) => lo + (hi - lo) * Math.min(1, Math.sqrt(Math.max(0, v)) / top);
}

export function exportVisuals(network: SerializedGraph, options: LayoutOptions = {}): Visuals {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  for (const n of network.nodes) graph.addNode(String(n.key), { ...(n.attributes ?? {}) });
  network.edges.forEach((e, i) => {
    const strength = Number(e.attributes?.strength ?? e.attributes?.weight ?? 1);
    graph.addUndirectedEdgeWithKey(edgeKeyOf(e, i), String(e.source), String(e.target), {
      weight: Number.isFinite(strength) && strength > 0 ? strength : 1,
    });
  });

  const positioned = network.nodes.every((n) => finite(n.attributes?.x) && finite(n.attributes?.y));
  if (!positioned && graph.order > 0) layOut(graph, options);

  let maxDegree = 0;
  graph.forEachNode((key) => (maxDegree = Math.max(maxDegree, distinctPartners(graph, key))));
  const nodeSize = sqrtScale(maxDegree, NODE_SIZE);
  const nodes = new Map<string, NodeVisual>();
  graph.forEachNode((key, a) => {
    const kindColour = KIND_COLOURS[a.kind as keyof typeof KIND_COLOURS] ?? OTHER_COLOUR;
    nodes.set(key, {
      x: a.x as number,
      y: a.y as number,
      size: finite(a.size) && a.size >= 0 ? a.size : nodeSize(distinctPartners(graph, key)),
      color: parseColour(a.color) ?? parseColour(kindColour)!,
    });
  });

  let maxStrength = 0;
  graph.forEachEdge((_k, a) => (maxStrength = Math.max(maxStrength, a.weight as number)));
  const thickness = sqrtScale(maxStrength, EDGE_THICKNESS);
  const edges = new Map<string, EdgeVisual>();
  network.edges.forEach((e, i) => {
    const a = e.attributes ?? {};
    const key = edgeKeyOf(e, i);
    const tieColour = TIE_COLOURS[a.kind as keyof typeof TIE_COLOURS] ?? OTHER_COLOUR;
    edges.set(key, {
      color: parseColour(a.color) ?? parseColour(withAlpha(tieColour, EDGE_ALPHA))!,
      thickness:
        finite(a.size) && a.size >= 0 ? a.size : thickness(graph.getEdgeAttribute(key, 'weight')),
    });
  });
  return { nodes, edges, laidOut: !positioned };
}

function distinctPartners(graph: Graph, key: string): number {
  let d = 0;
  graph.forEachNeighbor(key, (n) => {
    if (n !== key) d++;
  });
  return d;
}

/** Seeded start positions on a disc, then ForceAtlas2: the same input gives the same layout. */
function layOut(graph: Graph, options: LayoutOptions): void {
  const rng = mulberry32(options.seed ?? 1);
  const radius = 10 * Math.sqrt(graph.order);
  graph.forEachNode((key) => {
    const angle = 2 * Math.PI * rng();
    const r = radius * Math.sqrt(rng());
    graph.mergeNodeAttributes(key, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  forceAtlas2.assign(graph, {
    iterations: options.iterations ?? defaultLayoutIterations(graph.order, graph.size),
    getEdgeWeight: 'weight',
    settings: fa2Settings(graph),
  });
}
