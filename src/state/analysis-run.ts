/**
 * The explorer's analysis job: everything runs in the analysis Web Worker. One full run of
 * the registry (grouped by sector for brokerage and E-I), then two small runs of brokerage
 * and E-I only, grouped by cluster membership and by Louvain community. Progress covers the
 * three runs; one AbortSignal cancels them all. Results are cached per graph object.
 */
import type { SerializedGraph } from 'graphology-types';
import type { AnalysisProgress } from '../analysis/types';
import type { Suggestion, SuggestOptions } from '../analysis/link-prediction';
import { createAnalysisClient, type AnalysisClient } from '../workers/analysis-client';
import { groupedFrom, type ExplorerAnalysis } from './analysis-view';
import type { ExplorerGraph } from './base-graph';

let client: AnalysisClient | null = null;
const getClient = () => (client ??= createAnalysisClient());

const cache = new WeakMap<ExplorerGraph, ExplorerAnalysis>();
export const cachedAnalysis = (graph: ExplorerGraph) => cache.get(graph) ?? null;

/** Tie strength is the weight of the weighted measures; path lengths count hops. */
const BASE = { weight: 'weight', distance: 'hops' as const, seed: 1 };

export async function runExplorerAnalysis(
  graph: ExplorerGraph,
  signal: AbortSignal,
  onProgress: (p: AnalysisProgress) => void,
): Promise<ExplorerAnalysis> {
  const hit = cache.get(graph);
  if (hit) return hit;
  const network = graph.export() as unknown as SerializedGraph;
  const c = getClient();
  const scaled = (from: number, to: number) => (p: AnalysisProgress) =>
    onProgress({ ...p, fraction: from + (to - from) * p.fraction });
  const result = await c.analyse(
    network,
    { ...BASE, groups: 'sector' },
    { signal, onProgress: scaled(0, 0.85) },
  );
  const cluster = await c.analyse(
    network,
    { ...BASE, groups: 'cluster', measures: ['brokerage', 'eiIndex'] },
    { signal, onProgress: scaled(0.85, 0.9) },
  );
  const community = await c.analyse(
    network,
    { ...BASE, groups: 'community', measures: ['brokerage', 'eiIndex'] },
    { signal, onProgress: scaled(0.9, 1) },
  );
  const analysis: ExplorerAnalysis = {
    result,
    grouped: {
      sector: groupedFrom(result),
      cluster: groupedFrom(cluster),
      community: groupedFrom(community),
    },
  };
  cache.set(graph, analysis);
  return analysis;
}

/** Link suggestions for one actor, in the worker (on the same graph as the analysis). */
export function suggestFor(
  graph: ExplorerGraph,
  actor: string,
  options: SuggestOptions,
  signal: AbortSignal,
): Promise<Suggestion[]> {
  return getClient().suggest(
    graph.export() as unknown as SerializedGraph,
    actor,
    { ...options, weight: 'weight' },
    { signal },
  );
}
