import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { setCurrentView } from '../render/current-view';
import { LAYOUT_EDGE_LIMIT, SigmaView } from '../render/sigma-view';
import { needsLayout } from '../state/base-graph';
import type { Derived } from '../state/derived';
import { actions, explorerStore } from '../state/store';
import { Legend } from './Legend';
import { useExplorer } from './use-explorer';

/** The sigma canvas. React hands it new derived values; sigma and the layout do the rest. */
export function GraphCanvas({ derived }: { derived: Derived }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<SigmaView | null>(null);
  const selected = useExplorer((s) => s.history.present.selected);
  const labelDensity = useExplorer((s) => s.history.present.labelDensity);
  const labelSize = useExplorer((s) => s.history.present.labelSize);
  const layoutRunning = useExplorer((s) => s.layoutRunning);
  const { graph, visibility, styles, highlight, focusPositions } = derived;

  // Sigma lives as long as the canvas; later graphs are swapped in with setGraph.
  useEffect(() => {
    const created = new SigmaView(container.current!, graph, {
      onClickNode: (node) => actions.select(node),
      onClickStage: () => actions.select(null),
      onLayoutRunning: (running) => actions.setLayoutRunning(running),
    });
    view.current = created;
    setCurrentView(created);
    return () => {
      setCurrentView(null);
      created.kill();
      view.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- created once; graph changes below
  }, []);

  useEffect(() => {
    view.current?.setGraph(graph);
  }, [graph]);

  useEffect(() => {
    view.current?.applyStyles(graph, visibility, styles);
  }, [graph, visibility, styles]);

  // After the styles: sizes and the number of shown ties decide how the layout is drawn.
  useEffect(() => {
    if (needsLayout(graph)) view.current?.layout.settle();
  }, [graph]);

  useEffect(() => {
    view.current?.setHighlight(highlight, selected, focusPositions);
  }, [highlight, selected, focusPositions]);

  // A new path or focus (or its own layout) brings its actors into view.
  useEffect(() => {
    if (highlight && highlight.nodes.size > 0) view.current?.fitNodes(highlight.nodes);
  }, [highlight, focusPositions]);

  useEffect(() => {
    view.current?.setLabels(labelSize, labelDensity);
  }, [labelSize, labelDensity]);

  return (
    <div className="canvas-wrap">
      <div ref={container} className="sigma-container" data-testid="graph-canvas" />
      <div className="canvas-controls">
        <button
          type="button"
          data-testid="layout-toggle"
          className={layoutRunning ? 'primary' : ''}
          onClick={() =>
            layoutRunning ? view.current?.layout.stop() : view.current?.layout.start()
          }
        >
          {layoutRunning ? t('layout.stop') : t('layout.start')}
        </button>
        <button type="button" onClick={() => view.current?.fit()}>
          {t('layout.fit')}
        </button>
      </div>
      {layoutRunning && (
        <div className="layout-status">
          {t('layout.running')}
          {visibility.edges.size > LAYOUT_EDGE_LIMIT && <div>{t('layout.tiesHidden')}</div>}
        </div>
      )}
      <Legend legend={styles.legend} />
    </div>
  );
}

/** For tests and the console: is the layout idle? */
export const layoutIdle = () => !explorerStore.getState().layoutRunning;
