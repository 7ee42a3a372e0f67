/** Keeps the address bar in step with the view state and language (browser only). */
import { explorerStore } from './store';
import { viewStateToParams } from './url-state';

export function syncUrlWithStore(): () => void {
  let last = '';
  return explorerStore.subscribe((state) => {
    const params = viewStateToParams(
      state.history.present,
      new URLSearchParams(window.location.search),
    );
    params.set('lang', state.lang);
    const query = params.toString();
    if (query === last) return;
    last = query;
    // replaceState, not pushState: undo/redo is the explorer's own history.
    window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
  });
}
