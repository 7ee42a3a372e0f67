import { useEffect, useState, type CSSProperties, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actions } from '../state/store';
import { ActorTable } from './ActorTable';
import { DatabaseStatus } from './DatabaseStatus';
import { DetailsPanel } from './DetailsPanel';
import { GapsPanel } from './gaps/GapsPanel';
import { ComparePanel } from './compare/ComparePanel';
import { GraphCanvas } from './GraphCanvas';
import { Header } from './Header';
import { Notices } from './Notices';
import { LeftPanel } from './LeftPanel';
import { Presentation } from './Presentation';
import { StoryPanel } from './StoryPanel';
import { TimeBar } from './TimeBar';
import { StartScreen } from './StartScreen';
import { openSnapshotFile } from './snapshot-io';
import { useDerived, useExplorer } from './use-explorer';

export function App({ booting }: { booting: boolean }) {
  const { t } = useTranslation();
  const status = useExplorer((s) => s.status);
  const error = useExplorer((s) => s.error);
  const source = useExplorer((s) => s.source);
  const tableOpen = useExplorer((s) => s.tableOpen);
  const gapsOpen = useExplorer((s) => s.gapsOpen);
  const compareOpen = useExplorer((s) => s.history.present.compare !== undefined);
  const showRight = useExplorer((s) =>
    Boolean(s.history.present.selected || s.history.present.pathFrom || s.history.present.pathTo),
  );
  const presenting = useExplorer((s) => s.presenting && s.story.steps.length > 0);
  const storyOpen = useExplorer((s) => s.storyOpen);
  const theme = useExplorer((s) => (presenting ? s.story.theme : s.screen.theme));
  const uiScale = useExplorer((s) => s.screen.uiScale);
  const leftOpen = useExplorer((s) => s.screen.leftPanel);
  const derived = useDerived();
  const [dropError, setDropError] = useState<string | null>(null);

  // Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y), except while typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      if ((e.target as HTMLElement).closest('input, select, textarea')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) actions.undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') actions.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file)
      openSnapshotFile(file).then(
        () => setDropError(null),
        (err: Error) => setDropError(t('snapshot.invalid', { message: err.message })),
      );
  };

  if (presenting && derived) {
    return (
      <div className="app presenting" data-theme={theme}>
        <main className="centre">
          <GraphCanvas derived={derived} />
          <Presentation derived={derived} />
        </main>
      </div>
    );
  }

  const bodyClass = [
    'body',
    showRight && derived ? 'with-right' : '',
    source && derived && !leftOpen ? 'left-closed' : '',
  ].join(' ');
  return (
    <div
      className="app"
      data-theme={theme}
      style={{ '--ui-scale': uiScale } as CSSProperties}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
    >
      <Header />
      <Notices />
      <DatabaseStatus />
      {dropError && (
        <p className="header-error" role="alert">
          {dropError}
        </p>
      )}
      <div className={bodyClass}>
        {!source ? (
          <StartScreen checking={booting} />
        ) : derived ? (
          <>
            {leftOpen && <LeftPanel derived={derived} />}
            <main className="centre">
              <GraphCanvas derived={derived} />
              <TimeBar derived={derived} />
              {storyOpen && <StoryPanel />}
              {gapsOpen && <GapsPanel derived={derived} />}
              {compareOpen && <ComparePanel derived={derived} />}
              {tableOpen && <ActorTable derived={derived} />}
            </main>
            {showRight && <DetailsPanel derived={derived} />}
          </>
        ) : null}
        {source && status === 'loading' && (
          <div className="overlay" data-testid="loading">
            {t('app.loading')}
          </div>
        )}
        {source && status === 'error' && (
          <div className="overlay error" role="alert">
            <p>{t('app.error', { message: error })}</p>
            <button type="button" onClick={() => void actions.reload()}>
              {t('app.retry')}
            </button>
            <button type="button" onClick={actions.close}>
              {t('app.close')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
