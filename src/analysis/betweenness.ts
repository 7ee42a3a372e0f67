/**
 * Betweenness centrality (Freeman 1977) by Brandes' algorithm (2001) on typed arrays.
 *
 * Exact: one shortest-path sweep from every node. Sampled: the sweep runs from `k` pivots
 * drawn uniformly without replacement with a seeded generator, and the sum is scaled by
 * n / k — the estimator of Brandes & Pich (2007) and of networkx's
 * `betweenness_centrality(G, k=…)`, which scales the same way.
 *
 * Normalisation follows networkx for undirected graphs: the sweep counts every pair twice
 * (once from each end); normalised values divide by (n-1)(n-2), unnormalised ones by 2.
 * For n <= 2 normalised values are left as they are (all zero), as networkx does.
 *
 * Expected error of the sampled estimate. Write X_s = δ_s(v) / (n-2) ∈ [0, 1] for the
 * dependency of source s on v. The normalised betweenness is b(v) = n/(n-1) · mean_s X_s and
 * the estimate is b̂(v) = n/(n-1) · (mean of X over the k pivots), which is unbiased.
 * - Standard error: SE(b̂(v)) = n/(n-1) · σ_v · sqrt((1 - k/n) / k), σ_v the standard
 *   deviation of X_s over all sources (finite-population correction included); we estimate
 *   it from the pivots and return it per node (`stdError`). Since 0 <= X <= 1,
 *   σ_v² <= b(v), so SE <= sqrt(b(v) · (1 - k/n) / k) roughly: a node with b = 0.01 is
 *   estimated within about ±0.003 (one SE) with k = 1000.
 * - Worst case (Hoeffding, which also holds for sampling without replacement): with
 *   probability at least 1 - δ, |b̂(v) - b(v)| <= n/(n-1) · sqrt(ln(2/δ) / (2k)) for each
 *   node; for k = 1000 and δ = 0.05 that is 0.043 — loose, but free of assumptions.
 */
import type { CompactGraph } from './compact-graph';
import { createRng, sampleWithoutReplacement } from './seeded-random';
import {
  shortestPathSweep,
  type DistanceMode,
  type SweepOptions,
  type SweepResult,
} from './shortest-paths';
import { closenessFromSweep } from './closeness';
import { runTask, type Task } from './task';
import { AnalysisInputError } from './types';

export type BetweennessMode = 'exact' | 'sampled';

export interface BetweennessOptions {
  /** `hops` (default) or `inverse` (length = 1 / strength). */
  distance?: DistanceMode;
  mode?: BetweennessMode;
  /** Number of pivots for `sampled` (clamped to n). Default 500. */
  k?: number;
  /** Seed of the pivot choice for `sampled`. Default 1. */
  seed?: number;
  /** Normalise as networkx does (default true). */
  normalized?: boolean;
  /** Which breadth-first implementation to use (see `SweepOptions.kernel`). */
  kernel?: SweepOptions['kernel'];
}

export interface BetweennessResult {
  values: Float64Array;
  /** Estimated standard error per node (sampled mode only, k >= 2). */
  stdError: Float64Array | null;
  mode: BetweennessMode;
  /** Pivots used (n for exact). */
  k: number;
  seed: number | null;
  /** By-products of an exact sweep (null for sampled): networkx closeness and harmonic. */
  closeness: Float64Array | null;
  harmonic: Float64Array | null;
}

export const DEFAULT_SAMPLE_SIZE = 500;

/** The scale networkx applies (`_rescale`), without the n/k sampling factor. */
export function betweennessScale(n: number, normalized: boolean): number {
  if (normalized) return n <= 2 ? 1 : 1 / ((n - 1) * (n - 2));
  return 0.5;
}

/** What a betweenness computation sweeps: all sources, or seeded pivots. */
export interface BetweennessPlan {
  mode: BetweennessMode;
  normalized: boolean;
  seed: number | null;
  sweep: SweepOptions;
}

export function planBetweenness(n: number, options: BetweennessOptions = {}): BetweennessPlan {
  const mode = options.mode ?? 'exact';
  let sources: Int32Array | null = null;
  let seed: number | null = null;
  if (mode === 'sampled') {
    seed = options.seed ?? 1;
    const k = Math.max(1, Math.min(n, Math.floor(options.k ?? DEFAULT_SAMPLE_SIZE)));
    sources = sampleWithoutReplacement(n, k, createRng(seed));
  }
  return {
    mode,
    normalized: options.normalized ?? true,
    seed,
    sweep: {
      distance: options.distance ?? 'hops',
      sources,
      accumulate: true,
      trackSquares: mode === 'sampled',
      kernel: options.kernel ?? 'auto',
    },
  };
}

/** Scale the swept dependencies (in place) and derive the error / closeness by-products. */
export function finishBetweenness(
  n: number,
  plan: BetweennessPlan,
  sweep: SweepResult,
): BetweennessResult {
  const { mode, normalized, seed } = plan;
  const k = sweep.sourceCount;
  const base = betweennessScale(n, normalized);
  const scale = n <= 2 && normalized ? 1 : mode === 'sampled' && k > 0 ? (base * n) / k : base;
  const values = sweep.dependency!;
  for (let v = 0; v < n; v++) {
    values[v]! *= scale;
    if (!Number.isFinite(values[v]!)) {
      // σ is a float64, as in networkx and graphology: exact up to 2^53 paths, overflowing
      // past ~1.8e308 (e.g. a long chain of squares); refuse rather than return NaN.
      throw new AnalysisInputError(
        'betweenness: some pairs of actors are joined by more than 1e308 equally short ' +
          'paths, beyond what the computation can count',
      );
    }
  }

  let stdError: Float64Array | null = null;
  if (mode === 'sampled' && k >= 2) {
    stdError = new Float64Array(n);
    const squares = sweep.dependencySquares!;
    const fpc = 1 - k / n;
    const perSource = n <= 2 && normalized ? 1 : base;
    for (let v = 0; v < n; v++) {
      // values[v] / scale recovers Σ δ over the pivots.
      const sum = scale === 0 ? 0 : values[v]! / scale;
      const variance = Math.max(0, (squares[v]! - (sum * sum) / k) / (k - 1));
      stdError[v] = perSource * n * Math.sqrt((variance / k) * fpc);
    }
  }

  let closeness: Float64Array | null = null;
  let harmonic: Float64Array | null = null;
  if (mode === 'exact') ({ closeness, harmonic } = closenessFromSweep(n, sweep));
  return { values, stdError, mode, k, seed, closeness, harmonic };
}

export function* betweennessTask(
  g: CompactGraph,
  options: BetweennessOptions = {},
): Task<BetweennessResult> {
  const plan = planBetweenness(g.n, options);
  const sweep = yield* shortestPathSweep(g, plan.sweep);
  return finishBetweenness(g.n, plan, sweep);
}

/** Synchronous convenience wrapper. */
export function betweenness(g: CompactGraph, options: BetweennessOptions = {}): BetweennessResult {
  return runTask(betweennessTask(g, options));
}

/**
 * The Hoeffding half-width: with probability >= 1 - delta every single node's sampled
 * normalised betweenness is within this distance of the exact value.
 */
export function samplingErrorBound(n: number, k: number, delta = 0.05): number {
  if (k <= 0 || n <= 1) return Infinity;
  return (n / (n - 1)) * Math.sqrt(Math.log(2 / delta) / (2 * k));
}
