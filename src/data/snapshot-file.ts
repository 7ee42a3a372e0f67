/**
 * Snapshot files: the network with positions and styling plus the view state, readable
 * without any server. Plain graphology JSON (e.g. from the API) is accepted too.
 */
import type { SerializedNetwork } from '../model/graph-format';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot } from '../model/snapshot';
import type { ExplorerGraph } from '../state/base-graph';
import { viewStateFromParams, viewStateToParams } from '../state/url-state';
import { DEFAULT_VIEW_STATE, SHARED_PROJECT, type ViewState } from '../state/view-state';
import { decodeOffMainThread } from './decode-client';

export { parseSnapshot } from './snapshot-parse';

/** A snapshot's view state comes from a file: keep only what the URL format accepts. */
export function sanitiseViewState(value: unknown): ViewState {
  if (typeof value !== 'object' || value === null) return DEFAULT_VIEW_STATE;
  try {
    const merged = { ...DEFAULT_VIEW_STATE, ...(value as Partial<ViewState>) };
    merged.filters = { ...DEFAULT_VIEW_STATE.filters, ...(merged.filters ?? {}) };
    return viewStateFromParams(viewStateToParams(merged));
  } catch {
    return DEFAULT_VIEW_STATE;
  }
}

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
  };
}

/** Reads, validates and parses a snapshot file off the main thread. */
export function readSnapshotFile(file: File): Promise<Snapshot> {
  return decodeOffMainThread({ kind: 'snapshot-file', file });
}

/** Fetches, validates and parses a snapshot by URL off the main thread. */
export function fetchSnapshot(url: string): Promise<Snapshot> {
  return decodeOffMainThread({ kind: 'snapshot-url', url: new URL(url, document.baseURI).href });
}
