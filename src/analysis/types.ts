/**
 * The shapes the analysis returns and accepts. The JSON result is what `npm run analyze`
 * writes and what the explorer's worker posts back; other tools rely on these keys.
 */
import type { BrokerageCounts } from './brokerage';
import type { CommunityAlgorithm } from './communities';
import type { BetweennessMode } from './betweenness';
import type { DistanceMode } from './shortest-paths';
import type { SimplifyStats } from './simplify';

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface NodeMetrics {
  degree?: number;
  weightedDegree?: number;
  /** Normalised as networkx does (by (n-1)(n-2)). */
  betweenness?: number;
  /** Estimated standard error of a sampled betweenness (sampled mode only). */
  betweennessStdError?: number | null;
  /** networkx's default closeness (Wasserman–Faust corrected). */
  closeness?: number;
  harmonic?: number;
  eigenvector?: number;
  pagerank?: number;
  community?: number;
  component?: number;
  articulationPoint?: boolean;
  /** null for isolated actors. */
  constraint?: number | null;
  effectiveSize?: number | null;
  efficiency?: number | null;
  /** Given a grouping. */
  group?: string | null;
  brokerage?: BrokerageCounts | null;
  eiIndex?: number | null;
  [key: string]: unknown;
}

export interface EdgeMetrics {
  source: string;
  target: string;
  /** Merged tie strength (sum over parallel ties; 1 with `weight: null`). */
  strength: number;
  /** Number of ties merged into this edge. */
  ties: number;
  kinds: string[];
  bridge?: boolean;
  bicomponent?: number;
  localBridge?: boolean;
  /** Distance between the ends without this edge; null when infinite (a bridge). */
  span?: number | null;
  weak?: boolean;
  weakBridge?: boolean;
  [key: string]: unknown;
}

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
  [key: string]: unknown;
}

export interface GraphMetrics {
  nodes: number;
  edges: number;
  density?: number;
  components?: number;
  largestComponent?: number;
  modularity?: number | null;
  communities?: number;
  communitySizes?: number[];
  biconnectedComponents?: number;
  bridges?: number;
  articulationPoints?: number;
  localBridges?: number;
  weakTieThreshold?: number | null;
  weakBridges?: number;
  eiIndex?: number | null;
  groups?: GroupSummary[];
  brokerage?: BrokerageCounts;
  /** Hoeffding 95 % half-width of sampled betweenness (sampled mode only). */
  betweennessErrorBound?: number;
  settings: AnalysisSettings;
  simplification: SimplifyStats;
  warnings: string[];
  [key: string]: unknown;
}

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
