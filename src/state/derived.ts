/**
 * The derived-state chain: network → graph (+ projection) → visible subgraph (filters) →
 * focus (ego network or path) → what is shown → current analysis results → node values →
 * styles and legend → analysis overlay. Each step is a pure function, memoised on its
 * inputs, so a state change recomputes only the steps after it and nothing is recomputed
 * per frame. The table, the stats line, the legend and exports all read `shown`, so a focus
 * restricts them as it restricts the canvas.
 */
import type { Lang } from '../model/display-name';
import type { SerializedNetwork } from '../model/graph-format';
import type { AnalysisResult } from '../analysis/types';
import { edgeLookup, edgesBetween } from './analysis-results';
import { buildBaseGraph, type ExplorerGraph } from './base-graph';
import { egoNetwork, shortestPath, type Highlight } from './focus';
import { focusLayout, type Positions } from './focus-layout';
import {
  currentResults,
  nodeValues,
  type CurrentResults,
  type MeasureValues,
} from './measure-values';
import { effectiveGrouping, graphSize, groupMembership, type GroupMembership } from './groups';
import { memoLast } from './memo';
import { applyOverlay } from './overlay';
import { positionsOf } from './positions';
import { buildSearchIndex } from './search';
import type { AnalysisState, Overlay } from './store';
import { computeStyles, type Styles } from './styles';
import type { ViewState } from './view-state';
import { computeVisibility, type Visibility } from './visibility';
import type { PairOutcome } from '../analysis/compare-request';
import { applyCompareStyles, compareDrawing } from './compare-drawing';

export const getGraph = memoLast((network: SerializedNetwork, projection: boolean) =>
  buildBaseGraph(network, projection, positionsOf(network.attributes.view)),
);
export const getVisibility = memoLast(computeVisibility);
export const getSearchIndex = memoLast(buildSearchIndex);
const getHighlight = memoLast(
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
/** A focus or a path restricts what is shown (and counted) to its actors and ties. */
const getShown = memoLast((v: Visibility, highlight: Highlight | null): Visibility => {
  if (!highlight) return v;
  const nodes = new Set([...highlight.nodes].filter((n) => v.nodes.has(n)));
  const edges = new Set([...highlight.edges].filter((e) => v.edges.has(e)));
  return { nodes, edges, isolated: 0 };
});
const getFocusLayout = memoLast(
  (graph: ExplorerGraph, highlight: Highlight | null, layout: boolean): Positions | null =>
    highlight && layout ? focusLayout(graph, highlight) : null,
);
const getCurrentResults = memoLast(currentResults);
const getNodeValues = memoLast(nodeValues);
const getStyles = memoLast(computeStyles);
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
const getGroups = memoLast(groupMembership);
const getCompareDrawing = memoLast(compareDrawing);
const getCompareStyles = memoLast(applyCompareStyles);
/** A tie picked in the weak-links list: both actors and every tie between them. */
const getTieHighlight = memoLast(
  (graph: ExplorerGraph, source: string, target: string): Highlight => ({
    type: 'path',
    nodes: new Set([source, target].filter((k) => graph.hasNode(k))),
    edges: new Set(edgesBetween(graph, source, target)),
    order: [source, target],
  }),
);

/** A finding picked in the Gaps view: its actors and every tie among them. */
const getFindingHighlight = memoLast(
  (graph: ExplorerGraph, finding: { nodes: string[]; actor: string }): Highlight => {
    const nodes = new Set(finding.nodes.filter((k) => graph.hasNode(k)));
    const edges = new Set<string>();
    for (const n of nodes)
      graph.forEachEdge(n, (key, _a, s, t) => {
        if (nodes.has(s) && nodes.has(t)) edges.add(key);
      });
    return { type: 'path', nodes, edges, order: [finding.actor] };
  },
);

/** What the analysis adds to the derived chain (from the store). */
export interface AnalysisInput {
  analysis: AnalysisState;
  overlay: Overlay;
  focusedTie: { source: string; target: string } | null;
  /** Actors of a gap finding (Gaps view), shown together; absent = none. */
  focusedFinding?: { nodes: string[]; actor: string } | null;
  /** Two sides compared (Compare view): drawn instead of the filtered network. */
  comparison?: PairOutcome | null;
}

/** No path between the two actors: fade everything so the user sees the answer is "none". */
const emptyPath: Highlight = { type: 'path', nodes: new Set(), edges: new Set(), order: [] };

export interface Derived {
  graph: ExplorerGraph;
  /** What the filters let through. */
  visibility: Visibility;
  /** What is shown: the visible actors, restricted to the focus or path when there is one. */
  shown: Visibility;
  /** Results valid under the view's analysis settings, by measure id. */
  results: CurrentResults;
  /** Node values of those results, by output key. */
  measures: Record<string, MeasureValues>;
  styles: Styles;
  highlight: Highlight | null;
  /** Own positions of a focus laid out on its own; null otherwise. */
  focusPositions: Positions | null;
  /** Actors drawn as groups (level of detail); null when not grouped or not yet known. */
  groups: GroupMembership | null;
}

export function derive(
  network: SerializedNetwork,
  state: ViewState,
  lang: Lang,
  analysisInput: AnalysisInput,
): Derived {
  const graph = getGraph(network, state.projection);
  const drawing = analysisInput.comparison
    ? getCompareDrawing(graph, analysisInput.comparison)
    : null;
  const visibility = drawing?.visibility ?? getVisibility(graph, state.filters);
  const highlight = getHighlight(graph, visibility, state.focus, state.pathFrom, state.pathTo);
  const shown = getShown(visibility, highlight);
  const grouping = effectiveGrouping(state.groups, graphSize(graph));
  const { analysis, overlay, focusedTie, focusedFinding } = analysisInput;
  const results = getCurrentResults(
    analysis.graph === graph ? analysis.results : NO_RESULTS,
    state.analysis,
  );
  const measures = getNodeValues(results);
  const plain = getStyles(
    graph,
    shown,
    state.colourBy,
    state.sizeBy,
    measures,
    lang,
    state.colourMeasure,
  );
  const bridges = results.biconnectivity ?? results.localBridges;
  const articulation = results.biconnectivity;
  const edgeSource = overlay.weakOnly ? results.localBridges : bridges;
  // A comparison colours the ties by side; bridge highlights would hide that, so it wins.
  const styles = drawing
    ? getCompareStyles(plain, drawing)
    : bridges || articulation
      ? getOverlaid(
          plain,
          graph,
          shown,
          edgeSource && results.biconnectivity ? getEdgeLookup(mergeEdges(results)) : null,
          articulation ? getArticulation(articulation) : null,
          overlay,
        )
      : plain;
  return {
    graph,
    visibility,
    shown,
    results,
    measures,
    styles,
    highlight: focusedTie
      ? getTieHighlight(graph, focusedTie.source, focusedTie.target)
      : focusedFinding
        ? getFindingHighlight(graph, focusedFinding)
        : highlight,
    focusPositions: getFocusLayout(graph, highlight, state.focus?.layout ?? false),
    groups: grouping ? getGroups(graph, shown, grouping, measures.community) : null,
  };
}

const NO_RESULTS: Record<string, AnalysisResult> = {};

/** Bridge flags (biconnectivity) and local-bridge spans (localBridges) on the same edges. */
const mergeEdges = memoLast((results: CurrentResults): AnalysisResult => {
  const base = results.biconnectivity!;
  const local = results.localBridges;
  if (!local || local === base) return base;
  return { ...base, edges: base.edges.map((e, i) => ({ ...local.edges[i]!, ...e })) };
});
