/**
 * The shapes the analysis returns and accepts. The JSON result is what `npm run analyze`
 * writes and what the explorer's worker posts back; other tools rely on these keys.
 */
import type { BetweennessMode } from './betweenness';
import type { CommunityAlgorithm } from './communities';
import type { DistanceMode } from './shortest-paths';
import type { SimplifyStats } from './simplify';
import type { RegistryEdgeMetrics, RegistryGraphMetrics, RegistryNodeMetrics } from './registry';

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * One actor's values: every node output the registry declares (types derived from the
 * declarations in registry.ts), present when its measure was computed.
 */
export type NodeMetrics = RegistryNodeMetrics & { [key: string]: unknown };

/** One merged (undirected) edge of the simplified network, with every edge output. */
export type EdgeMetrics = RegistryEdgeMetrics & {
  source: string;
  target: string;
  /** Merged tie strength (sum over parallel ties; 1 with `weight: null`). */
  strength: number;
  /** Number of ties merged into this edge. */
  ties: number;
  kinds: string[];
  [key: string]: unknown;
};

export interface GroupSummary {
  label: string;
  size: number;
  external: number;
  internal: number;
  eiIndex: number | null;
}

export interface AnalysisSettings {
  weight: string | null;
  distance: DistanceMode;
  groups: string | null;
  seed: number;
  /** Community detection used (louvain | leiden) and its resolution. */
  communityAlgorithm: CommunityAlgorithm;
  resolution: number;
  betweenness: { mode: BetweennessMode; k: number; seed: number | null };
  measures: string[];
  /** Community detection as run (for colour, `community` grouping and modularity). */
  communities?: { algorithm: string; seed: number; resolution: number };
  /** Each computed measure's own parameters, defaults filled in. */
  params?: Record<string, Record<string, JsonValue>>;
  [key: string]: unknown;
}

/** Graph-level values: every graph output the registry declares, plus the run's record. */
export type GraphMetrics = RegistryGraphMetrics & {
  nodes: number;
  edges: number;
  settings: AnalysisSettings;
  simplification: SimplifyStats;
  warnings: string[];
  [key: string]: unknown;
};

export interface AnalysisResult {
  nodes: Record<string, NodeMetrics>;
  edges: EdgeMetrics[];
  graph: GraphMetrics;
}

export interface AnalysisProgress {
  /** Measure being computed, or `prepare`. */
  phase: string;
  /** Fraction of the current phase done, 0 … 1. */
  phaseFraction: number;
  /** Fraction of the whole run done, 0 … 1 (weighted by estimated cost). */
  fraction: number;
}

/** Raised for input the analysis cannot work with (unknown grouping attribute, …). */
export class AnalysisInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisInputError';
  }
}
