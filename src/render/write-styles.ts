/**
 * Writes a state's styles into the drawn graph and says what changed, so sigma re-processes
 * only those actors and ties. Attribute objects are updated in place, without graphology
 * events: an event per item makes sigma re-index the whole graph, and one bulk update makes
 * it re-process every item; at 100k ties either costs a long main-thread task per filter click.
 */
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../state/base-graph';
import type { EdgeStyle, NodeStyle, Styles } from '../state/styles';
import type { Visibility } from '../state/visibility';

export interface StyleChanges {
  nodes: string[];
  edges: string[];
  /** A tie changed its program (type): sigma must re-index, the caller refreshes fully. */
  reindex: boolean;
}

function writeNode(attrs: NodeAttrs, style: NodeStyle | undefined): boolean {
  if (!style) {
    if (attrs.hidden) return false;
    attrs.hidden = true;
    return true;
  }
  if (
    !attrs.hidden &&
    attrs.color === style.color &&
    attrs.size === style.size &&
    attrs.label === style.label
  )
    return false;
  attrs.hidden = false;
  attrs.color = style.color;
  attrs.size = style.size;
  attrs.label = style.label;
  return true;
}

function writeEdge(attrs: EdgeAttrs, style: EdgeStyle | undefined): boolean {
  if (!style) {
    if (attrs.hidden) return false;
    attrs.hidden = true;
    return true;
  }
  if (
    !attrs.hidden &&
    attrs.color === style.color &&
    attrs.size === style.size &&
    attrs.type === style.type
  )
    return false;
  attrs.hidden = false;
  attrs.color = style.color;
  attrs.size = style.size;
  attrs.type = style.type;
  return true;
}

export function writeStyles(
  graph: ExplorerGraph,
  visibility: Visibility,
  styles: Styles,
): StyleChanges {
  const nodes: string[] = [];
  const edges = new Set<string>();
  const resized: string[] = [];
  graph.forEachNode((key, attrs) => {
    const size = attrs.size;
    if (!writeNode(attrs, styles.nodes.get(key))) return;
    nodes.push(key);
    if (size !== attrs.size) resized.push(key);
  });
  let reindex = false;
  graph.forEachEdge((key, attrs) => {
    const type = attrs.type;
    const style = visibility.edges.has(key) ? styles.edges.get(key) : undefined;
    if (!writeEdge(attrs, style)) return;
    edges.add(key);
    if (type !== attrs.type) reindex = true;
  });
  // A tie is drawn from its ends' sizes (arrow heads stop at the target's edge).
  for (const node of resized) graph.forEachEdge(node, (edge) => void edges.add(edge));
  return { nodes, edges: [...edges], reindex };
}
