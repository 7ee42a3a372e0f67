/** Chooses the first source: ?snapshot=<url>, else the API if it answers, else the start screen. */
import { apiAvailable, apiSource } from '../data/api-source';
import { SourceError } from '../data/source';
import { fetchSnapshot } from '../data/snapshot-file';
import { snapshotSource } from '../data/snapshot-source';
import { actions } from './store';
import { hasViewParams, viewStateFromParams } from './url-state';
import { parseViewState } from './view-state';

export async function bootstrap(search: string): Promise<void> {
  const params = new URLSearchParams(search);
  const fromUrl = viewStateFromParams(params);
  const snapshotUrl = params.get('snapshot');
  if (snapshotUrl) {
    // The URL's view state wins over the snapshot's, so shared links show what was shared.
    const source = snapshotSource(await fetchSnapshot(snapshotUrl), snapshotUrl);
    await actions.open(source, hasViewParams(params) ? fromUrl : parseViewState(source.viewState));
    return;
  }
  if (await apiAvailable()) await actions.open(apiSource(), fromUrl);
}

export async function connectToApi(): Promise<void> {
  if (!(await apiAvailable())) throw new SourceError('no API');
  const params = new URLSearchParams(window.location.search);
  await actions.open(apiSource(), viewStateFromParams(params));
}
