/** Browser side of snapshots: download the current view, open a file or the demo. */
import { fetchSnapshot, readSnapshotFile } from '../data/snapshot-file';
import { snapshotSource } from '../data/snapshot-source';
import { createSnapshot } from '../state/snapshot';
import { actions, currentGraph, explorerStore } from '../state/store';
import { parseViewState } from '../state/view-state';

export const DEMO_SNAPSHOT_URL = './snapshots/demo.json';

export function downloadSnapshot(): void {
  const { history } = explorerStore.getState();
  const graph = currentGraph();
  if (!graph) return;
  const snapshot = createSnapshot(graph, history.present);
  const blob = new Blob([JSON.stringify(snapshot)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `cluster-network-${history.present.view}-${snapshot.createdAt.slice(0, 10)}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function openSnapshotFile(file: File): Promise<void> {
  const source = snapshotSource(await readSnapshotFile(file), file.name);
  await actions.open(source, parseViewState(source.viewState));
}

export async function openSnapshotUrl(url: string, name = url): Promise<void> {
  const source = snapshotSource(await fetchSnapshot(url), name);
  await actions.open(source, parseViewState(source.viewState));
}
