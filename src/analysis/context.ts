/**
 * Everything the measures share: the simplified graph, its compact form, the options, and
 * results more than one measure needs (the exact shortest-path sweep, biconnectivity,
 * communities, groupings), each computed at most once. A context lives as long as its
 * graph and the options those results depend on (see `contextKey`): the explorer's
 * analysis service asks it for one measure after another, and colour, brokerage and E-I by
 * community all read the one community detection it holds.
 */
import type { Attributes } from 'graphology-types';
import {
  finishBetweenness,
  planBetweenness,
  type BetweennessOptions,
  type BetweennessResult,
} from './betweenness';
import { biconnectivity, type BiconnectivityResult } from './bridges';
import {
  detectCommunities,
  disconnectedCommunityCount,
  type CommunityAlgorithm,
  type CommunityResult,
} from './communities';
import type { CompactGraph } from './compact-graph';
import { groupingFromAttribute, groupingFromCommunities, type Grouping } from './groups';
import { localBridgesTask, type LocalBridgeResult } from './local-bridges';
import type { BetweennessMode } from './betweenness';
import type { SweepRunner } from './parallel-sweep';
import {
  shortestPathSweep,
  type DistanceMode,
  type SweepOptions,
  type SweepResult,
} from './shortest-paths';
import type { SimpleGraph } from './simplify';
import { runTaskAsync, type AbortSignalLike, type Task, type Tick } from './task';
import { AnalysisInputError } from './types';

export interface ResolvedOptions {
  weight: string | null;
  distance: DistanceMode;
  /** The default grouping of the group-based measures (their `groups` parameter). */
  groups: string | null;
  seed: number;
  betweenness: { mode: BetweennessMode; k: number; seed: number };
  /** Community detection: Louvain or Leiden (one run shared by every measure that needs it). */
  communityAlgorithm: CommunityAlgorithm;
  /** Resolution of the community detection. */
  resolution: number;
  /** Per-measure parameter overrides, by measure id. */
  params: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Ids of the measures of this run. */
  measures: readonly string[];
}

/** How the run drives long computations: cancellation, yielding, threads. */
export interface Drive {
  signal?: AbortSignalLike;
  yieldControl?: () => Promise<void>;
  /** Runs shortest-path sweeps on other threads (used above `parallelThreshold`). */
  sweepRunner?: SweepRunner;
  /** Minimum sweep size (sources × (n + 2m)) worth sending to threads. */
  parallelThreshold?: number;
}

export class AnalysisContext {
  /** Receives the progress of the phase being computed (set by runAnalysis). */
  onTick: (tick: Tick) => void = () => {};
  private exactPathsResult: Promise<BetweennessResult> | null = null;
  private betweennessResults = new Map<string, Promise<BetweennessResult>>();
  /** Sweeps from every source, by distance: their reach and distance sums can be reused. */
  private fullSweeps = new Map<DistanceMode, Promise<SweepResult>>();
  private bic: BiconnectivityResult | null = null;
  private comm: CommunityResult | null = null;
  private splitCommunities: number | null = null;
  private local: LocalBridgeResult | null = null;
  private readonly groupings = new Map<string, Grouping>();
  warnings: string[] = [];

  constructor(
    readonly simple: SimpleGraph,
    readonly g: CompactGraph,
    /** Replaced per request by `begin` (only fields outside `contextKey` may change). */
    public options: ResolvedOptions,
    public drive: Drive = {},
  ) {}

  /** Starts a request on this context: its options (same `contextKey`), drive and warnings. */
  begin(options: ResolvedOptions, drive: Drive): void {
    if (contextKey(options) !== contextKey(this.options))
      throw new Error('AnalysisContext reused with options it was not built for');
    this.options = options;
    this.drive = drive;
    this.warnings = [];
  }

  /** Tie strength is in use (not a binary network). */
  get weighted(): boolean {
    return this.options.weight !== null;
  }

  attributesOf = (index: number): Attributes => this.simple.getNodeAttributes(this.g.keys[index]!);

  hasExactPaths(): boolean {
    return this.exactPathsResult !== null;
  }

  /** Drive a task with this run's progress, cancellation and yielding. */
  run<T>(task: Task<T>): Promise<T> {
    return runTaskAsync(task, {
      signal: this.drive.signal,
      yieldControl: this.drive.yieldControl,
      onTick: (tick) => this.onTick(tick),
    });
  }

