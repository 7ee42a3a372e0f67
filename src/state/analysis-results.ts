/**
 * Pure transforms from analysis results (src/analysis, run on the view's whole graph in the
 * worker) to what the explorer shows: the "weak links" list, the edge lookup behind the
 * bridge highlight, the E-I summaries and brokerage rows. Nothing here computes a network
 * measure; it only reads results.
 */
import type { AnalysisResult, EdgeMetrics } from '../analysis/types';
import type { BrokerageCounts } from '../analysis/brokerage';
import type { ExplorerGraph } from './base-graph';

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
export function eiRows(result: AnalysisResult): { network: number | null; rows: EiRow[] } {
  return {
    network: result.graph.eiIndex ?? null,
    rows: (result.graph.groups ?? [])
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
