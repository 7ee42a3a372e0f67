/**
 * The work the decoding worker does, as plain functions: the worker runs them, and so does
 * the page itself where no worker can be started (tests, very old browsers).
 */
import type { SerializedNetwork } from '../model/graph-format';
import type { Snapshot } from '../model/snapshot';
import { fetchCompactNetwork } from './compact-fetch';
import { fetchSnapshotText, parseSnapshot, parseSnapshotFile } from './snapshot-parse';

export type DecodeTask =
  /** `url` is absolute: a worker resolves relative URLs against its own script. */
  | { kind: 'network'; url: string }
  | { kind: 'snapshot-file'; file: Blob }
  | { kind: 'snapshot-url'; url: string };

export type DecodeResult<T extends DecodeTask> = T extends { kind: 'network' }
  ? SerializedNetwork
  : Snapshot;

export async function runDecodeTask(
  task: DecodeTask,
  signal?: AbortSignal,
): Promise<SerializedNetwork | Snapshot> {
  switch (task.kind) {
    case 'network':
      return fetchCompactNetwork(task.url, signal);
    case 'snapshot-file':
      return parseSnapshotFile(task.file);
    case 'snapshot-url':
      return parseSnapshot(await fetchSnapshotText(task.url));
  }
}
