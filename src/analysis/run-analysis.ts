/**
 * One entry point that computes every measure of the registry (or a chosen subset) for a
 * network and returns the JSON document described in docs/analysis.md:
 * `{ nodes: { <id>: {...} }, edges: [{ source, target, ... }], graph: {...} }`.
 *
 * Used as is by the CLI and by the explorer's Web Worker. Long phases report progress and
 * check `signal` between BFS sources / blocks of nodes; pass `yieldControl` (e.g. a
 * zero-delay timeout) to let a worker receive messages while it computes.
 */
import { DEFAULT_SAMPLE_SIZE, type BetweennessMode } from './betweenness';
import { COMMUNITY_ALGORITHMS, type CommunityAlgorithm } from './communities';
import { compactFromGraph } from './compact-graph';
import { AnalysisContext, type ResolvedOptions } from './context';
import {
  MEASURES,
  measureParams,
  type MeasureOutput,
  type MeasureSpec,
  type OutputSpec,
} from './registry';
import type { DistanceMode } from './shortest-paths';
import { simplify, type NetworkInput } from './simplify';
import type { SweepRunner } from './parallel-sweep';
import { AnalysisAbortedError, type AbortSignalLike, type Task } from './task';
import {
  AnalysisInputError,
  type AnalysisProgress,
  type AnalysisResult,
  type EdgeMetrics,
  type GraphMetrics,
  type JsonValue,
  type NodeMetrics,
} from './types';

export interface AnalysisOptions {
  /** Edge attribute with tie strength; `null` or `'none'` for a binary network. Default `weight`. */
  weight?: string | null;
  /** Path lengths: `hops` (default) or `inverse` (1 / strength). */
  distance?: DistanceMode;
  /** Node attribute to group actors by (`sector`, `bureau`, `prefecture`, `cluster`, …) or `community`. */
  groups?: string | null;
  /** Seed for the community detection and, unless `betweenness.seed` is given, for the betweenness pivots. Default 1. */
  seed?: number;
  betweenness?: { mode?: BetweennessMode; k?: number; seed?: number };
  /** Community detection: `louvain` (default) or `leiden`. */
  communityAlgorithm?: CommunityAlgorithm;
  /** Resolution of the community detection (default 1). */
  resolution?: number;
  /** Ids of the measures to compute (default: all of the registry). */
  measures?: readonly string[];
  /** Per-measure parameter overrides, by measure id. */
  params?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  onProgress?: (progress: AnalysisProgress) => void;
  signal?: AbortSignalLike;
  yieldControl?: () => Promise<void>;
  /** Runs big shortest-path sweeps (betweenness, closeness) on other threads. */
  sweepRunner?: SweepRunner;
  /** Minimum sweep size, sources × (n + 2m), worth the threads (default 5e8). */
  parallelThreshold?: number;
}

export function resolveOptions(options: AnalysisOptions): ResolvedOptions {
  const weight =
    options.weight === undefined ? 'weight' : options.weight === 'none' ? null : options.weight;
  const distance = options.distance ?? 'hops';
  if (distance !== 'hops' && distance !== 'inverse') {
    throw new AnalysisInputError(`distance must be "hops" or "inverse", got "${String(distance)}"`);
  }
  if (distance === 'inverse' && weight === null) {
    throw new AnalysisInputError(
      'distance "inverse" needs tie strengths; it cannot be used with weight none',
    );
  }
  const seed = options.seed ?? 1;
  if (!Number.isFinite(seed)) throw new AnalysisInputError('seed must be a finite number');
  const mode = options.betweenness?.mode ?? 'exact';
  if (mode !== 'exact' && mode !== 'sampled') {
    throw new AnalysisInputError(
      `betweenness mode must be "exact" or "sampled", got "${String(mode)}"`,
    );
  }
  const k = options.betweenness?.k ?? DEFAULT_SAMPLE_SIZE;
  if (!Number.isInteger(k) || k < 1)
    throw new AnalysisInputError('betweenness k must be an integer >= 1');
  const measures = options.measures ?? MEASURES.map((m) => m.id);
  for (const id of measures) {
    if (!MEASURES.some((m) => m.id === id)) throw new AnalysisInputError(`unknown measure "${id}"`);
  }
  const resolution = options.resolution ?? 1;
  if (!(resolution > 0)) throw new AnalysisInputError('resolution must be > 0');
  const communityAlgorithm = options.communityAlgorithm ?? 'louvain';
  if (!COMMUNITY_ALGORITHMS.includes(communityAlgorithm)) {
    throw new AnalysisInputError(
      `community algorithm must be one of ${COMMUNITY_ALGORITHMS.join(', ')}, got "${String(communityAlgorithm)}"`,
    );
  }
  return {
    weight,
    distance,
    groups: options.groups ?? null,
    seed,
    betweenness: { mode, k, seed: options.betweenness?.seed ?? seed },
    communityAlgorithm,
    resolution,
    params: options.params ?? {},
    measures,
  };
}

