/**
 * Snapshot files: the network with positions and styling plus the view state, readable
 * without any server. Plain graphology JSON (e.g. from the API) is accepted too. Reading and
 * validating happen off the main thread (decode.worker.ts).
 */
import type { Snapshot } from '../model/snapshot';
import { decodeOffMainThread } from './decode-client';

export { parseSnapshot } from './snapshot-parse';

/** Reads, validates and parses a snapshot file off the main thread. */
export function readSnapshotFile(file: File): Promise<Snapshot> {
  return decodeOffMainThread({ kind: 'snapshot-file', file });
}

/** Fetches, validates and parses a snapshot by URL off the main thread. */
export function fetchSnapshot(url: string): Promise<Snapshot> {
  return decodeOffMainThread({ kind: 'snapshot-url', url: new URL(url, document.baseURI).href });
}
