/**
 * Positions outlive a graph: switching projection or view rebuilds the graph, and the actors
 * already laid out should stay where the user last saw them.
 */
import type { ExplorerGraph } from './base-graph';

const cache = new Map<string, { x: number; y: number }>();

export function rememberPositions(graph: ExplorerGraph): void {
  graph.forEachNode((key, a) => cache.set(key, { x: a.x, y: a.y }));
}
export const positionOf = (key: string) => cache.get(key);
export const forgetPositions = () => cache.clear();