export async function runAnalysis(
  input: NetworkInput,
  options: AnalysisOptions = {},
): Promise<AnalysisResult> {
  const resolved = resolveOptions(options);
  const { onProgress, signal, yieldControl } = options;
  const report = progressReporter(onProgress);
  if (signal?.aborted) throw new AnalysisAbortedError();

  report('prepare', 0, 0);
  const { graph: simple, stats } = simplify(input, { weight: resolved.weight });
  const g = compactFromGraph(simple);
  const ctx = new AnalysisContext(simple, g, resolved, {
    signal,
    yieldControl,
    sweepRunner: options.sweepRunner,
    parallelThreshold: options.parallelThreshold,
  });
  report('prepare', 1, 0);

  const specs = MEASURES.filter((m) => resolved.measures.includes(m.id)).filter((m) => {
    if (!m.needsGroups || resolved.groups !== null) return true;
    if (options.measures?.includes(m.id))
      ctx.warnings.push(`${m.id} needs a grouping (groups) and was skipped`);
    return false;
  });
  // Resolve the grouping first so that a bad attribute fails before the long phases.
  if (specs.some((s) => s.needsGroups)) ctx.grouping();

  const costs = specs.map((s) => Math.max(1, s.cost(ctx)));
  const totalCost = costs.reduce((a, b) => a + b, 0);
  let doneCost = 0;
  const outputs: [MeasureSpec, MeasureOutput][] = [];
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i]!;
    const cost = costs[i]!;
    const params = measureParams(spec, resolved.params[spec.id]);
    report(spec.id, 0, doneCost / totalCost);
    ctx.onTick = (t) => {
      const f = t.total > 0 ? t.done / t.total : 1;
      report(spec.id, f, (doneCost + f * cost) / totalCost);
    };
    const computed = spec.compute(ctx, params);
    const output = isTask(computed) ? await ctx.run(computed) : await computed;
    if (signal?.aborted) throw new AnalysisAbortedError();
    outputs.push([spec, output]);
    doneCost += cost;
    report(spec.id, 1, doneCost / totalCost);
  }

  const result = assemble(ctx, outputs, stats);
  report('done', 1, 1);
  return result;
}

function isTask(
  value: Task<MeasureOutput> | Promise<MeasureOutput> | MeasureOutput,
): value is Task<MeasureOutput> {
  return typeof (value as Task<MeasureOutput>).next === 'function';
}

function progressReporter(onProgress: AnalysisOptions['onProgress']) {
  let lastPhase = '';
  let lastFraction = -1;
  return (phase: string, phaseFraction: number, fraction: number) => {
    if (!onProgress) return;
    if (phase === lastPhase && fraction - lastFraction < 0.002 && phaseFraction < 1) return;
    lastPhase = phase;
    lastFraction = fraction;
    onProgress({ phase, phaseFraction, fraction: Math.min(1, fraction) });
  };
}

function toJson(spec: OutputSpec, value: unknown): JsonValue {
  switch (spec.type) {
    case 'number':
    case 'integer':
      return typeof value === 'number' && Number.isFinite(value) ? value + 0 : null;
    case 'boolean':
      return Boolean(value);
    case 'category':
      return typeof value === 'string' ? value : null;
    case 'json':
      return (value ?? null) as JsonValue;
  }
}

function assemble(
  ctx: AnalysisContext,
  outputs: [MeasureSpec, MeasureOutput][],
  stats: AnalysisResult['graph']['simplification'],
): AnalysisResult {
  const { g, options } = ctx;
  const nodeRows: NodeMetrics[] = Array.from({ length: g.n }, () => ({}));
  const edgeRows: EdgeMetrics[] = Array.from({ length: g.m }, () => ({
    source: '',
    target: '',
    strength: 0,
    ties: 0,
    kinds: [],
  }));
  let e = 0;
  ctx.simple.forEachEdge((_key, attrs, source, target) => {
    const row = edgeRows[e++]!;
    row.source = source;
    row.target = target;
    row.strength = attrs.strength;
    row.ties = attrs.ties;
    row.kinds = attrs.kinds;
  });

  const graph: GraphMetrics = {
    nodes: g.n,
    edges: g.m,
    settings: {
      weight: options.weight,
      distance: options.distance,
      groups: options.groups,
      seed: options.seed,
      communityAlgorithm: options.communityAlgorithm,
      resolution: options.resolution,
      betweenness:
        options.betweenness.mode === 'exact'
          ? { mode: 'exact', k: g.n, seed: null }
          : {
              mode: 'sampled',
              k: Math.min(g.n, options.betweenness.k),
              seed: options.betweenness.seed,
            },
      measures: outputs.map(([spec]) => spec.id),
    },
    simplification: stats,
    warnings: ctx.warnings,
  };

  for (const [spec, output] of outputs) {
    for (const o of spec.outputs) {
      if (o.scope === 'graph') {
        if (output.graph && o.key in output.graph) graph[o.key] = toJson(o, output.graph[o.key]);
        continue;
      }
      const column = o.scope === 'node' ? output.nodes?.[o.key] : output.edges?.[o.key];
      if (column === undefined) continue;
      const rows: Record<string, unknown>[] = o.scope === 'node' ? nodeRows : edgeRows;
      for (let i = 0; i < rows.length; i++) rows[i]![o.key] = toJson(o, column[i]);
    }
  }

  const nodes: Record<string, NodeMetrics> = {};
  for (let i = 0; i < g.n; i++) nodes[g.keys[i]!] = nodeRows[i]!;
  return { nodes, edges: edgeRows, graph };
}
