/**
 * Everything the measures of one run share: the simplified graph, its compact form, the
 * resolved options, and results more than one measure needs (the exact shortest-path
 * sweep, biconnectivity, communities, the grouping), each computed at most once.
 */
import type { Attributes } from 'graphology-types';
import { betweennessTask, type BetweennessResult } from './betweenness';
import { biconnectivity, type BiconnectivityResult } from './bridges';
import { louvainCommunities, type CommunityResult } from './communities';
import type { CompactGraph } from './compact-graph';
import { groupingFromAttribute, groupingFromCommunities, type Grouping } from './groups';
import { localBridgesTask, type LocalBridgeResult } from './local-bridges';
import type { BetweennessMode } from './betweenness';
import type { DistanceMode } from './shortest-paths';
import type { SimpleGraph } from './simplify';
import type { Task } from './task';
import { AnalysisInputError } from './types';

export interface ResolvedOptions {
  weight: string | null;
  distance: DistanceMode;
  groups: string | null;
  seed: number;
  betweenness: { mode: BetweennessMode; k: number; seed: number };
  /** Louvain resolution. */
  resolution: number;
  /** Per-measure parameter overrides, by measure id. */
  params: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Ids of the measures of this run. */
  measures: readonly string[];
}

export class AnalysisContext {
  readonly warnings: string[] = [];
  private exactPathsResult: BetweennessResult | null = null;
  private bic: BiconnectivityResult | null = null;
  private comm: CommunityResult | null = null;
  private local: LocalBridgeResult | null = null;
  private groupingResult: Grouping | null | undefined = undefined;

  constructor(
    readonly simple: SimpleGraph,
    readonly g: CompactGraph,
    readonly options: ResolvedOptions,
  ) {}

  /** Tie strength is in use (not a binary network). */
  get weighted(): boolean {
    return this.options.weight !== null;
  }

  attributesOf = (index: number): Attributes => this.simple.getNodeAttributes(this.g.keys[index]!);

  hasExactPaths(): boolean {
    return this.exactPathsResult !== null;
  }

  /** The exact Brandes sweep (betweenness, closeness and harmonic at once), cached. */
  *exactPaths(): Task<BetweennessResult> {
    if (this.exactPathsResult === null) {
      this.exactPathsResult = yield* betweennessTask(this.g, {
        mode: 'exact',
        distance: this.options.distance,
      });
    }
    return this.exactPathsResult;
  }

  biconnectivity(): BiconnectivityResult {
    this.bic ??= biconnectivity(this.g);
    return this.bic;
  }

  /** Local bridges and spans, cached. */
  *localBridges(): Task<LocalBridgeResult> {
    this.local ??= yield* localBridgesTask(this.g, this.biconnectivity());
    return this.local;
  }

  communities(): CommunityResult {
    this.comm ??= louvainCommunities(this.simple, this.g, {
      weighted: this.weighted,
      seed: this.options.seed,
      resolution: this.options.resolution,
    });
    return this.comm;
  }

  /** The grouping for brokerage and E-I, or null when no `groups` option was given. */
  grouping(): Grouping | null {
    if (this.groupingResult !== undefined) return this.groupingResult;
    const by = this.options.groups;
    if (by === null) {
      this.groupingResult = null;
    } else if (by === 'community') {
      const c = this.communities();
      this.groupingResult = groupingFromCommunities(c.community, c.count);
    } else {
      const grouping = groupingFromAttribute(this.g.n, this.attributesOf, by);
      if (grouping.labels.length === 0 && this.g.n > 0) {
        throw new AnalysisInputError(`no actor has a value for the grouping attribute "${by}"`);
      }
      if (grouping.ungrouped > 0) {
        this.warnings.push(
          `${grouping.ungrouped} actor(s) have no "${by}" value and are left out of brokerage and E-I`,
        );
      }
      this.groupingResult = grouping;
    }
    return this.groupingResult;
  }
}
