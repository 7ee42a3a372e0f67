/**
 * Snapshot files: the network with positions and styling plus the view state, readable
 * without any server. Plain graphology JSON (e.g. from the API) is accepted too.
 */
import type { SerializedNetwork } from '../model/graph-format';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, isSnapshot, type Snapshot } from '../model/snapshot';
import { SourceError } from './source';

const looksLikeNetwork = (value: unknown): value is SerializedNetwork =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as SerializedNetwork).nodes) &&
  Array.isArray((value as SerializedNetwork).edges);

export function parseSnapshot(text: string): Snapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SourceError(`not JSON: ${(error as Error).message}`);
  }
  if (isSnapshot(value)) {
    if (!looksLikeNetwork(value.graph)) throw new SourceError('snapshot without a graph');
    return value;
  }
  if (looksLikeNetwork(value)) {
    return {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      createdAt: value.attributes?.generatedAt ?? '',
      graph: value,
    };
  }
  throw new SourceError('neither an explorer snapshot nor a graphology network');
}

export async function fetchSnapshot(url: string): Promise<Snapshot> {
  const response = await fetch(url);
  if (!response.ok) throw new SourceError(`${url}: HTTP ${response.status}`);
  return parseSnapshot(await response.text());
}
