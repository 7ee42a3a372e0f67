/**
 * Visual attributes as a pure function of the shown graph and the styling choices, with the
 * legend computed from the same pass, so the legend always matches what is drawn.
 */
import { scaleSequential, scaleSqrt } from 'd3-scale';
import { ACTOR_KINDS, BUREAUS, SIZE_CLASSES, CLUSTER_MEMBERSHIPS, SECTORS } from '../model/domain';
import { displayName, type Lang } from '../model/display-name';
import type { ExplorerGraph, NodeAttrs } from './base-graph';
import { graphIndex } from './graph-index';
import { memoLast } from './memo';
import { tieStylesOf, type EdgeStyle, type LegendEntry } from './tie-styles';
import type { MeasureValues } from './measure-values';
import type { ColourBy } from './view-state';
import type { CompareLegend } from './compare-drawing';
import type { Visibility } from './visibility';
import {
  CLUSTER_COLOURS,
  COMMUNITY_COLOURS,
  KIND_COLOURS,
  OTHER_COLOUR,
  REGION_COLOURS,
  SECTOR_COLOURS,
  SIZE_CLASS_COLOURS,
} from '../model/palette';

export type { EdgeStyle, LegendEntry };

export interface NodeStyle {
  color: string;
  size: number;
  label: string;
}
/** Colour by a numeric measure: the sequential scale drawn as a gradient bar. */
export interface LegendScale {
  measure: string;
  min: number;
  max: number;
  /** CSS linear-gradient, low (left) to high (right). */
  gradient: string;
}
/** Analysis highlights (bridges, articulation points) with their counts. */
export interface LegendOverlay {
  bridges?: { color: string; count: number };
  localBridges?: { color: string; count: number };
  articulation?: { color: string; count: number };
}
export interface Legend {
  colourBy: ColourBy;
  scale?: LegendScale;
  overlay?: LegendOverlay;
  nodes: LegendEntry[];
  edges: LegendEntry[];
  size: { measure: string; min: number; max: number; minSize: number; maxSize: number };
  /** Colour by community or size by a worker measure was asked for; values not there yet. */
  pending: boolean;
  /** The Compare view's tie styles and counts (compare-drawing.ts), when it draws. */
  compare?: CompareLegend;
}

export interface Styles {
  nodes: Map<string, NodeStyle>;
  /** Computed by tie-styles.ts on demand; analysis overlays and comparisons make plain maps. */
  edges: ReadonlyMap<string, EdgeStyle>;
  legend: Legend;
}

export const OTHER = 'other';

/** Smaller nodes and thinner ties as the graph grows, so national networks stay legible. */
export function sizeRange(nodeCount: number): [number, number] {
  if (nodeCount > 5000) return [1.5, 10];
  if (nodeCount > 1000) return [2.5, 14];
  return [3, 15];
}

/** Sequential colour stops, low to high: pale blue-grey to dark purple and red (legible on white). */
export const SEQUENTIAL_STOPS = ['#c9d3df', '#7f9cc4', '#3f5fa3', '#6a2c91', '#b2182b'];

function hexRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
/** Piecewise-linear interpolation between the stops, t in 0 … 1. */
export function sequentialColour(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (SEQUENTIAL_STOPS.length - 1);
  const i = Math.min(SEQUENTIAL_STOPS.length - 2, Math.floor(x));
  const a = hexRgb(SEQUENTIAL_STOPS[i]!);
  const b = hexRgb(SEQUENTIAL_STOPS[i + 1]!);
  const f = x - i;
  const c = a.map((v, k) => Math.round(v + (b[k]! - v) * f));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
export const SEQUENTIAL_GRADIENT = `linear-gradient(to right, ${SEQUENTIAL_STOPS.join(', ')})`;

/**
 * Prefectures get the regional palette by number of actors in the whole network (most
 * first), so a colour does not move when a filter hides some; the rest share grey.
 */
const prefectureColours = memoLast((graph: ExplorerGraph): Map<string, string> => {
  const counts = new Map<string, number>();
  graph.forEachNode((_k, a) => {
    if (a.prefecture) counts.set(a.prefecture, (counts.get(a.prefecture) ?? 0) + 1);
  });
  const ranked = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return new Map(
    ranked.slice(0, REGION_COLOURS.length).map(([p], i) => [p, REGION_COLOURS[i]!] as const),
  );
});

function colourOf(
  colourBy: Exclude<ColourBy, 'measure'>,
  a: NodeAttrs,
  community: number | undefined,
  prefectures: Map<string, string>,
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
    case 'prefecture': {
      const color = a.prefecture ? prefectures.get(a.prefecture) : undefined;
      return color ? { value: a.prefecture!, color } : { value: OTHER, color: OTHER_COLOUR };
    }
    case 'sizeClass': {
      const color =
        a.kind === 'company' && a.sizeClass ? SIZE_CLASS_COLOURS[a.sizeClass] : undefined;
      return color ? { value: a.sizeClass!, color } : { value: OTHER, color: OTHER_COLOUR };
    }
  }
}

