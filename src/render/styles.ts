/**
 * Visual attributes as a pure function of the shown graph and the styling choices, with the
 * legend computed from the same pass, so the legend always matches what is drawn.
 */
import { scaleSqrt } from 'd3-scale';
import { ACTOR_KINDS, BUREAUS, CLUSTER_MEMBERSHIPS, SECTORS, TIE_KINDS } from '../model/domain';
import type { ExplorerGraph, NodeAttrs } from '../state/base-graph';
import type { MeasureValues } from '../state/measures';
import { SHARED_PROJECT, type ColourBy, type EdgeKind } from '../state/view-state';
import type { Visibility } from '../state/visibility';
import {
  CLUSTER_COLOURS,
  COMMUNITY_COLOURS,
  KIND_COLOURS,
  OTHER_COLOUR,
  REGION_COLOURS,
  SECTOR_COLOURS,
  TIE_COLOURS,
  withAlpha,
} from './palette';

export type Lang = 'ja' | 'en';

export interface NodeStyle {
  color: string;
  size: number;
  label: string;
}
export interface EdgeStyle {
  color: string;
  size: number;
  type: 'line' | 'arrow';
}

/** `value` is a domain code (or community number) that the UI translates. */
export interface LegendEntry {
  value: string;
  color: string;
  count: number;
}
export interface Legend {
  colourBy: ColourBy;
  nodes: LegendEntry[];
  edges: LegendEntry[];
  size: { measure: string; min: number; max: number; minSize: number; maxSize: number };
  /** Colour by community or size by a worker measure was asked for; values not there yet. */
  pending: boolean;
}

export interface Styles {
  nodes: Map<string, NodeStyle>;
  edges: Map<string, EdgeStyle>;
  legend: Legend;
}

export const OTHER = 'other';
const EDGE_KINDS: EdgeKind[] = [...TIE_KINDS, SHARED_PROJECT];

export function displayName(a: Pick<NodeAttrs, 'name' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && a.nameEn ? a.nameEn : a.name;
}

/** Smaller nodes and thinner ties as the graph grows, so national networks stay legible. */
export function sizeRange(nodeCount: number): [number, number] {
  if (nodeCount > 5000) return [1.5, 10];
  if (nodeCount > 1000) return [2.5, 14];
  return [3, 15];
}
const edgeMaxWidth = (edgeCount: number) => (edgeCount > 20000 ? 1.5 : edgeCount > 3000 ? 2.5 : 4);

function colourOf(
  colourBy: ColourBy,
  a: NodeAttrs,
  community: number | undefined,
): { value: string; color: string } {
  switch (colourBy) {
    case 'kind':
      return { value: a.kind, color: KIND_COLOURS[a.kind] ?? OTHER_COLOUR };
    case 'sector':
      return { value: a.sector, color: SECTOR_COLOURS[a.sector] ?? OTHER_COLOUR };
    case 'cluster':
      return { value: a.cluster, color: CLUSTER_COLOURS[a.cluster] ?? OTHER_COLOUR };
    case 'region': {
      const i = (BUREAUS as readonly string[]).indexOf(a.bureau ?? '');
      return i < 0
        ? { value: OTHER, color: OTHER_COLOUR }
        : { value: a.bureau!, color: REGION_COLOURS[i % REGION_COLOURS.length]! };
    }
    case 'community':
      return community !== undefined && community < COMMUNITY_COLOURS.length
        ? { value: String(community), color: COMMUNITY_COLOURS[community]! }
        : { value: OTHER, color: OTHER_COLOUR };
  }
}

const LEGEND_ORDER: Record<Exclude<ColourBy, 'community'>, readonly string[]> = {
  kind: ACTOR_KINDS,
  sector: SECTORS,
  cluster: CLUSTER_MEMBERSHIPS,
  region: BUREAUS,
};

function orderEntries(colourBy: ColourBy, entries: Map<string, LegendEntry>): LegendEntry[] {
  const rank = (value: string) =>
    value === OTHER
      ? Number.MAX_SAFE_INTEGER
      : colourBy === 'community'
        ? Number(value)
        : LEGEND_ORDER[colourBy].indexOf(value);
  return [...entries.values()].sort((a, b) => rank(a.value) - rank(b.value));
}

export function computeStyles(
  graph: ExplorerGraph,
  visibility: Visibility,
  colourBy: ColourBy,
  sizeBy: string,
  measures: Record<string, MeasureValues>,
  lang: Lang,
): Styles {
  const sizeValues = measures[sizeBy] ?? measures.degree ?? new Map<string, number>();
  const community = measures.community;
  let max = 0;
  let min = Number.POSITIVE_INFINITY;
  for (const key of visibility.nodes) {
    const v = sizeValues.get(key) ?? 0;
    if (v > max) max = v;
    if (v < min) min = v;
  }
  if (!Number.isFinite(min)) min = 0;
  const [minSize, maxSize] = sizeRange(visibility.nodes.size);
  const size = scaleSqrt()
    .domain([0, max || 1])
    .range([minSize, maxSize])
    .clamp(true);

  const nodes = new Map<string, NodeStyle>();
  const nodeLegend = new Map<string, LegendEntry>();
  for (const key of visibility.nodes) {
    const a = graph.getNodeAttributes(key);
    const { value, color } = colourOf(colourBy, a, community?.get(key));
    nodes.set(key, { color, size: size(sizeValues.get(key) ?? 0), label: displayName(a, lang) });
    const entry = nodeLegend.get(value);
    if (entry) entry.count++;
    else nodeLegend.set(value, { value, color, count: 1 });
  }

  let maxStrength = 0;
  graph.forEachEdge((key, e) => {
    if (visibility.edges.has(key) && (e.strength ?? 1) > maxStrength) maxStrength = e.strength ?? 1;
  });
  const width = scaleSqrt()
    .domain([0, maxStrength || 1])
    .range([0.4, edgeMaxWidth(visibility.edges.size)])
    .clamp(true);
  const edges = new Map<string, EdgeStyle>();
  const edgeCounts = new Map<EdgeKind, number>();
  // Dense graphs get fainter ties so the nodes stay readable.
  const alpha = visibility.edges.size > 20000 ? 0.25 : visibility.edges.size > 3000 ? 0.4 : 0.6;
  const edgeColour = new Map(
    EDGE_KINDS.map((k) => [k, withAlpha(TIE_COLOURS[k] ?? OTHER_COLOUR, alpha)] as const),
  );
  graph.forEachEdge((key, e, _s, _t, _sa, _ta, undirected) => {
    if (!visibility.edges.has(key)) return;
    edges.set(key, {
      color: edgeColour.get(e.kind) ?? OTHER_COLOUR,
      size: width(e.strength ?? 1),
      type: undirected ? 'line' : 'arrow',
    });
    edgeCounts.set(e.kind, (edgeCounts.get(e.kind) ?? 0) + 1);
  });

  return {
    nodes,
    edges,
    legend: {
      colourBy,
      nodes: orderEntries(colourBy, nodeLegend),
      edges: EDGE_KINDS.filter((k) => edgeCounts.has(k)).map((k) => ({
        value: k,
        color: TIE_COLOURS[k],
        count: edgeCounts.get(k)!,
      })),
      size: {
        measure: sizeValues === measures[sizeBy] ? sizeBy : 'degree',
        min,
        max,
        minSize,
        maxSize,
      },
      pending: (colourBy === 'community' && !community) || !measures[sizeBy],
    },
  };
}
