/**
 * A focus laid out on its own is drawn as a small graph of its own (sigma takes positions from
 * the graph, not from reducers), so the view's graph and its layout stay untouched.
 */
import Graph from 'graphology';
import type { ExplorerGraph } from '../state/base-graph';
import type { Positions } from '../state/focus-layout';

/** The focus's actors at their own positions, with their ties and current styles. */
export function focusGraph(
  graph: ExplorerGraph,
  positions: Positions,
  edges: Iterable<string>,
): ExplorerGraph {
  const focus: ExplorerGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  for (const [key, at] of positions) {
    if (graph.hasNode(key))
      focus.addNode(key, { ...graph.getNodeAttributes(key), x: at.x, y: at.y });
  }
  for (const edge of edges) {
    if (!graph.hasEdge(edge)) continue;
    const [source, target] = graph.extremities(edge);
    if (!focus.hasNode(source) || !focus.hasNode(target)) continue;
    const attrs = graph.getEdgeAttributes(edge);
    if (graph.isUndirected(edge)) focus.addUndirectedEdgeWithKey(edge, source, target, attrs);
    else focus.addDirectedEdgeWithKey(edge, source, target, attrs);
  }
  return focus;
}
