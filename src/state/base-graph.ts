/**
 * The network of the current view as a graphology graph: the served / snapshot network, plus
 * projected shared-project ties when asked for, plus positions. This graph is what sigma draws
 * and what the layout moves; filters and styling never rebuild it.
 */
import Graph from 'graphology';
import type {
  ActorAttributes,
  NetworkAttributes,
  SerializedNetwork,
  TieAttributes,
} from '../model/graph-format';
import { projectParticipations } from './projection';
import { SHARED_PROJECT, type EdgeKind } from '../model/domain';
import { seededPosition } from './seeded-positions';

export interface NodeAttrs extends ActorAttributes {
  x: number;
  y: number;
  size?: number;
  color?: string;
  label?: string;
  hidden?: boolean;
  /** Set on a group drawn as one node (level of detail, state/groups.ts). */
  group?: { by: string; id: string; members: number };
}

/** TieAttributes with the projected kind added (Omit<> would drop the typed keys). */
export interface EdgeAttrs {
  kind: EdgeKind;
  strength: number;
  weight: number;
  startYear: TieAttributes['startYear'];
  endYear: TieAttributes['endYear'];
  synthetic: boolean;
  /** Projected ties: number of shared projects. */
  shared?: number;
  /** Ties summed into one between groups (level of detail). */
  ties?: number;
  size?: number;
  color?: string;
  hidden?: boolean;
  type?: string;
}

export type ExplorerGraph = Graph<NodeAttrs, EdgeAttrs, NetworkAttributes>;
export type PositionLookup = (key: string) => { x: number; y: number } | undefined;

/** Graphs where some actors (or all) got seeded start positions: laid out on load. */
const seeded = new WeakMap<object, 'some' | 'all'>();
export const needsLayout = (graph: ExplorerGraph) => seeded.has(graph);
/** No actor had a position of its own (the layout may then start from communities). */
export const nothingPlaced = (graph: ExplorerGraph) => seeded.get(graph) === 'all';

/** Projects too large to expand into pairs, per graph (shown as a note by the projection toggle). */
const largeProjectsOf = new WeakMap<object, { project: string; members: number }[]>();
export const largeProjects = (graph: ExplorerGraph) => largeProjectsOf.get(graph) ?? [];

export const projectedEdgeKey = (a: string, b: string) => `shared:${a}|${b}`;

export function buildBaseGraph(
  network: SerializedNetwork,
  projection: boolean,
  positionOf: PositionLookup = () => undefined,
): ExplorerGraph {
  const graph: ExplorerGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  graph.replaceAttributes(network.attributes);
  let placed = 0;
  for (const { key, attributes } of network.nodes) {
    const own = attributes as Partial<NodeAttrs>;
    // A layout run in this session (remembered per view) wins over the file's positions.
    const known =
      positionOf(key) ??
      (typeof own.x === 'number' && typeof own.y === 'number' ? { x: own.x, y: own.y } : undefined);
    // Seeded points in a disc: FA2 untangles them; a circle would start every node on a ring.
    const position = known ?? seededPosition(key, network.nodes.length);
    if (known) placed++;
    graph.addNode(key, { ...attributes, ...position });
  }
  if (placed < network.nodes.length) seeded.set(graph, placed === 0 ? 'all' : 'some');
  for (const edge of network.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const attributes = { ...edge.attributes } as EdgeAttrs;
    if (edge.undirected)
      graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
  }
  if (projection) {
    const projected = projectParticipations(network.nodes);
    largeProjectsOf.set(graph, projected.largeProjects);
    for (const tie of projected.ties) {
      const synthetic =
        graph.getNodeAttribute(tie.source, 'synthetic') ||
        graph.getNodeAttribute(tie.target, 'synthetic');
      graph.addUndirectedEdgeWithKey(
        projectedEdgeKey(tie.source, tie.target),
        tie.source,
        tie.target,
        {
          kind: SHARED_PROJECT,
          strength: tie.weight,
          weight: tie.weight,
          shared: tie.shared,
          startYear: null,
          endYear: null,
          synthetic,
        },
      );
    }
  }
  return graph;
}
