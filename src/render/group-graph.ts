/**
 * The graph sigma draws when actors are grouped (state/groups.ts): a closed group is one
 * node at its members' centre, sized by how many they are and coloured as most of them are;
 * ties between groups are summed into one tie whose width grows with their number; an open
 * group shows its members where the layout put them, with their own styles and ties.
 */
import Graph from 'graphology';
import { scaleSqrt } from 'd3-scale';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../state/base-graph';
import { groupKey, type GroupMembership } from '../state/groups';
import type { Styles } from '../state/styles';
import type { Visibility } from '../state/visibility';
import { edgeMaskOf } from '../state/edge-set';
import { graphIndex } from '../state/graph-index';
import { memoLast } from '../state/memo';
import { tieStyleReader, type EdgeStyle } from '../state/tie-styles';

/** Summed ties are drawn in one neutral colour: their kinds are mixed. */
export const GROUP_TIE_COLOUR = 'rgba(70, 80, 95, 0.6)';

/** The most frequent value (ties broken by the value, so the picture is the same every time). */
function mode(values: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return mostCounted(counts);
}

/** The value counted most often (ties broken by the value). */
function mostCounted(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== undefined && v < best)) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

interface Summed {
  ties: number;
  strength: number;
  kinds: Map<string, number>;
}

/** The drawn key of an actor: its own when its group is open, else its group's. */
function drawnKey(m: GroupMembership, actor: string): string | null {
  const group = m.groupOf.get(actor);
  if (group === undefined) return null;
  return m.open.has(group) ? actor : groupKey(group);
}

/** Where a closed group is drawn: at its members' centre. */
export function centre(graph: ExplorerGraph, members: readonly string[]): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (const key of members) {
    const a = graph.getNodeAttributes(key);
    x += a.x;
    y += a.y;
  }
  return { x: x / members.length, y: y / members.length };
}

/** A node or tie of the grouped picture, before it is put into a graph. */
export interface DrawnNode {
  key: string;
  attrs: NodeAttrs;
}
export interface DrawnTie {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  attrs: EdgeAttrs;
}

/**
 * The view's ties drawn as they are (between two open actors), by position in the graph
 * index: a graph built anew takes each as a fresh tie, an update in place only its look.
 */
export interface KeptTies {
  positions: Int32Array;
  key: (position: number) => string;
  look: (position: number) => EdgeStyle;
  tie: (position: number) => DrawnTie;
}

/** What the grouped graph draws: its nodes, the ties kept as they are, the summed ties. */
export interface GroupedPicture {
  nodes: DrawnNode[];
  kept: KeptTies;
  summed: DrawnTie[];
}

/** The look of a tie with no style of its own (a shown tie always has one). */
const NO_STYLE: EdgeStyle = { color: GROUP_TIE_COLOUR, size: 1, type: 'line' };

/**
 * The ties between drawn nodes: kept as they are between two open actors, summed otherwise.
 * Kept from one call to the next while the shown ties and the grouping are the same, so a
 * colour or size change only restyles. One pass over the ties, the sums kept per numbered
 * pair (no key string per tie).
 */
