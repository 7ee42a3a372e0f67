/**
 * Positions outlive a graph: switching projection rebuilds the graph, and the actors already
 * laid out should stay where the user last saw them. They are remembered per view of the
 * current source (and forgotten when another source opens), so what a view shows depends on
 * that view alone, not on the views visited before: the same URL gives the same picture.
 */
import type { View } from '../model/domain';
import type { ExplorerGraph, PositionLookup } from './base-graph';

const byView = new Map<View, Map<string, { x: number; y: number }>>();

export function rememberPositions(graph: ExplorerGraph): void {
  const view = graph.getAttribute('view');
  const cache = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key, a) => cache.set(key, { x: a.x, y: a.y }));
  byView.set(view, cache);
}
export const positionsOf =
  (view: View): PositionLookup =>
  (key) =>
    byView.get(view)?.get(key);
export const forgetPositions = () => byView.clear();
