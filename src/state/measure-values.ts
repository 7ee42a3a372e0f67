/**
 * The analysis results that hold under the view's current settings, and their node values
 * as the styling, the legend, the table and the details panel read them. Pure and memoised
 * on identity by the derive chain.
 */
import type { AnalysisResult } from '../analysis/types';
import { MEASURE_LIST } from '../analysis/registry';
import { requestKey } from './analysis-requests';
import type { AnalysisViewSettings } from './view-state';

/** Numeric values of one node output, by actor (booleans as 1 / 0). */
export type MeasureValues = Map<string, number>;

/** Results by measure id, for the measures computed under these settings. */
export type CurrentResults = Record<string, AnalysisResult>;

export function currentResults(
  results: Record<string, AnalysisResult>,
  analysis: AnalysisViewSettings,
): CurrentResults {
  const out: CurrentResults = {};
  for (const spec of MEASURE_LIST) {
    const result = results[requestKey(spec.id, analysis)];
    if (result) out[spec.id] = result;
  }
  return out;
}

/** Every numeric or boolean node output of the current results, by output key. */
export function nodeValues(current: CurrentResults): Record<string, MeasureValues> {
  const out: Record<string, MeasureValues> = {};
  for (const [id, result] of Object.entries(current)) {
    const spec = MEASURE_LIST.find((m) => m.id === id)!;
    for (const o of spec.outputs) {
      if (o.scope !== 'node' || o.type === 'json' || o.type === 'category') continue;
      const values: MeasureValues = new Map();
      for (const [key, m] of Object.entries(result.nodes)) {
        const v = m[o.key];
        if (typeof v === 'number' && Number.isFinite(v)) values.set(key, v);
        else if (typeof v === 'boolean') values.set(key, v ? 1 : 0);
      }
      out[o.key] = values;
    }
  }
  return out;
}
