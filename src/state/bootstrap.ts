/** Chooses the first source: ?snapshot=<url>, else the API if it answers, else the start screen. */
import { apiAvailable, apiSource } from '../data/api-source';
import { SourceError } from '../data/source';
import { fetchSnapshot } from '../data/snapshot-file';
import { snapshotSource } from '../data/snapshot-source';
import { actions } from './store';
import { parseStory, type Story } from './story';
import { storyActions } from './story-actions';
import { storyFromParam } from './story-url';
import { hasViewParams, viewStateFromParams } from './url-state';
import { parseViewState } from './view-state';

/** `?step=N` (1-based) shows that step of the story, `&present=1` presents from it. */
function openStep(params: URLSearchParams, story: Story): void {
  const step = Number(params.get('step'));
  if (!Number.isInteger(step) || step < 1 || step > story.steps.length) return;
  if (params.get('present') === '1') storyActions.present(step - 1);
  else storyActions.show(step - 1);
}

export async function bootstrap(search: string): Promise<void> {
  const params = new URLSearchParams(search);
  const fromUrl = viewStateFromParams(params);
  const storyParam = params.get('story');
  const fromLink = storyParam ? storyFromParam(storyParam) : null;
  const snapshotUrl = params.get('snapshot');
  if (snapshotUrl) {
    // The URL's view state and story win over the snapshot's, so links show what was shared.
    const source = snapshotSource(await fetchSnapshot(snapshotUrl), snapshotUrl);
    const story = fromLink ?? parseStory(source.story);
    await actions.open(
      source,
      hasViewParams(params) ? fromUrl : parseViewState(source.viewState),
      story,
    );
    openStep(params, story);
    return;
  }
  if (await apiAvailable()) {
    const story = fromLink ?? parseStory(null);
    await actions.open(apiSource(), fromUrl, story);
    openStep(params, story);
  }
}

export async function connectToApi(): Promise<void> {
  if (!(await apiAvailable())) throw new SourceError('no API');
  const params = new URLSearchParams(window.location.search);
  await actions.open(apiSource(), viewStateFromParams(params));
}
