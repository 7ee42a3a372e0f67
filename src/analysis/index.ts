/**
 * The analysis core: pure TypeScript (no DOM, no Node built-ins), shared by the explorer's
 * Web Worker and the `analyze` CLI. See docs/analysis.md.
 */
export { runAnalysis, resolveOptions, AnalysisSession, type AnalysisOptions } from './run-analysis';
export {
  MEASURES,
  MEASURE_LIST,
  GROUPINGS,
  measureById,
  measureParams,
  outputsOf,
  type MeasureId,
} from './registry';
export type { MeasureSpec, OutputSpec, OutputType, MeasureOutput, RunOption } from './measure-spec';
export {
  RUN_SETTINGS,
  DEFAULT_RUN_SETTINGS,
  optionsFromSettings,
  resolveSettings,
  type RunSettings,
} from './run-settings';
export type {
  ParamSpec,
  ParamValues,
  NumberParam,
  BooleanParam,
  EnumParam,
  AttributeParam,
} from './params';
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
  LINK_SUGGESTION_PARAMS,
  PARTNER_KINDS,
  type LinkScore,
  type Suggestion,
  type SuggestOptions,
} from './link-prediction';
export { filterByView, tieInView } from '../model/view-filter';
export { createRng, sampleWithoutReplacement } from './seeded-random';
export {
  runTask,
  runTaskAsync,
  AnalysisAbortedError,
  type Task,
  type Tick,
  type AbortSignalLike,
} from './task';