  /** A shortest-path sweep, on other threads when it is big enough and a runner was given. */
  sweep(options: SweepOptions): Promise<SweepResult> {
    const { n, m } = this.g;
    const work = (options.sources?.length ?? n) * (n + 2 * m);
    const runner = this.drive.sweepRunner;
    const result =
      runner && work >= (this.drive.parallelThreshold ?? 5e8)
        ? runner(this.g, options, {
            signal: this.drive.signal,
            onProgress: (done, total) => this.onTick({ done, total }),
          })
        : this.run(shortestPathSweep(this.g, options));
    if (options.sources === null && !this.fullSweeps.has(options.distance)) {
      this.fullSweeps.set(options.distance, result);
    }
    return result;
  }

  /** Betweenness for these options, computed once per run (several measures read it). */
  betweenness(options: BetweennessOptions): Promise<BetweennessResult> {
    const key = JSON.stringify([
      options.mode ?? 'exact',
      options.k ?? null,
      options.seed ?? null,
      options.distance ?? 'hops',
      options.normalized ?? true,
    ]);
    let result = this.betweennessResults.get(key);
    if (!result) {
      const plan = planBetweenness(this.g.n, options);
      result = this.sweep(plan.sweep).then((sweep) => finishBetweenness(this.g.n, plan, sweep));
      this.betweennessResults.set(key, result);
    }
    return result;
  }

  /** Betweenness as the run's options ask for it (exact, or sampled with k and seed). */
  configuredBetweenness(): Promise<BetweennessResult> {
    const b = this.options.betweenness;
    return b.mode === 'exact'
      ? this.exactPaths()
      : this.betweenness({
          mode: 'sampled',
          k: b.k,
          seed: b.seed,
          distance: this.options.distance,
        });
  }

  /**
   * Reach and hop-distance sums from every source. Taken from a sweep this run already made
   * in hops (the exact betweenness sweep, or closeness's) instead of a second all-pairs BFS.
   */
  hopDistances(): Promise<Pick<SweepResult, 'reached' | 'distanceSum'>> {
    const done = this.fullSweeps.get('hops');
    if (done) return done;
    if (this.options.distance === 'hops' && this.options.betweenness.mode === 'exact') {
      return this.exactPaths().then(() => this.fullSweeps.get('hops')!);
    }
    return this.sweep({ distance: 'hops', sources: null, accumulate: false, trackSquares: false });
  }

  /** The exact Brandes sweep (betweenness, closeness and harmonic at once), cached. */
  exactPaths(): Promise<BetweennessResult> {
    this.exactPathsResult ??= this.betweenness({ mode: 'exact', distance: this.options.distance });
    return this.exactPathsResult;
  }

  /** Local bridges and spans, cached. */
  *localBridges(): Task<LocalBridgeResult> {
    this.local ??= yield* localBridgesTask(this.g, this.biconnectivity(), this.options.distance);
    return this.local;
  }

  biconnectivity(): BiconnectivityResult {
    this.bic ??= biconnectivity(this.g);
    return this.bic;
  }

  communities(): CommunityResult {
    this.comm ??= detectCommunities(this.simple, this.g, this.options.communityAlgorithm, {
      weighted: this.weighted,
      seed: this.options.seed,
      resolution: this.options.resolution,
    });
    this.splitCommunities ??= disconnectedCommunityCount(this.g, this.comm.community);
    if (this.splitCommunities > 0) {
      const warning = `${this.splitCommunities} community(ies) found by ${this.options.communityAlgorithm} are not connected; Leiden (--communities leiden) guarantees connected communities`;
      if (!this.warnings.includes(warning)) this.warnings.push(warning);
    }
    return this.comm;
  }

  /** A grouping for brokerage and E-I: a node attribute, or `community` (the detected one). */
  grouping(by: string): Grouping {
    let grouping = this.groupings.get(by);
    if (!grouping) {
      if (by === 'community') {
        const c = this.communities();
        grouping = groupingFromCommunities(c.community, c.count);
      } else {
        grouping = groupingFromAttribute(this.g.n, this.attributesOf, by);
        if (grouping.labels.length === 0 && this.g.n > 0) {
          throw new AnalysisInputError(`no actor has a value for the grouping attribute "${by}"`);
        }
      }
      this.groupings.set(by, grouping);
    }
    if (grouping.ungrouped > 0) {
      const warning = `${grouping.ungrouped} actor(s) have no "${by}" value and are left out of brokerage and E-I`;
      if (!this.warnings.includes(warning)) this.warnings.push(warning);
    }
    return grouping;
  }
}

/**
 * What the cached results of a context depend on: the simplified graph (weight), paths
 * (distance) and communities (algorithm, seed, resolution). Betweenness sampling is not
 * cached.
 */
export function contextKey(o: ResolvedOptions): string {
  return JSON.stringify([o.weight, o.distance, o.communityAlgorithm, o.seed, o.resolution]);
}
