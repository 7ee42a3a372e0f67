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

export function groupGraph(
  graph: ExplorerGraph,
  shown: Visibility,
  styles: Styles,
  m: GroupMembership,
  /** A group's name as shown (the UI's language). */
  nameOf: (group: string) => string,
): ExplorerGraph {
  const out: ExplorerGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  const largest = Math.max(1, ...[...m.members.values()].map((list) => list.length));
  const size = scaleSqrt().domain([1, largest]).range([5, 36]);
  for (const [group, members] of m.members) {
    if (m.open.has(group)) {
      for (const key of members) out.addNode(key, { ...graph.getNodeAttributes(key) });
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
    out.addNode(groupKey(group), attrs);
  }
  // Ties between drawn nodes: kept as they are between two open actors, summed otherwise.
  // One pass over the shown ties with each actor's drawn key looked up once, and the sums
  // kept per pair in nested maps (no key string per tie): a national network's 100,000
  // ties are summed in a few tens of milliseconds.
  const drawnOf = new Map<string, string | null>();
  for (const actor of m.groupOf.keys()) drawnOf.set(actor, drawnKey(m, actor));
  const summed = new Map<string, Map<string, Summed>>();
  graph.forEachEdge((edge, attrs, a, b) => {
    if (!shown.edges.has(edge)) return;
    const s = drawnOf.get(a) ?? null;
    const t = drawnOf.get(b) ?? null;
    if (s === null || t === null || s === t) return;
    if (s === a && t === b) {
      const style = styles.edges.get(edge);
      const copy = { ...attrs, ...style, hidden: false };
      if (graph.isUndirected(edge)) out.addUndirectedEdgeWithKey(edge, s, t, copy);
      else out.addDirectedEdgeWithKey(edge, s, t, copy);
      return;
    }
    const [lo, hi] = s < t ? [s, t] : [t, s];
    let row = summed.get(lo);
    if (!row) summed.set(lo, (row = new Map()));
    let entry = row.get(hi);
    if (!entry) row.set(hi, (entry = { ties: 0, strength: 0, kinds: new Map() }));
    entry.ties++;
    entry.strength += attrs.strength;
    entry.kinds.set(attrs.kind, (entry.kinds.get(attrs.kind) ?? 0) + 1);
  });
  const pairs = [...summed].flatMap(([lo, row]) =>
    [...row].map(([hi, e]) => ({ source: lo, target: hi, ...e })),
  );
  const most = Math.max(1, ...pairs.map((e) => e.ties));
  const width = scaleSqrt().domain([1, most]).range([0.6, 10]);
  for (const e of pairs) {
    out.addUndirectedEdgeWithKey(`${e.source}\u0001${e.target}`, e.source, e.target, {
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
    });
  }
  return out;
}
