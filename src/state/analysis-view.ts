/**
 * Pure transforms from the analysis worker's result (src/analysis, run on the view's whole
 * graph) to what the explorer shows: node measures for size / colour / the table, the
 * "weak links" list, the edge lookup behind the bridge highlight, and the E-I summaries.
 * Nothing here computes a network measure; it only reads the result.
 */
import type { AnalysisResult, EdgeMetrics, GroupSummary, NodeMetrics } from '../analysis/types';
import type { BrokerageCounts } from '../analysis/brokerage';
import type { ExplorerGraph } from './base-graph';
import type { MeasureValues } from './measures';

/** The groupings the explorer offers for brokerage and E-I. */
export const GROUPINGS = ['sector', 'cluster', 'community'] as const;
export type GroupingId = (typeof GROUPINGS)[number];

/** What the brokerage / E-I runs give for one grouping. */
export interface GroupedResult {
  nodes: Record<
    string,
    { group: string | null; brokerage: BrokerageCounts | null; ei: number | null }
  >;
  eiIndex: number | null;
  groups: GroupSummary[];
  brokerage: BrokerageCounts | null;
}

/** One analysis of one graph: the full result plus brokerage / E-I per grouping. */
export interface ExplorerAnalysis {
  result: AnalysisResult;
  grouped: Record<GroupingId, GroupedResult>;
}

/**
 * Explorer measure id → analysis node field. Degree and strength stay local (computed on the
 * shown graph); these describe a position in the whole network of the view.
 */
export const ANALYSIS_FIELDS: Record<string, keyof NodeMetrics & string> = {
  weightedDegree: 'weightedDegree',
  betweenness: 'betweenness',
  closeness: 'closeness',
  harmonic: 'harmonic',
  eigenvector: 'eigenvector',
  pagerank: 'pagerank',
  constraint: 'constraint',
  effectiveSize: 'effectiveSize',
};

export function groupedFrom(result: AnalysisResult): GroupedResult {
  const nodes: GroupedResult['nodes'] = {};
  for (const [key, m] of Object.entries(result.nodes)) {
    nodes[key] = {
      group: m.group ?? null,
      brokerage: m.brokerage ?? null,
      ei: typeof m.eiIndex === 'number' ? m.eiIndex : null,
    };
  }
  return {
    nodes,
    eiIndex: result.graph.eiIndex ?? null,
    groups: result.graph.groups ?? [],
    brokerage: result.graph.brokerage ?? null,
  };
}

/** Node measures for size by / colour by / the table (missing or null values are left out). */
export function analysisMeasureValues(result: AnalysisResult): Record<string, MeasureValues> {
  const out: Record<string, MeasureValues> = {};
  for (const [id, field] of Object.entries(ANALYSIS_FIELDS)) {
    const values: MeasureValues = new Map();
    for (const [key, m] of Object.entries(result.nodes)) {
      const v = m[field];
      if (typeof v === 'number' && Number.isFinite(v)) values.set(key, v);
    }
    out[id] = values;
  }
  const community: MeasureValues = new Map();
  const articulation: MeasureValues = new Map();
  for (const [key, m] of Object.entries(result.nodes)) {
    if (typeof m.community === 'number') community.set(key, m.community);
    if (typeof m.articulationPoint === 'boolean')
      articulation.set(key, m.articulationPoint ? 1 : 0);
  }
  out.community = community;
  out.articulationPoint = articulation;
  return out;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The analysis' (merged, undirected) edge for each pair of actors. */
export function edgeLookup(result: AnalysisResult): Map<string, EdgeMetrics> {
  return new Map(result.edges.map((e) => [pairKey(e.source, e.target), e]));
}

export interface WeakLink {
  source: string;
  target: string;
  /** bridge: its removal splits the network; local: it makes its ends farther apart. */
  kind: 'bridge' | 'local';
  strength: number;
  /** Hops between the ends without this tie; null = infinite (a bridge). */
  span: number | null;
}

/**
 * Ties whose removal would split the network (bridges) or put their ends farther apart
 * (local bridges, span ≥ 3), strongest first, then longest span (∞ first).
 */
export function weakLinks(result: AnalysisResult): WeakLink[] {
  const out: WeakLink[] = [];
  for (const e of result.edges) {
    if (!e.bridge && !e.localBridge) continue;
    out.push({
      source: e.source,
      target: e.target,
      kind: e.bridge ? 'bridge' : 'local',
      strength: e.strength,
      span: e.bridge ? null : (e.span ?? null),
    });
  }
  const spanOf = (l: WeakLink) => l.span ?? Number.POSITIVE_INFINITY;
  return out.sort(
    (a, b) =>
      b.strength - a.strength ||
      spanOf(b) - spanOf(a) ||
      a.source.localeCompare(b.source) ||
      a.target.localeCompare(b.target),
  );
}

/** The explorer's edges (there may be several kinds per pair) between two actors. */
export function edgesBetween(graph: ExplorerGraph, a: string, b: string): string[] {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return [];
  return [...graph.edges(a, b), ...(a === b ? [] : graph.edges(b, a))].filter(
    (e, i, all) => all.indexOf(e) === i,
  );
}

/** Whole-network and per-group E-I, as rows for a small table. */
export interface EiRow {
  label: string;
  size: number;
  external: number;
  internal: number;
  ei: number | null;
}
export function eiRows(grouped: GroupedResult): { network: number | null; rows: EiRow[] } {
  return {
    network: grouped.eiIndex,
    rows: grouped.groups
      .map((g) => ({
        label: g.label,
        size: g.size,
        external: g.external,
        internal: g.internal,
        ei: g.eiIndex,
      }))
      .sort((a, b) => b.size - a.size || a.label.localeCompare(b.label)),
  };
}

/** Brokerage roles of one actor, largest first (zero counts kept, so the table is complete). */
export function brokerageRows(counts: BrokerageCounts | null): { role: string; count: number }[] {
  if (!counts) return [];
  return Object.entries(counts)
    .filter(([role]) => role !== 'total')
    .map(([role, count]) => ({ role, count: Number(count) }));
}

/** Actors tied to both `a` and `b` (any tie kind, either direction). */
export function sharedNeighbours(graph: ExplorerGraph, a: string, b: string): string[] {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return [];
  const theirs = new Set(graph.neighbors(b));
  return graph.neighbors(a).filter((n) => n !== a && n !== b && theirs.has(n));
}
