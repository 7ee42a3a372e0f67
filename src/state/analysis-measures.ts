/**
 * Measures from the analysis module (its Web Worker), offered under "size by". Each entry
 * names the registry measure to run and the node field to read. They are computed on the
 * view's whole graph (not the filtered one): betweenness and friends describe a position in
 * the network, which a display filter should not change.
 */
import type { SerializedGraph } from 'graphology-types';
import { createAnalysisClient, type AnalysisClient } from '../workers/analysis-client';
import type { ExplorerGraph } from './base-graph';
import { registerMeasure, type MeasureValues } from './measures';

export const ANALYSIS_MEASURES: Record<string, { measure: string; field: string }> = {
  weightedDegree: { measure: 'degree', field: 'weightedDegree' },
  betweenness: { measure: 'betweenness', field: 'betweenness' },
  closeness: { measure: 'closeness', field: 'closeness' },
  harmonic: { measure: 'closeness', field: 'harmonic' },
  eigenvector: { measure: 'eigenvector', field: 'eigenvector' },
  pagerank: { measure: 'pagerank', field: 'pagerank' },
  constraint: { measure: 'structuralHoles', field: 'constraint' },
  effectiveSize: { measure: 'structuralHoles', field: 'effectiveSize' },
};

for (const id of Object.keys(ANALYSIS_MEASURES)) registerMeasure({ id, type: 'numeric' });
/** 1 / 0 from the analysis (biconnectivity); shown in the table, not offered for size. */
registerMeasure({ id: 'articulationPoint', type: 'categorical' });

let client: AnalysisClient | null = null;

/** Runs one analysis measure in the worker; rejects with an AbortError when cancelled. */
export async function computeAnalysisMeasure(
  graph: ExplorerGraph,
  id: string,
  signal: AbortSignal,
): Promise<MeasureValues> {
  const spec = ANALYSIS_MEASURES[id];
  if (!spec) throw new Error(`unknown analysis measure ${id}`);
  client ??= createAnalysisClient();
  const result = await client.analyse(
    graph.export() as unknown as SerializedGraph,
    { measures: [spec.measure] },
    { signal },
  );
  const values: MeasureValues = new Map();
  for (const [key, metrics] of Object.entries(result.nodes)) {
    const value = metrics[spec.field];
    values.set(key, typeof value === 'number' && Number.isFinite(value) ? value : 0);
  }
  return values;
}
