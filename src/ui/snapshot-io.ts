/** Browser side of snapshots: download the current view (with its story), open a file or the demo. */
import { fetchSnapshot, readSnapshotFile } from '../data/snapshot-file';
import { snapshotSource } from '../data/snapshot-source';
import { settle } from '../render/settle';
import { buildBaseGraph, needsLayout, type ExplorerGraph } from '../state/base-graph';
import { positionsOf } from '../state/positions';
import { createSnapshot } from '../state/snapshot';
import { actions, currentGraph, explorerStore } from '../state/store';
import { parseStory } from '../state/story';
import { parseViewState } from '../state/view-state';
import { download } from './download';

export const DEMO_SNAPSHOT_URL = './snapshots/demo.json';

/**
 * The network a snapshot saves: the current view's, or, when the story's steps show other
 * views, the whole network laid out once, so every step finds its actors (where they were).
 */
async function networkToSave(): Promise<ExplorerGraph | null> {
  const { source, story, history } = explorerStore.getState();
  const current = currentGraph();
  const view = history.present.view;
  const others = story.steps.some((s) => s.view.view !== view);
  if (!current || !source || view === 'all' || !others) return current;
  const graph = buildBaseGraph(await source.load('all'), false, positionsOf('all'));
  if (needsLayout(graph)) await settle(graph).done;
  return graph;
}

export async function downloadSnapshot(): Promise<void> {
  const graph = await networkToSave();
  if (!graph) return;
  const { history, story } = explorerStore.getState();
  const snapshot = createSnapshot(graph, history.present, undefined, story);
  download(
    `cluster-network-${history.present.view}-${snapshot.createdAt.slice(0, 10)}.json`,
    'application/json',
    JSON.stringify(snapshot),
  );
}

export async function openSnapshotFile(file: File): Promise<void> {
  const source = snapshotSource(await readSnapshotFile(file), file.name);
  await actions.open(source, parseViewState(source.viewState), parseStory(source.story));
}

export async function openSnapshotUrl(url: string, name = url): Promise<void> {
  const source = snapshotSource(await fetchSnapshot(url), name);
  await actions.open(source, parseViewState(source.viewState), parseStory(source.story));
}
