import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VIEWS } from '../model/domain';
import { actions } from '../state/store';
import { LANGS } from '../i18n';
import { storyActions } from '../state/story-actions';
import { ScreenMenu } from './ScreenMenu';
import { SearchBox } from './SearchBox';
import { SnapshotFileInput } from './SnapshotFileInput';
import {
  DEMO_SNAPSHOT_URL,
  downloadSnapshot,
  openSnapshotFile,
  openSnapshotUrl,
} from './snapshot-io';
import { useExplorer } from './use-explorer';

export function Header() {
  const { t } = useTranslation();
  const view = useExplorer((s) => s.history.present.view);
  const canUndo = useExplorer((s) => s.history.past.length > 0);
  const canRedo = useExplorer((s) => s.history.future.length > 0);
  const source = useExplorer((s) => s.source);
  const network = useExplorer((s) => s.network);
  const lang = useExplorer((s) => s.lang);
  const storyOpen = useExplorer((s) => s.storyOpen);
  const leftPanel = useExplorer((s) => s.screen.leftPanel);
  const fileInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  // Once per loaded network, not per render.
  const synthetic = useMemo(
    () =>
      network
        ? {
            actors: network.nodes.filter((n) => n.attributes.synthetic).length,
            ties: network.edges.filter((e) => e.attributes.synthetic).length,
          }
        : null,
    [network],
  );

  const open = (promise: Promise<void>) =>
    promise.then(
      () => setError(null),
      (e: Error) => setError(t('snapshot.invalid', { message: e.message })),
    );

  return (
    <header className="app-header">
      {source && (
        <button
          type="button"
          className="panel-toggle"
          data-testid="toggle-left"
          aria-pressed={leftPanel}
          title={t('screen.panels')}
          aria-label={t('screen.panels')}
          onClick={() => actions.setScreen({ leftPanel: !leftPanel })}
        >
          ☰
        </button>
      )}
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <span className="subtitle">{t('app.subtitle')}</span>
      </div>
      {source && (
        <nav className="view-tabs" aria-label={t('view.heading')}>
          {VIEWS.map((v) => (
            <button
              type="button"
              key={v}
              data-testid={`view-${v}`}
              aria-pressed={v === view}
              className={v === view ? 'tab active' : 'tab'}
              onClick={() =>
                actions.update((s) => ({
                  ...s,
                  view: v,
                  focus: null,
                  pathFrom: null,
                  pathTo: null,
                }))
              }
            >
              {t(`view.${v}`)}
            </button>
          ))}
        </nav>
      )}
      {source && <SearchBox />}
      <div className="header-tools">
        {synthetic && (synthetic.actors > 0 || synthetic.ties > 0) && (
          <span
            className="badge synthetic"
            data-testid="synthetic-badge"
            title={t('app.syntheticHelp', synthetic)}
          >
            {t('app.synthetic')}
          </span>
        )}
        {source && (
          <span className="badge source" data-testid="source-badge" title={source.name}>
            {source.kind === 'api'
              ? t('app.sourceApi')
              : t('app.sourceSnapshot', { name: source.name })}
          </span>
        )}
        {source && (
          <>
            <button
              type="button"
              onClick={actions.undo}
              disabled={!canUndo}
              title={t('app.undo')}
              aria-label={t('app.undo')}
              data-testid="undo"
            >
              ↶
            </button>
            <button
              type="button"
              onClick={actions.redo}
              disabled={!canRedo}
              title={t('app.redo')}
              aria-label={t('app.redo')}
              data-testid="redo"
            >
              ↷
            </button>
            <button
              type="button"
              onClick={() => void open(downloadSnapshot())}
              disabled={!network}
              data-testid="export-snapshot"
            >
              {t('snapshot.export')}
            </button>
            <button
              type="button"
              aria-pressed={storyOpen}
              className={storyOpen ? 'active' : ''}
              onClick={storyActions.toggle}
              data-testid="story-toggle"
            >
              {t('story.open')}
            </button>
          </>
        )}
        <button
          type="button"
          onClick={() => fileInput.current?.click()}
          data-testid="open-snapshot"
        >
          {t('snapshot.open')}
        </button>
        <button
          type="button"
          onClick={() => void open(openSnapshotUrl(DEMO_SNAPSHOT_URL, 'demo.json'))}
          data-testid="open-demo-header"
        >
          {t('snapshot.demo')}
        </button>
        <SnapshotFileInput
          ref={fileInput}
          testId="snapshot-file-input"
          onFile={(file) => void open(openSnapshotFile(file))}
        />
        <ScreenMenu />
        <div className="lang-switch" role="group" aria-label={t('app.language')}>
          {LANGS.map((l) => (
            <button
              type="button"
              key={l}
              data-testid={`lang-${l}`}
              aria-pressed={l === lang}
              className={l === lang ? 'active' : ''}
              onClick={() => actions.setLang(l)}
            >
              {l === 'ja' ? '日本語' : 'English'}
            </button>
          ))}
        </div>
      </div>
      {error && (
        <p className="header-error" role="alert">
          {error}
        </p>
      )}
    </header>
  );
}
