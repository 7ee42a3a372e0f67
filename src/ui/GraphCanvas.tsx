import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CANVAS_THEMES } from '../model/themes';
import { setCurrentView } from '../render/current-view';
import { LAYOUT_EDGE_LIMIT } from '../render/large-graph';
import { SigmaView } from '../render/sigma-view';
import { needsLayout } from '../state/base-graph';
import type { Derived } from '../state/derived';
import { actions, explorerStore } from '../state/store';
import { groupActions } from '../state/group-actions';
import { groupName as nameFromData, groupOfKey, NO_GROUP } from '../state/groups';
import { storyActions } from '../state/story-actions';
import { Legend } from './Legend';
import { CompareToggle } from './compare/CompareToggle';
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
  const presenting = useExplorer((s) => s.presenting);
  const gapsOpen = useExplorer((s) => s.gapsOpen);
  const transition = useExplorer((s) => s.transition);
  const cameraRequest = useExplorer((s) => s.cameraRequest);
  const theme = useExplorer((s) => (s.presenting ? s.story.theme : s.screen.theme));
  // Labels grow with a presentation's enlargement, else with the screen's UI scale.
  const labelScale = useExplorer((s) => (s.presenting ? s.story.labelScale : s.screen.uiScale));
  const { graph, visibility, styles, highlight, focusPositions, groups } = derived;
  const lang = useExplorer((s) => s.lang);
  const groupBy = groups?.by;
  // With nothing grouped, the names asked for are the regions' of a map laid out by project.
  const groupName = useCallback(
    (group: string) =>
      nameFromData(graph, groupBy ?? 'project', group, lang) ??
      (group === NO_GROUP ? t('groups.noGroup') : t('groups.community', { n: Number(group) + 1 })),
    [graph, groupBy, lang, t],
  );
  const drawnTransition = useRef(transition);

  // Sigma lives as long as the canvas; later graphs are swapped in with setGraph.
  useEffect(() => {
    const created = new SigmaView(container.current!, {
      onClickNode: (node) => {
        const group = groupOfKey(node);
        if (group === null) actions.select(node);
        else groupActions.openGroup(group);
      },
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
  }, []);

  // One pass per state: graph, styles, highlight; a story step (or anything while presenting)
  // is drawn as a transition from what was on screen.
  useEffect(() => {
    const animate = presenting || drawnTransition.current !== transition;
    drawnTransition.current = transition;
    view.current?.show(
      { graph, visibility, styles, highlight, selected, focusPositions, groups, groupName },
      animate,
    );
  }, [
    graph,
    visibility,
    styles,
    highlight,
    selected,
    focusPositions,
    groups,
    groupName,
    presenting,
    transition,
  ]);

  // After the styles: sizes and the number of shown ties decide how the layout is drawn.
  useEffect(() => {
    if (needsLayout(graph)) view.current?.layout.settle();
  }, [graph]);

  // A new path or focus (or its own layout) brings its actors into view, unless a story step
  // brings its own camera.
  useEffect(() => {
    if (explorerStore.getState().cameraRequest) return;
    if (highlight && highlight.nodes.size > 0) view.current?.fitNodes(highlight.nodes);
  }, [highlight, focusPositions]);

  // A step's camera, once its picture is drawn: its network loaded and laid out.
  useEffect(() => {
    if (!cameraRequest || layoutRunning) return;
    if (graph.getAttribute('view') !== cameraRequest.view.view) return;
    view.current?.moveCamera(cameraRequest.camera, true);
    storyActions.cameraDone();
  }, [cameraRequest, layoutRunning, graph]);

  useEffect(() => {
    view.current?.setLabels(Math.round(labelSize * labelScale), labelDensity);
  }, [labelSize, labelScale, labelDensity]);

  useEffect(() => {
    view.current?.setTheme(CANVAS_THEMES[theme]);
  }, [theme]);

  return (
    <div className="canvas-wrap">
      <div ref={container} className="sigma-container" data-testid="graph-canvas" />
      {!presenting && (
        <div className="canvas-controls" data-label-obstacle>
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
      )}
      {layoutRunning && (
        <div className="layout-status" data-label-obstacle>
          {t('layout.running')}
          {visibility.edges.size > LAYOUT_EDGE_LIMIT && <div>{t('layout.tiesHidden')}</div>}
        </div>
      )}
      <Legend legend={styles.legend} />
      {!presenting && (
        <button
          type="button"
          className={gapsOpen ? 'gaps-toggle primary' : 'gaps-toggle'}
          data-testid="gaps-toggle"
          data-label-obstacle
          aria-pressed={gapsOpen}
          onClick={actions.toggleGaps}
        >
          {t('gaps.open')}
        </button>
      )}
      {!presenting && <CompareToggle />}
      {!presenting && (
        <button
          type="button"
          className="table-toggle"
          data-testid="table-toggle"
          data-label-obstacle
          onClick={actions.toggleTable}
        >
          {t('table.open')}
        </button>
      )}
    </div>
  );
}

/** For tests and the console: is the layout idle? */
export const layoutIdle = () => !explorerStore.getState().layoutRunning;
