/** Keeps the address bar in step with the view state, the story and language (browser only). */
import { explorerStore } from './store';
import { memoLast } from './memo';
import { storyToParam } from './story-url';

const storyParam = memoLast(storyToParam);
import { viewStateToParams } from './url-state';

export function syncUrlWithStore(): () => void {
  let last = '';
  return explorerStore.subscribe((state) => {
    const params = viewStateToParams(
      state.history.present,
      new URLSearchParams(window.location.search),
    );
    params.set('lang', state.lang);
    // The story travels in the address too, so a reload or a bookmark keeps it.
    const { story, activeStep } = state;
    const step = story.steps.findIndex((s) => s.id === activeStep);
    if (story.steps.length) params.set('story', storyParam(story));
    else params.delete('story');
    if (step >= 0) params.set('step', String(step + 1));
    else params.delete('step');
    params.delete('present');
    const query = params.toString();
    if (query === last) return;
    last = query;
    // replaceState, not pushState: undo/redo is the explorer's own history.
    window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
  });
}
