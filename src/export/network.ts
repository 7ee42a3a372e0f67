/** How the exports read the serialised network (graphology's `graph.export()` format). */
import type { SerializedGraph } from 'graphology-types';

type SerializedEdge = SerializedGraph['edges'][number];

/** A tie's key; graphology lets serialised edges go without one. */
export const edgeKeyOf = (edge: SerializedEdge, index: number): string =>
  edge.key === undefined || edge.key === null ? `#${index}` : String(edge.key);

/** Whether a tie is directed, by graphology's rules: mixed graphs mark undirected ties. */
export function isDirected(network: SerializedGraph, edge: SerializedEdge): boolean {
  const type = network.options?.type ?? 'mixed';
  if (type === 'directed') return true;
  if (type === 'undirected') return false;
  return edge.undirected !== true;
}
