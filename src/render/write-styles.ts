/**
 * Writes a state's styles into the drawn graph and says what changed, so sigma re-processes
 * only those actors and ties. Attribute objects are updated in place, without graphology
 * events: an event per item makes sigma re-index the whole graph, and one bulk update makes
 * it re-process every item; at 100k ties either costs a long main-thread task per filter click.
 */
import type { ExplorerGraph } from '../state/base-graph';
import { edgeMaskOf } from '../state/edge-set';
import { graphIndex } from '../state/graph-index';
import type { Styles } from '../state/styles';
import { tieStyleReader } from '../state/tie-styles';
import type { Visibility } from '../state/visibility';

export interface StyleChanges {
  nodes: string[];
  edges: string[];
  /**
   * Sigma must re-process everything, the caller refreshes fully: a tie changed its program
   * (type), or so many actors changed size that listing their ties costs more than that.
   */
  reindex: boolean;
}

/** What a style sets on a drawn actor or tie (besides `hidden`). */
const NODE_LOOK = ['color', 'size', 'label'] as const;
export const EDGE_LOOK = ['color', 'size', 'type'] as const;

/** Writes `style` (or hidden, without one) into `attrs`; true when anything changed. */
export function writeLook<K extends string>(
  attrs: { hidden?: boolean } & Partial<Record<K, unknown>>,
  style: Record<K, unknown> | undefined,
  keys: readonly K[],
): boolean {
  if (!style) {
    if (attrs.hidden) return false;
    attrs.hidden = true;
    return true;
  }
  if (!attrs.hidden && keys.every((k) => attrs[k] === style[k])) return false;
  attrs.hidden = false;
  for (const k of keys) attrs[k] = style[k] as (typeof attrs)[K];
  return true;
}

/** `ties` false writes the actors only (the ties are not drawn, see SigmaView.applyStyles). */
export function writeStyles(
  graph: ExplorerGraph,
  visibility: Visibility,
  styles: Styles,
  ties = true,
): StyleChanges {
  const nodes: string[] = [];
  const edges = new Set<string>();
  const resized: string[] = [];
  graph.forEachNode((key, attrs) => {
    const size = attrs.size;
    if (!writeLook(attrs, styles.nodes.get(key), NODE_LOOK)) return;
    nodes.push(key);
    if (size !== attrs.size) resized.push(key);
  });
  let reindex = false;
  if (!ties) return { nodes, edges: [], reindex: false };
  const { edgeKeys, edgeAttrs } = graphIndex(graph);
  const shown = edgeMaskOf(graph, visibility.edges);
  const styleOf = tieStyleReader(graph, styles.edges);
  for (let i = 0; i < edgeKeys.length; i++) {
    const attrs = edgeAttrs[i]!;
    const type = attrs.type;
    const key = edgeKeys[i]!;
    if (!writeLook(attrs, shown[i] ? styleOf(i) : undefined, EDGE_LOOK)) continue;
    edges.add(key);
    if (type !== attrs.type) reindex = true;
  }
  // A tie is drawn from its ends' sizes (arrow heads stop at the target's edge).
  if (resized.length * 4 > graph.order) reindex = true;
  else for (const node of resized) graph.forEachEdge(node, (edge) => void edges.add(edge));
  return { nodes, edges: [...edges], reindex };
}
