/**
 * The derived-state chain: network → graph (+ projection) → shown subgraph (filters) →
 * measures → visual attributes and legend → highlight. Each step is a pure function,
 * memoised on its inputs, so a state change recomputes only the steps after it and nothing
 * is recomputed per frame.
 */
import type { SerializedNetwork } from '../model/graph-format';
import { applyOverlay } from '../render/analysis-overlay';
import { computeStyles, type Lang, type Styles } from '../render/styles';
import type { AnalysisResult } from '../analysis/types';
import { edgeLookup, edgesBetween } from './analysis-view';
import { buildBaseGraph, type ExplorerGraph } from './base-graph';
import { egoNetwork, shortestPath, type Highlight } from './focus';
import { memoLast } from './memo';
import { computeMeasures, type MeasureValues } from './measures';
import { positionOf } from './positions';
import { buildSearchIndex } from './search';
import type { AnalysisState, Overlay } from './store';
import { DEFAULT_COLOUR_MEASURE, type ViewState } from './view-state';
import { computeVisibility, type Visibility } from './visibility';

export const getGraph = memoLast((network: SerializedNetwork, projection: boolean) =>
  buildBaseGraph(network, projection, positionOf),
);
export const getVisibility = memoLast(computeVisibility);
export const getMeasures = memoLast(
  (graph: ExplorerGraph, v: Visibility, external: Record<string, MeasureValues> | null) =>
    computeMeasures(graph, v, external ?? {}),
);
export const getStyles = memoLast(computeStyles);
export const getSearchIndex = memoLast(buildSearchIndex);
export const getHighlight = memoLast(
  (
    graph: ExplorerGraph,
    v: Visibility,
    focus: ViewState['focus'],
    from: string | null,
    to: string | null,
  ): Highlight | null => {
    if (from && to) return shortestPath(graph, v, from, to) ?? emptyPath;
    return focus ? egoNetwork(graph, v, focus.node, focus.depth) : null;
  },
);
const getEdgeLookup = memoLast((result: AnalysisResult) => edgeLookup(result));
const getArticulation = memoLast(
  (result: AnalysisResult) =>
    new Set(
      Object.entries(result.nodes)
        .filter(([, m]) => m.articulationPoint)
        .map(([k]) => k),
    ),
);
const getOverlaid = memoLast(applyOverlay);
/** A tie picked in the weak-links list: both actors and every tie between them. */
export const getTieHighlight = memoLast(
  (graph: ExplorerGraph, source: string, target: string): Highlight => ({
    type: 'path',
    nodes: new Set([source, target].filter((k) => graph.hasNode(k))),
    edges: new Set(edgesBetween(graph, source, target)),
    order: [source, target],
  }),
);

/** What the analysis adds to the derived chain (from the store). */
export interface AnalysisInput {
  analysis: AnalysisState;
  overlay: Overlay;
  focusedTie: { source: string; target: string } | null;
}

/** No path between the two actors: fade everything so the user sees the answer is "none". */
const emptyPath: Highlight = { type: 'path', nodes: new Set(), edges: new Set(), order: [] };

export interface Derived {
  graph: ExplorerGraph;
  visibility: Visibility;
  measures: Record<string, MeasureValues>;
  styles: Styles;
  highlight: Highlight | null;
}

export function derive(
  network: SerializedNetwork,
  state: ViewState,
  lang: Lang,
  external: { graph: ExplorerGraph; values: Record<string, MeasureValues> } | null,
  analysisInput: AnalysisInput | null = null,
): Derived {
  const graph = getGraph(network, state.projection);
  const visibility = getVisibility(graph, state.filters);
  const measures = getMeasures(
    graph,
    visibility,
    external && external.graph === graph ? external.values : null,
  );
  const plain = getStyles(
    graph,
    visibility,
    state.colourBy,
    state.sizeBy,
    measures,
    lang,
    state.colourMeasure ?? DEFAULT_COLOUR_MEASURE,
  );
  const analysis =
    analysisInput?.analysis.graph === graph ? analysisInput.analysis.data?.result : undefined;
  const styles = analysis
    ? getOverlaid(
        plain,
        graph,
        visibility,
        getEdgeLookup(analysis),
        getArticulation(analysis),
        analysisInput!.overlay,
      )
    : plain;
  const tie = analysisInput?.focusedTie;
  const highlight = tie
    ? getTieHighlight(graph, tie.source, tie.target)
    : getHighlight(graph, visibility, state.focus, state.pathFrom, state.pathTo);
  return { graph, visibility, measures, styles, highlight };
}