const tiesBetween = memoLast(
  (
    graph: ExplorerGraph,
    shown: Visibility,
    m: GroupMembership,
  ): { kept: Int32Array; pairs: (Summed & { source: string; target: string })[] } => {
    // Each actor's drawn node as a number, by the graph index's order, and each drawn node's
    // rank in key order (a summed tie runs from the lower key): the pass over the ties then
    // reads numbers only.
    const { keys, source, target, edgeKeys, edgeAttrs } = graphIndex(graph);
    const shownTies = edgeMaskOf(graph, shown.edges);
    const drawnKeys: string[] = [];
    const numberOf = new Map<string, number>();
    const drawnAt = Int32Array.from(keys, (actor) => {
      const key = drawnKey(m, actor);
      if (key === null) return -1;
      let n = numberOf.get(key);
      if (n === undefined) {
        n = drawnKeys.length;
        drawnKeys.push(key);
        numberOf.set(key, n);
      }
      return n;
    });
    const count = drawnKeys.length;
    const rank = new Int32Array(count);
    drawnKeys
      .map((key, n) => [key, n] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .forEach(([, n], r) => (rank[n] = r));
    const kept: number[] = [];
    const summed = new Map<number, Summed>();
    for (let e = 0; e < edgeKeys.length; e++) {
      const s = drawnAt[source[e]!]!;
      const t = drawnAt[target[e]!]!;
      if (s < 0 || t < 0 || s === t || !shownTies[e]) continue;
      const attrs = edgeAttrs[e]!;
      if (drawnKeys[s] === keys[source[e]!] && drawnKeys[t] === keys[target[e]!]) {
        kept.push(e);
        continue;
      }
      const pair = rank[s]! < rank[t]! ? s * count + t : t * count + s;
      let entry = summed.get(pair);
      if (!entry) summed.set(pair, (entry = { ties: 0, strength: 0, kinds: new Map() }));
      entry.ties++;
      entry.strength += attrs.strength;
      entry.kinds.set(attrs.kind, (entry.kinds.get(attrs.kind) ?? 0) + 1);
    }
    const pairs = [...summed].map(([pair, e]) => ({
      source: drawnKeys[Math.floor(pair / count)]!,
      target: drawnKeys[pair % count]!,
      ...e,
    }));
    return { kept: Int32Array.from(kept), pairs };
  },
);

/** The drawn nodes: an open group's members as they are, a closed group as one node. */
function groupedNodes(
  graph: ExplorerGraph,
  styles: Styles,
  m: GroupMembership,
  nameOf: (group: string) => string,
): DrawnNode[] {
  const nodes: DrawnNode[] = [];
  const largest = Math.max(1, ...[...m.members.values()].map((list) => list.length));
  const size = scaleSqrt().domain([1, largest]).range([5, 36]);
  for (const [group, members] of m.members) {
    if (m.open.has(group)) {
      for (const key of members) nodes.push({ key, attrs: { ...graph.getNodeAttributes(key) } });
      continue;
    }
    const { x, y } = centre(graph, members);
    // A group borrows its first member's actor fields (the drawn graph's type needs them);
    // what is shown of it is the label, the size, the colour and `group`.
    const first = graph.getNodeAttributes(members[0]!);
    const label = `${nameOf(group)} (${members.length.toLocaleString('en')})`;
    const attrs: NodeAttrs = {
      ...first,
      name: label,
      nameEn: label,
      x,
      y,
      size: size(members.length),
      color: mode(members.map((k) => styles.nodes.get(k)?.color ?? '#999')) ?? '#999',
      label,
      hidden: false,
      group: { by: m.by, id: group, members: members.length },
    };
    nodes.push({ key: groupKey(group), attrs });
  }
  return nodes;
}

/** The view's ties between two open actors, with their style in the view. */
function keptTies(graph: ExplorerGraph, positions: Int32Array, edgeStyles: Styles['edges']) {
  const { keys, source, target, edgeKeys, edgeAttrs, undirected } = graphIndex(graph);
  const styleAt = tieStyleReader(graph, edgeStyles);
  const look = (e: number) => styleAt(e) ?? NO_STYLE;
  return {
    positions,
    key: (e: number) => edgeKeys[e]!,
    look,
    tie: (e: number): DrawnTie => ({
      key: edgeKeys[e]!,
      source: keys[source[e]!]!,
      target: keys[target[e]!]!,
      undirected: undirected[e] === 1,
      attrs: { ...edgeAttrs[e]!, ...look(e), hidden: false },
    }),
  };
}

/** The ties between groups (or a group and an open actor), one per pair, width by count. */
function summedTies(pairs: (Summed & { source: string; target: string })[]): DrawnTie[] {
  const most = Math.max(1, ...pairs.map((e) => e.ties));
  const width = scaleSqrt().domain([1, most]).range([0.6, 10]);
  return pairs.map((e) => ({
    key: `${e.source}\u0001${e.target}`,
    source: e.source,
    target: e.target,
    undirected: true,
    attrs: {
      kind: (mostCounted(e.kinds) ?? 'joint_research') as EdgeAttrs['kind'],
      strength: e.strength,
      weight: e.strength,
      startYear: null,
      endYear: null,
      synthetic: false,
      ties: e.ties,
      color: GROUP_TIE_COLOUR,
      size: width(e.ties),
      type: 'line',
      hidden: false,
    },
  }));
}

export function groupedPicture(
  graph: ExplorerGraph,
  shown: Visibility,
  styles: Styles,
  m: GroupMembership,
  /** A group's name as shown (the UI's language). */
  nameOf: (group: string) => string,
): GroupedPicture {
  const { kept, pairs } = tiesBetween(graph, shown, m);
  return {
    nodes: groupedNodes(graph, styles, m, nameOf),
    kept: keptTies(graph, kept, styles.edges),
    summed: summedTies(pairs),
  };
}

/** Adds a drawn tie to a graph (its direction as in the view). */
export function addDrawnTie(out: ExplorerGraph, tie: DrawnTie): void {
  if (tie.undirected) out.addUndirectedEdgeWithKey(tie.key, tie.source, tie.target, tie.attrs);
  else out.addDirectedEdgeWithKey(tie.key, tie.source, tie.target, tie.attrs);
}

/** The grouped graph, built anew. */
export function groupGraph(
  graph: ExplorerGraph,
  shown: Visibility,
  styles: Styles,
  m: GroupMembership,
  /** A group's name as shown (the UI's language). */
  nameOf: (group: string) => string,
): ExplorerGraph {
  const out: ExplorerGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  const { nodes, kept, summed } = groupedPicture(graph, shown, styles, m, nameOf);
  for (const node of nodes) out.addNode(node.key, node.attrs);
  for (const e of kept.positions) addDrawnTie(out, kept.tie(e));
  for (const tie of summed) addDrawnTie(out, tie);
  return out;
}
