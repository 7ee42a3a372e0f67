/**
 * A comparison on the canvas: the actors and ties of either side, ties coloured by which
 * side has them. sigma draws plain lines (no dashes), so the styles are told apart by colour,
 * width and alpha: new ties (in the second period only) strong crimson and thick; lost ties
 * (in the first only) a faint light grey, like a ghost of what was; ties in both a quiet dark
 * slate. Two groups: ties of the second group only crimson, of the first only purple. Actors
 * that left (first side only) are drawn faded. The legend gets the same entries and counts.
 *
 * Pure: from the graph, the worker's outcome and the styles the view computed.
 */
import type { PairOutcome } from '../analysis/compare-request';
import { withAlpha } from '../model/palette';
import type { ExplorerGraph } from './base-graph';
import type { EdgeStyle, NodeStyle, Styles } from './styles';
import type { Visibility } from './visibility';

export const COMPARE_COLOURS = {
  /** In the second side only: new ties. */
  added: '#C2185B',
  /** In the first side only: lost ties (periods; faint) or the first group's (pairs). */
  removed: withAlpha('#9AA5B1', 0.5),
  removedGroup: withAlpha('#6A3D9A', 0.75),
  kept: withAlpha('#3E4C59', 0.35),
  left: '#D9DDE3',
} as const;

/** What the legend shows of a comparison; labels are the two sides' names. */
export interface CompareLegend {
  kind: 'periods' | 'pair';
  a: string;
  b: string;
  added: { color: string; count: number };
  removed: { color: string; count: number };
  kept: { color: string; count: number };
  /** Actors in the first side only (faded) and in the second only. */
  left: { color: string; count: number };
  appeared: number;
}

export interface CompareDrawing {
  visibility: Visibility;
  /** Tie key → which side has it. */
  ties: Map<string, 'added' | 'removed' | 'kept'>;
  left: Set<string>;
  legend: Omit<CompareLegend, 'added' | 'removed' | 'kept' | 'left'> & {
    colors: { added: string; removed: string; kept: string; left: string };
  };
}

/** The actors and ties of either side that the graph holds, with their side. */
export function compareDrawing(graph: ExplorerGraph, outcome: PairOutcome): CompareDrawing {
  const { comparison } = outcome;
  const nodes = new Set<string>();
  const left = new Set<string>();
  let appeared = 0;
  for (const [id, change] of Object.entries(comparison.actors)) {
    if (!graph.hasNode(id)) continue;
    nodes.add(id);
    if (change.status === 'left') left.add(id);
    if (change.status === 'appeared') appeared++;
  }
  const ties = new Map<string, 'added' | 'removed' | 'kept'>();
  const mark = (keys: readonly string[], side: 'added' | 'removed' | 'kept') => {
    for (const key of keys) if (graph.hasEdge(key)) ties.set(key, side);
  };
  mark(outcome.kept, 'kept');
  mark(comparison.ties.added, 'added');
  mark(comparison.ties.removed, 'removed');
  const tied = new Set<string>();
  for (const key of ties.keys()) {
    tied.add(graph.source(key));
    tied.add(graph.target(key));
  }
  let isolated = 0;
  for (const n of nodes) if (!tied.has(n)) isolated++;
  const kind = comparison.settings.kind === 'pair' ? 'pair' : 'periods';
  return {
    visibility: { nodes, edges: new Set(ties.keys()), isolated },
    ties,
    left,
    legend: {
      kind,
      a: comparison.settings.a,
      b: comparison.settings.b,
      appeared,
      colors: {
        added: COMPARE_COLOURS.added,
        removed: kind === 'pair' ? COMPARE_COLOURS.removedGroup : COMPARE_COLOURS.removed,
        kept: COMPARE_COLOURS.kept,
        left: COMPARE_COLOURS.left,
      },
    },
  };
}

/** The view's styles with the comparison's tie colours and faded leavers (periods only). */
export function applyCompareStyles(styles: Styles, drawing: CompareDrawing): Styles {
  const { colors, kind } = drawing.legend;
  const counts = { added: 0, removed: 0, kept: 0 };
  const edges = new Map<string, EdgeStyle>();
  for (const [key, style] of styles.edges) {
    const side = drawing.ties.get(key);
    if (!side) continue;
    counts[side]++;
    const size =
      side === 'added'
        ? Math.max(style.size * 1.8, 2)
        : side === 'removed' && kind === 'periods'
          ? Math.max(style.size * 0.8, 0.6)
          : style.size;
    edges.set(key, { ...style, color: colors[side], size });
  }
  let nodes = styles.nodes;
  let left = 0;
  if (kind === 'periods' && drawing.left.size > 0) {
    nodes = new Map<string, NodeStyle>();
    for (const [key, style] of styles.nodes) {
      const gone = drawing.left.has(key);
      if (gone) left++;
      nodes.set(key, gone ? { ...style, color: colors.left } : style);
    }
  }
  const { colors: _colors, ...legend } = drawing.legend;
  return {
    nodes,
    edges,
    legend: {
      ...styles.legend,
      compare: {
        ...legend,
        added: { color: colors.added, count: counts.added },
        removed: { color: colors.removed, count: counts.removed },
        kept: { color: colors.kept, count: counts.kept },
        left: { color: colors.left, count: left },
      },
    },
  };
}
