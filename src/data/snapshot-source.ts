import { filterByView } from '../model/view-filter';
import type { View } from '../model/domain';
import type { Snapshot } from '../model/snapshot';
import type { NetworkSource } from './source';

/** A snapshot answers every view by filtering the network it holds, like the API would. */
export function snapshotSource(snapshot: Snapshot, name: string): NetworkSource {
  return {
    kind: 'snapshot',
    name,
    load: async (view: View) => filterByView(snapshot.graph, view),
    viewState: snapshot.viewState ?? { view: snapshot.graph.attributes?.view ?? 'all' },
    story: snapshot.story,
    createdAt: snapshot.createdAt || null,
  };
}
