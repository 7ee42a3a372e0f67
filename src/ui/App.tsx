import { useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ANALYSIS_MEASURES, computeAnalysisMeasure } from '../state/analysis-measures';
import { computeCommunities } from '../state/community-client';
import { actions } from '../state/store';
import { ActorTable } from './ActorTable';
import { DatabaseStatus } from './DatabaseStatus';
import { DetailsPanel } from './DetailsPanel';
import { GraphCanvas } from './GraphCanvas';
import { Header } from './Header';
import { LeftPanel } from './LeftPanel';
import { StartScreen } from './StartScreen';
import { openSnapshotFile } from './snapshot-io';
import { useDerived, useExplorer } from './use-explorer';

export function App({ booting }: { booting: boolean }) {
  const { t } = useTranslation();
  const status = useExplorer((s) => s.status);
  const error = useExplorer((s) => s.error);
  const source = useExplorer((s) => s.source);
  const tableOpen = useExplorer((s) => s.tableOpen);
  const colourBy = useExplorer((s) => s.history.present.colourBy);
  const sizeBy = useExplorer((s) => s.history.present.sizeBy);
  const external = useExplorer((s) => s.external);
  const showRight = useExplorer((s) =>
    Boolean(s.history.present.selected || s.history.present.pathFrom || s.history.present.pathTo),
  );
  const derived = useDerived();
  const [dropError, setDropError] = useState<string | null>(null);
  const graph = derived?.graph;

  const has = (id: string) => external?.graph === graph && Boolean(external?.values[id]);

  // Communities are computed in a worker, once per graph, only when someone colours by them.
  const needCommunities = colourBy === 'community' && !has('community');
  useEffect(() => {
    if (!needCommunities || !graph) return;
    let cancelled = false;
    computeCommunities(graph).then(
      (values) => !cancelled && actions.setExternal(graph, 'community', values),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [needCommunities, graph]);

  // Analysis measures (betweenness, …) run in the analysis worker when chosen for size.
  const needAnalysis = sizeBy in ANALYSIS_MEASURES && !has(sizeBy);
  useEffect(() => {
    if (!needAnalysis || !graph) return;
    const controller = new AbortController();
    computeAnalysisMeasure(graph, sizeBy, controller.signal).then(
      (values) => actions.setExternal(graph, sizeBy, values),
      () => undefined,
    );
    return () => controller.abort();
  }, [needAnalysis, sizeBy, graph]);

  // Once the user has run the analysis, a new graph (another view, projection) is analysed
  // too, once; results are cached per graph.
  const analysisWanted = useExplorer((s) => s.analysis.wanted);
  const analysedGraph = useExplorer((s) => s.analysis.graph);
  useEffect(() => {
    if (analysisWanted && graph && analysedGraph !== graph) void actions.runAnalysis(graph);
  }, [analysisWanted, analysedGraph, graph]);

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

  return (
    <div className="app" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <Header />
      <DatabaseStatus />
      {dropError && (
        <p className="header-error" role="alert">
          {dropError}
        </p>
      )}
      <div className={`body${showRight && derived ? ' with-right' : ''}`}>
        {!source ? (
          <StartScreen checking={booting} />
        ) : derived ? (
          <>
            <LeftPanel derived={derived} />
            <main className="centre">
              <GraphCanvas derived={derived} />
              {tableOpen && <ActorTable derived={derived} />}
              <button
                type="button"
                className="table-toggle"
                data-testid="table-toggle"
                onClick={actions.toggleTable}
              >
                {t('table.open')}
              </button>
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
