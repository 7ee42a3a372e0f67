/**
 * The analysis core: pure TypeScript (no DOM, no Node built-ins), shared by the explorer's
 * Web Worker and the `analyze` CLI. See docs/analysis.md.
 */
export { runAnalysis, resolveOptions, type AnalysisOptions } from './run-analysis';
export {
  MEASURES,
  MEASURE_IDS,
  measureById,
  measureParams,
  LINK_SUGGESTION_PARAMS,
  LINK_SUGGESTION_KINDS,
  type MeasureSpec,
  type OutputSpec,
  type OutputType,
  type MeasureOutput,
} from './registry';
export type { ParamSpec, ParamValues, NumberParam, BooleanParam, EnumParam } from './params';
export * from './types';
export { simplify, type SimplifiedNetwork, type SimpleGraph, type NetworkInput } from './simplify';
export {
  compactFromGraph,
  compactFromEdges,
  connectedComponents,
  type CompactGraph,
} from './compact-graph';
export {
  betweenness,
  betweennessTask,
  planBetweenness,
  finishBetweenness,
  samplingErrorBound,
  DEFAULT_SAMPLE_SIZE,
  type BetweennessOptions,
  type BetweennessResult,
  type BetweennessMode,
} from './betweenness';
export { closeness, closenessTask } from './closeness';
export {
  shortestPathSweep,
  mergeSweepResults,
  type DistanceMode,
  type SweepGraph,
  type SweepOptions,
  type SweepResult,
} from './shortest-paths';
export {
  createParallelSweepRunner,
  runSweepJob,
  splitSources,
  type SweepJob,
  type SweepRunner,
  type SweepWorkerHandle,
  type SweepWorkerReply,
} from './parallel-sweep';
export { eigenvectorCentrality } from './eigenvector';
export { pagerankCentrality } from './pagerank';
export {
  louvainCommunities,
  leidenCommunities,
  detectCommunities,
  modularity,
  COMMUNITY_ALGORITHMS,
  type CommunityAlgorithm,
} from './communities';
export { leiden, type LeidenOptions, type LeidenResult } from './leiden';
export { biconnectivity, biconnectedComponentNodes } from './bridges';
export { localBridges, localBridgesTask } from './local-bridges';
export { weakTies } from './weak-ties';
export { structuralHoles } from './structural-holes';
export { brokerage, BROKERAGE_ROLES, type BrokerageCounts, type BrokerageRole } from './brokerage';
export { eiIndex } from './ei-index';
export { groupingFromAttribute, groupingFromCommunities, type Grouping } from './groups';
export {
  suggestLinks,
  pairScores,
  LINK_SCORES,
  type LinkScore,
  type Suggestion,
  type SuggestOptions,
} from './link-prediction';
export { filterByView, tieInView } from './view-filter';
export { toCsv } from './export-csv';
export { createRng, sampleWithoutReplacement } from './seeded-random';
export {
  runTask,
  runTaskAsync,
  AnalysisAbortedError,
  type Task,
  type Tick,
  type AbortSignalLike,
} from './task';
