/** A link that opens the current source with the story, at its first step. */
import { explorerStore } from '../state/store';
import { storyToParam } from '../state/story-url';
import { viewStateToParams } from '../state/url-state';

export function storyLink(): string {
  const { history, story, lang } = explorerStore.getState();
  const params = viewStateToParams(history.present, new URLSearchParams(window.location.search));
  params.set('lang', lang);
  params.set('story', storyToParam(story));
  params.set('step', '1');
  return `${window.location.origin}${window.location.pathname}?${params.toString()}`;
}
