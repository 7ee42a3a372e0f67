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
  /** `signal` abandons the load (a newer one replaced it). */
  load(view: View, signal?: AbortSignal): Promise<SerializedNetwork>;
  /** Stops any load in progress, retries included (the source is being replaced or closed). */
  cancel?(): void;
  /** The view state saved in a snapshot, as found (the state layer parses it). */
  viewState?: unknown;
  /** The story saved in a snapshot, as found (the state layer parses it). */
  story?: unknown;
  /** When the snapshot was written (its `createdAt`), for the provenance of exports. */
  createdAt?: string | null;
}

/** What is not answering when a load may succeed later. */
export type Unavailable = 'database' | 'server';

export class SourceError extends Error {
  constructor(
    message: string,
    /** Set when retrying later may succeed: the database or the server did not answer. */
    readonly unavailable?: Unavailable,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
