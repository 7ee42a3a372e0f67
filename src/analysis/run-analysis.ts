/**
 * Computes measures of the registry (all, or a chosen subset) for a network and returns the
 * JSON document described in docs/analysis.md:
 * `{ nodes: { <id>: {...} }, edges: [{ source, target, ... }], graph: {...} }`.
 *
 * `runAnalysis` is one run (the CLI). An `AnalysisSession` holds one network across many
 * requests (the explorer's Web Worker): it simplifies the graph once per weight attribute
 * and keeps one `AnalysisContext` per `contextKey`, so a later request reuses the
 * communities, paths and bridges an earlier one computed. Long phases report progress and
 * check `signal` between BFS sources / blocks of nodes; pass `yieldControl` (e.g. a
 * zero-delay timeout) to let a worker receive messages while it computes.
 */
import { DEFAULT_SAMPLE_SIZE, type BetweennessMode } from './betweenness';
import { COMMUNITY_ALGORITHMS, type CommunityAlgorithm } from './communities';
import { compactFromGraph, type CompactGraph } from './compact-graph';
import { AnalysisContext, contextKey, type ResolvedOptions } from './context';
import type { MeasureOutput, MeasureSpec, OutputSpec } from './measure-spec';
import type { ParamSpec, ParamValues } from './params';
import { MEASURE_LIST, measureParams } from './registry';
import type { DistanceMode } from './shortest-paths';
import { simplify, type NetworkInput, type SimplifiedNetwork } from './simplify';
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
  /**
   * Default grouping of the group-based measures (brokerage, E-I): a node attribute
   * (`sector`, `bureau`, `prefecture`, `cluster`, …) or `community`; their `groups`
   * parameter overrides it.
   */
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
  const measures = options.measures ?? MEASURE_LIST.map((m) => m.id);
  for (const id of measures) {
    if (!MEASURE_LIST.some((m) => m.id === id))
      throw new AnalysisInputError(`unknown measure "${id}"`);
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
  return new AnalysisSession(input).compute(options);
}

/** One network, analysed by as many requests as needed, sharing what they have in common. */
export class AnalysisSession {
  private readonly simplified = new Map<string | null, SimplifiedNetwork & { g: CompactGraph }>();
  private readonly contexts = new Map<string, AnalysisContext>();

  constructor(private readonly input: NetworkInput) {}

  /** The network simplified with one weight attribute (cached). */
  prepared(weight: string | null) {
    let p = this.simplified.get(weight);
    if (!p) {
      const s = simplify(this.input, { weight });
      p = { ...s, g: compactFromGraph(s.graph) };
      this.simplified.set(weight, p);
    }
    return p;
  }

  /** Node keys in the order of the compact graph (the same for every weight). */
  nodeKeys(): readonly string[] {
    return this.prepared(null).g.keys;
  }

  async compute(options: AnalysisOptions = {}): Promise<AnalysisResult> {
    const resolved = resolveOptions(options);
    const { onProgress, signal, yieldControl } = options;
    const report = progressReporter(onProgress);
    if (signal?.aborted) throw new AnalysisAbortedError();

    report('prepare', 0, 0);
    const { graph: simple, stats, g } = this.prepared(resolved.weight);
    const drive = {
      signal,
      yieldControl,
      sweepRunner: options.sweepRunner,
      parallelThreshold: options.parallelThreshold,
    };
    const key = contextKey(resolved);
    let ctx = this.contexts.get(key);
    if (ctx) ctx.begin(resolved, drive);
    else {
      ctx = new AnalysisContext(simple, g, resolved, drive);
      this.contexts.set(key, ctx);
    }
    report('prepare', 1, 0);

    const specs: [MeasureSpec, ParamValues<readonly ParamSpec[]>][] = [];
    for (const spec of MEASURE_LIST) {
      if (!resolved.measures.includes(spec.id)) continue;
      const given = { ...resolved.params[spec.id] };
      if (spec.params.some((p) => p.id === 'groups') && given.groups === undefined)
        given.groups = resolved.groups;
      const params = measureParams(spec, given);
      if (spec.needsGroups && params.groups === null) {
        if (options.measures?.includes(spec.id))
          ctx.warnings.push(`${spec.id} needs a grouping (groups) and was skipped`);
        continue;
      }
      specs.push([spec, params]);
    }
    // Resolve the groupings first so that a bad attribute fails before the long phases.
    for (const [spec, params] of specs) if (spec.needsGroups) ctx.grouping(params.groups as string);

    const costs = specs.map(([s]) => Math.max(1, s.cost(ctx)));
    const totalCost = costs.reduce((a, b) => a + b, 0);
    let doneCost = 0;
    const outputs: [MeasureSpec, MeasureOutput][] = [];
    const paramsUsed: Record<string, Record<string, JsonValue>> = {};
    for (let i = 0; i < specs.length; i++) {
      const [spec, params] = specs[i]!;
      paramsUsed[spec.id] = params as Record<string, JsonValue>;
      const cost = costs[i]!;
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

    const result = assemble(ctx, outputs, paramsUsed, stats);
    report('done', 1, 1);
    return result;
  }
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
  params: Record<string, Record<string, JsonValue>>,
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
      communities: { algorithm: 'louvain', seed: options.seed, resolution: options.resolution },
      params,
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