interface Category {
  value: string;
  color: string;
}
const OTHER_CATEGORY: Category = { value: OTHER, color: OTHER_COLOUR };

/** Each actor's category and colour by the graph index's order (one object per actor). */
const categoriesOf = memoLast(
  (
    graph: ExplorerGraph,
    colourBy: Exclude<ColourBy, 'measure'>,
    community: MeasureValues | undefined,
    prefectures: Map<string, string>,
  ): Category[] =>
    graphIndex(graph).keys.map((key) =>
      colourOf(colourBy, graph.getNodeAttributes(key), community?.get(key), prefectures),
    ),
);

/** Each actor's label in a language, by the graph index's order. */
const labelsOf = memoLast((graph: ExplorerGraph, lang: Lang): string[] =>
  graphIndex(graph).keys.map((key) => displayName(graph.getNodeAttributes(key), lang)),
);

const LEGEND_ORDER: Record<
  Exclude<ColourBy, 'community' | 'measure' | 'prefecture'>,
  readonly string[]
> = {
  kind: ACTOR_KINDS,
  sector: SECTORS,
  cluster: CLUSTER_MEMBERSHIPS,
  region: BUREAUS,
  sizeClass: SIZE_CLASSES,
};

function orderEntries(
  colourBy: ColourBy,
  entries: Map<string, LegendEntry>,
  prefectures: Map<string, string>,
): LegendEntry[] {
  const order = colourBy === 'prefecture' ? [...prefectures.keys()] : null;
  const rank = (value: string) =>
    value === OTHER
      ? Number.MAX_SAFE_INTEGER
      : colourBy === 'community' || colourBy === 'measure'
        ? Number(value)
        : order
          ? order.indexOf(value)
          : LEGEND_ORDER[colourBy as keyof typeof LEGEND_ORDER].indexOf(value);
  return [...entries.values()].sort((a, b) => rank(a.value) - rank(b.value));
}

export function computeStyles(
  graph: ExplorerGraph,
  visibility: Visibility,
  colourBy: ColourBy,
  sizeBy: string,
  measures: Record<string, MeasureValues>,
  lang: Lang,
  colourMeasure = 'betweenness',
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

  // Colour by a numeric measure: a sequential scale over the shown actors' values.
  const colourValues = colourBy === 'measure' ? measures[colourMeasure] : undefined;
  let scale: LegendScale | undefined;
  let colourScale: ((v: number) => string) | null = null;
  if (colourValues) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const key of visibility.nodes) {
      const v = colourValues.get(key);
      if (v === undefined) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (!Number.isFinite(lo)) lo = hi = 0;
    const seq = scaleSequential(sequentialColour).domain([lo, hi > lo ? hi : lo + 1]);
    colourScale = (v) => seq(v);
    scale = { measure: colourMeasure, min: lo, max: hi, gradient: SEQUENTIAL_GRADIENT };
  }
  const prefectures =
    colourBy === 'prefecture' ? prefectureColours(graph) : new Map<string, string>();
  // Categories and labels by the graph index's order, kept while the choice is the same.
  const categories =
    colourBy === 'measure' ? null : categoriesOf(graph, colourBy, community, prefectures);
  const labels = labelsOf(graph, lang);
  const pick = (n: number, key: string): Category => {
    if (categories) return categories[n]!;
    const v = colourValues?.get(key);
    return colourScale && v !== undefined
      ? { value: 'measure', color: colourScale(v) }
      : OTHER_CATEGORY;
  };

  const nodes = new Map<string, NodeStyle>();
  const nodeLegend = new Map<string, LegendEntry>();
  const { keys } = graphIndex(graph);
  for (let n = 0; n < keys.length; n++) {
    const key = keys[n]!;
    if (!visibility.nodes.has(key)) continue;
    const { value, color } = pick(n, key);
    nodes.set(key, { color, size: size(sizeValues.get(key) ?? 0), label: labels[n]! });
    const entry = nodeLegend.get(value);
    if (entry) entry.count++;
    else nodeLegend.set(value, { value, color, count: 1 });
  }

  const ties = tieStylesOf(graph, visibility);

  return {
    nodes,
    edges: ties.edges,
    legend: {
      colourBy,
      scale,
      nodes: orderEntries(
        colourBy,
        colourBy === 'measure'
          ? new Map([...nodeLegend].filter(([value]) => value === OTHER))
          : nodeLegend,
        prefectures,
      ),
      edges: ties.legend,
      size: {
        measure: sizeValues === measures[sizeBy] ? sizeBy : 'degree',
        min,
        max,
        minSize,
        maxSize,
      },
      pending:
        (colourBy === 'community' && !community) ||
        (colourBy === 'measure' && !colourValues) ||
        !measures[sizeBy],
    },
  };
}
