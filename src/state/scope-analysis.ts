/**
 * Measures for what an export or the graph-level panel covers, through the one analysis
 * service: for the view's whole network, the results the store already holds plus a request
 * for the missing ones (which then land in the store too); for what is on screen after
 * filters, a year window or a focus, a request on that network of its own.
 */
import type { SerializedGraph } from 'graphology-types';
import { MEASURE_LIST } from '../analysis/registry';
import type { AnalysisResult } from '../analysis/types';
import { requestKey } from './analysis-requests';
import type { ScopeControls } from './analysis-service';
import type { Derived } from './derived';
import { mergeResults, showsWhole, type ExportScope } from './export-scope';
import { analysisService, explorerStore } from './store';

export const ALL_MEASURES: readonly string[] = MEASURE_LIST.map((m) => m.id);
/** What the graph-level panel shows: density and components, communities, paths and centralization. */
export const GRAPH_LEVEL_MEASURES: readonly string[] = ['summary', 'communities', 'graphLevel'];

/** The scope the measures are computed on: the view's network when nothing is left out. */
export const analysedWhole = (derived: Derived, scope: ExportScope) =>
  scope === 'whole' || showsWhole(derived);

export async function analyseScope(
  derived: Derived,
  scope: ExportScope,
  network: () => SerializedGraph,
  measures: readonly string[],
  controls: ScopeControls = {},
): Promise<AnalysisResult | null> {
  const { history, analysis: stored } = explorerStore.getState();
  const settings = history.present.analysis;
  const service = analysisService();
  if (!analysedWhole(derived, scope))
    return service.computeOn(derived.shown, network, measures, settings, controls);
  const have = stored.graph === derived.graph ? stored.results : {};
  const missing = measures.filter((m) => !(requestKey(m, settings) in have));
  const got = await service.request(derived.graph, missing, settings, controls);
  const all = { ...have, ...got };
  return mergeResults(measures.map((m) => all[requestKey(m, settings)]!).filter(Boolean));
}
