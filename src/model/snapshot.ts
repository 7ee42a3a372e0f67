/**
 * An offline snapshot: the network with positions and styling plus the view state that
 * produced it, so the explorer can reopen it as static files with no server.
 */
import type { SerializedNetwork } from './graph-format';

export const SNAPSHOT_FORMAT = 'cluster-explorer-snapshot';
export const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  createdAt: string;
  /** Nodes carry `x`, `y` and, where styling was applied, `color` and `size`. */
  graph: SerializedNetwork;
  /** The explorer's serialisable view state (filters, styling, focus); opaque to other tools. */
  viewState?: unknown;
}

export function isSnapshot(value: unknown): value is Snapshot {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === SNAPSHOT_FORMAT
  );
}
