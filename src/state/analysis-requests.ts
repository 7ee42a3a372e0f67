/**
 * What the explorer needs computed, as pure functions of the view state: the measures a
 * colour, a size, a highlight or the "run everything" choice depend on, and the key under
 * which one measure's result is valid (its id, the run-wide options it `uses`, its
 * parameters). A result stays valid while its key is unchanged, so changing the PageRank
 * alpha recomputes PageRank only.
 */
import { MEASURE_LIST, measureById, measureParams } from '../analysis/registry';
import type { MeasureSpec } from '../analysis/measure-spec';
import { optionsFromSettings } from '../analysis/run-settings';
import type { WorkerAnalysisOptions } from '../workers/analysis-protocol';
import { measureOfOutput } from './measure-catalogue';
import type { AnalysisViewSettings, ViewState } from './view-state';

/** Display choices outside the undoable view state that need a measure. */
export interface AnalysisDemand {
  /** Every measure of the registry ("Run analysis"). */
  all: boolean;
  bridges: boolean;
  articulation: boolean;
  weakLinks: boolean;
}

export function neededMeasures(state: ViewState, demand: AnalysisDemand): string[] {
  if (demand.all) return MEASURE_LIST.map((m) => m.id);
  const needed = new Set<string>();
  const add = (id: string | undefined) => id && needed.add(id);
  add(measureOfOutput(state.sizeBy)?.id);
  if (state.colourBy === 'measure') add(measureOfOutput(state.colourMeasure)?.id);
  if (
    state.colourBy === 'community' ||
    (state.groups !== 'none' && state.groups?.by === 'community')
  )
    add('communities');
  // The Compare view offers the communities as groups to pick.
  if (state.compare?.mode === 'pair' && state.compare.by === 'community') add('communities');
  if (demand.bridges || demand.articulation) add('biconnectivity');
  if (demand.weakLinks) {
    add('biconnectivity');
    add('localBridges');
  }
  return MEASURE_LIST.filter((m) => needed.has(m.id)).map((m) => m.id);
}

/** The measure's parameters as the view state sets them, defaults filled in. */
export function paramsFor(spec: MeasureSpec, analysis: AnalysisViewSettings) {
  return measureParams(spec, analysis.params[spec.id]);
}

export function requestKey(measure: string, analysis: AnalysisViewSettings): string {
  const spec = measureById(measure);
  if (!spec) throw new Error(`unknown measure ${measure}`);
  const used = spec.uses.map((u) => [u, analysis.settings[u]]);
  return JSON.stringify([spec.id, used, paramsFor(spec, analysis)]);
}

/** The worker options that compute these measures under the view's settings. */
export function workerOptions(
  measures: readonly string[],
  analysis: AnalysisViewSettings,
): WorkerAnalysisOptions {
  const params: Record<string, Record<string, unknown>> = {};
  for (const id of measures) params[id] = paramsFor(measureById(id)!, analysis);
  return { ...optionsFromSettings(analysis.settings), measures, params };
}
