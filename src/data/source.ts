/**
 * Where the network comes from: the API (live from Neo4j) or a snapshot file. The rest of the
 * explorer only sees this interface.
 */
import type { View } from '../model/domain';
import type { SerializedNetwork } from '../model/graph-format';

export interface NetworkSource {
  kind: 'api' | 'snapshot';
  /** Shown to the user: the server, or the snapshot's file name / URL. */
  name: string;
  load(view: View): Promise<SerializedNetwork>;
  /** The view state saved in a snapshot, as found (the state layer parses it). */
  viewState?: unknown;
}

export class SourceError extends Error {}
