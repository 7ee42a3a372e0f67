import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, initialLang } from './i18n';
import { currentView } from './render/current-view';
import { actions, explorerStore } from './state/store';
import { syncUrlWithStore } from './state/url-sync';
import { App } from './ui/App';
import { bootstrap } from './state/bootstrap';
import './styles/app.css';

const lang = initialLang(window.location.search, navigator.languages ?? [navigator.language]);
const i18n = initI18n(lang);
actions.setLang(lang);
document.documentElement.lang = lang;
explorerStore.subscribe((state, previous) => {
  if (state.lang === previous.lang) return;
  void i18n.changeLanguage(state.lang);
  document.documentElement.lang = state.lang;
});
syncUrlWithStore();

/** Read-only hook for the browser tests and the console: state, and where an actor is drawn. */
Object.assign(window, {
  __clusterExplorer: {
    state: () => explorerStore.getState(),
    sigma: () => currentView()?.sigma,
    labels: () => currentView()?.labels.labels() ?? [],
    areaLabels: () => currentView()?.labels.areaLabels() ?? [],
    nodeOnScreen(key: string) {
      const view = currentView();
      const data = view?.sigma.getNodeDisplayData(key);
      if (!view || !data || data.hidden) return null;
      const rect = view.sigma.getContainer().getBoundingClientRect();
      const p = view.sigma.framedGraphToViewport(data);
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
  },
});

const root = createRoot(document.getElementById('root')!);
const render = (booting: boolean) =>
  root.render(
    <StrictMode>
      <App booting={booting} />
    </StrictMode>,
  );
render(true);
bootstrap(window.location.search).then(
  () => render(false),
  (error: Error) => {
    explorerStore.setState({ status: 'error', error: error.message });
    render(false);
  },
);
