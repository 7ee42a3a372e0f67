/**
 * A snapshot of the current view: its network with positions and colours plus its view
 * state (read back through the view-state schema when the snapshot is opened).
 */
import { SHARED_PROJECT } from '../model/domain';
import type { SerializedNetwork } from '../model/graph-format';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot } from '../model/snapshot';
import type { ExplorerGraph } from './base-graph';
import type { Story } from './story';
import type { ViewState } from './view-state';

const SIGMA_ONLY = new Set(['label', 'hidden', 'type', 'highlighted', 'forceLabel', 'zIndex']);
const strip = <T extends object>(attrs: T): T =>
  Object.fromEntries(Object.entries(attrs).filter(([k]) => !SIGMA_ONLY.has(k))) as T;

/**
 * The current view's whole network (filters are saved as view state, not applied) with the
 * nodes' positions and colours; projected ties are left out because the view state can
 * rebuild them.
 */
export function createSnapshot(
  graph: ExplorerGraph,
  viewState: ViewState,
  createdAt = new Date().toISOString(),
  story: Story | null = null,
): Snapshot {
  const nodes = graph.mapNodes((key, attrs) => ({
    key,
    attributes: {
      ...strip(attrs),
      x: Math.round(attrs.x * 100) / 100,
      y: Math.round(attrs.y * 100) / 100,
    },
  }));
  const edges: SerializedNetwork['edges'] = [];
  graph.forEachEdge((key, attrs, source, target, _s, _t, undirected) => {
    if (attrs.kind === SHARED_PROJECT) return;
    edges.push({
      key,
      source,
      target,
      ...(undirected ? { undirected: true } : {}),
      attributes: strip(attrs) as SerializedNetwork['edges'][number]['attributes'],
    });
  });
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    createdAt,
    graph: {
      attributes: graph.getAttributes(),
      options: { type: 'mixed', multi: true, allowSelfLoops: true },
      nodes: nodes as SerializedNetwork['nodes'],
      edges,
    },
    viewState,
    // Only when there is one, so snapshots without a story stay as they were.
    ...(story && story.steps.length > 0 ? { story } : {}),
  };
}
