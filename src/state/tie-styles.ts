/**
 * The shown ties' styles. They depend on the shown ties alone, not on what actors are coloured
 * or sized by, so they are kept while those change. Ties of the same kind, strength and
 * direction share one style object, looked up when a tie's style is asked for: a filter change
 * at national scale walks the mask once for the widths and the legend and builds no map of
 * 100k styles (15–45 ms per map, measured in Node).
 */
import { scaleSqrt } from 'd3-scale';
import { EDGE_KINDS } from '../model/domain';
import { OTHER_COLOUR, TIE_COLOURS, withAlpha } from '../model/palette';
import type { ExplorerGraph } from './base-graph';
import { EdgeMask, edgeMaskOf } from './edge-set';
import { graphIndex, type GraphIndex } from './graph-index';
import { memoLast } from './memo';
import type { Visibility } from './visibility';

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

export interface TieStyles {
  edges: ReadonlyMap<string, EdgeStyle>;
  legend: LegendEntry[];
}

const edgeMaxWidth = (edgeCount: number) => (edgeCount > 20000 ? 1.5 : edgeCount > 3000 ? 2.5 : 4);

/** The styles of the ties a mask keeps, read as a map from tie key to style. */
class MaskedTieStyles implements ReadonlyMap<string, EdgeStyle> {
  constructor(
    private readonly shown: EdgeMask,
    private readonly styleAt: (position: number) => EdgeStyle,
  ) {}

  get index(): GraphIndex {
    return this.shown.index;
  }

  get size(): number {
    return this.shown.size;
  }

  /** The style of the tie at a position of the index's edge order (undefined when not shown). */
  at(position: number): EdgeStyle | undefined {
    return this.shown.mask[position] ? this.styleAt(position) : undefined;
  }

  get(key: string): EdgeStyle | undefined {
    const i = this.index.edgeAt(key);
    return i === undefined ? undefined : this.at(i);
  }

  has(key: string): boolean {
    return this.shown.has(key);
  }

  *entries(): MapIterator<[string, EdgeStyle]> {
    const { edgeKeys } = this.index;
    for (const i of this.shown.positions()) yield [edgeKeys[i]!, this.styleAt(i)];
  }

  [Symbol.iterator](): MapIterator<[string, EdgeStyle]> {
    return this.entries();
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<EdgeStyle> {
    for (const [, style] of this.entries()) yield style;
  }

  forEach(callback: (style: EdgeStyle, key: string, map: ReadonlyMap<string, EdgeStyle>) => void) {
    for (const [key, style] of this.entries()) callback(style, key, this);
  }
}

/** Each tie's kind as a number (its place in `kinds`) and its strength, by edge order. */
const kindsAndStrengths = memoLast((graph: ExplorerGraph) => {
  const kinds: string[] = [];
  const code = new Map<string, number>();
  const { edgeAttrs } = graphIndex(graph);
  const kind = Uint16Array.from(edgeAttrs, (e) => {
    let c = code.get(e.kind);
    if (c === undefined) code.set(e.kind, (c = kinds.push(e.kind) - 1));
    return c;
  });
  const strength = Float64Array.from(edgeAttrs, (e) => e.strength ?? 1);
  return { kinds, kind, strength };
});

/**
 * Reads tie styles by position in `graph`'s index: straight from the mask when the styles are
 * this graph's own, else by key (an overlay or a comparison makes a plain map).
 */
export function tieStyleReader(
  graph: ExplorerGraph,
  styles: ReadonlyMap<string, EdgeStyle>,
): (position: number) => EdgeStyle | undefined {
  const index = graphIndex(graph);
  if (styles instanceof MaskedTieStyles && styles.index === index) return (i) => styles.at(i);
  return (i) => styles.get(index.edgeKeys[i]!);
}

export const tieStylesOf = memoLast((graph: ExplorerGraph, visibility: Visibility): TieStyles => {
  const index = graphIndex(graph);
  const mask = edgeMaskOf(graph, visibility.edges);
  const { edgeAttrs, undirected } = index;
  const { kinds, kind: kindOf, strength: strengthOf } = kindsAndStrengths(graph);
  let shown = 0;
  let maxStrength = 0;
  const byKind = new Float64Array(kinds.length);
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    shown++;
    if (strengthOf[i]! > maxStrength) maxStrength = strengthOf[i]!;
    byKind[kindOf[i]!]!++;
  }
  const counts = new Map<string, number>();
  kinds.forEach((k, c) => byKind[c] && counts.set(k, byKind[c]));
  const width = scaleSqrt()
    .domain([0, maxStrength || 1])
    .range([0.4, edgeMaxWidth(shown)])
    .clamp(true);
  // Dense graphs get fainter ties so the nodes stay readable.
  const alpha = shown > 20000 ? 0.25 : shown > 3000 ? 0.4 : 0.6;
  // Shared styles per kind, by direction and strength.
  const shared = new Map<string, { line: Map<number, EdgeStyle>; arrow: Map<number, EdgeStyle> }>();
  const styleAt = (i: number): EdgeStyle => {
    const e = edgeAttrs[i]!;
    const strength = strengthOf[i]!;
    let kind = shared.get(e.kind);
    if (!kind) shared.set(e.kind, (kind = { line: new Map(), arrow: new Map() }));
    const type = undirected[i] ? 'line' : 'arrow';
    let style = kind[type].get(strength);
    if (!style) {
      const color = withAlpha(TIE_COLOURS[e.kind] ?? OTHER_COLOUR, alpha);
      kind[type].set(strength, (style = { color, size: width(strength), type }));
    }
    return style;
  };
  const legend = EDGE_KINDS.filter((k) => counts.has(k)).map((k) => ({
    value: k,
    color: TIE_COLOURS[k],
    count: counts.get(k)!,
  }));
  return { edges: new MaskedTieStyles(new EdgeMask(index, mask, shown), styleAt), legend };
});
