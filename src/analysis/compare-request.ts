/**
 * One comparison the explorer asks for, run on the network it holds: two year windows, two
 * groups (projects, prefectures, bureaus or communities), or every group of one kind side by
 * side. The same functions as `npm run compare` (windows by `filterByYears`, groups by
 * `groupsOf`, measures by `measureNetwork`), so the Compare view shows the CLI's numbers.
 *
 * Participation is not a tie here either: ties projected from shared projects are left out
 * first, as the CLI never sees them.
 */
import type { SerializedGraph } from 'graphology-types';
import { filterByYears, formatYearWindow, type YearWindow } from '../model/year-window';
import { tiesOnly } from './gaps/gap-network';
import {
  compareMeasured,
  measureNetwork,
  type CompareAnalysisOptions,
  type Comparison,
} from './compare';
import {
  compareGroups,
  groupsOf,
  subnetwork,
  type GroupBy,
  type GroupComparison,
} from './compare-groups';
import { AnalysisAbortedError } from './task';
import { AnalysisInputError } from './types';

export type CompareRequest =
  /** Two year windows of the network. */
  | { kind: 'periods'; a: YearWindow; b: YearWindow }
  /** Two groups of one kind, each the network its members form (optionally in a window). */
  | { kind: 'pair'; by: GroupBy; a: string; b: string; years: YearWindow | null }
  /** Every group of one kind side by side (optionally in a window). */
  | { kind: 'groups'; by: GroupBy; years: YearWindow | null };

export type PairOutcome = {
  kind: 'pair';
  comparison: Comparison;
  /** Tie ids in both sides (the comparison lists only those added and removed). */
  kept: string[];
};
export type CompareOutcome = PairOutcome | { kind: 'groups'; groups: GroupComparison };

export interface CompareRunOptions extends CompareAnalysisOptions {
  /** Fraction done, after each network measured. */
  onStep?: (fraction: number) => void;
}

/**
 * Between two networks measured: report progress, let a cancel message in (a small network
 * is measured without ever yielding) and stop if it came.
 */
async function step(fraction: number, options: CompareRunOptions): Promise<void> {
  options.onStep?.(fraction);
  await options.yieldControl?.();
  if (options.signal?.aborted) throw new AnalysisAbortedError();
}

async function comparePair(
  a: SerializedGraph,
  b: SerializedGraph,
  labels: { a: string; b: string },
  options: CompareRunOptions,
): Promise<PairOutcome> {
  const { onStep: _onStep, ...analysis } = options;
  const ma = await measureNetwork(a, analysis);
  await step(0.5, options);
  const mb = await measureNetwork(b, analysis);
  await step(1, options);
  const comparison = compareMeasured(ma, mb, labels);
  const kept = [...ma.ties].filter((t) => mb.ties.has(t)).sort();
  return { kind: 'pair', comparison, kept };
}

/** Runs a comparison request on a network (the view's network, as the CLI reads it). */
export async function runCompare(
  network: SerializedGraph,
  request: CompareRequest,
  options: CompareRunOptions = {},
): Promise<CompareOutcome> {
  const ties = tiesOnly(network);
  if (request.kind === 'periods') {
    const labels = { a: formatYearWindow(request.a), b: formatYearWindow(request.b) };
    const outcome = await comparePair(
      filterByYears(ties, request.a),
      filterByYears(ties, request.b),
      labels,
      options,
    );
    outcome.comparison.settings.kind = 'periods';
    return outcome;
  }
  const { onStep: _onStep, ...analysis } = options;
  const input = request.years ? filterByYears(ties, request.years) : ties;
  if (request.kind === 'groups') {
    const groups = await compareGroups(input, request.by, analysis, (done, total) =>
      step(done / total, options),
    );
    return { kind: 'groups', groups };
  }
  const groups = await groupsOf(input, request.by, analysis);
  const find = (id: string) => {
    const group = groups.find((g) => g.id === id);
    if (!group) throw new AnalysisInputError(`no ${request.by} "${id}" in this network`);
    return group;
  };
  const [ga, gb] = [find(request.a), find(request.b)];
  const outcome = await comparePair(
    subnetwork(input, ga.members),
    subnetwork(input, gb.members),
    { a: ga.label, b: gb.label },
    options,
  );
  outcome.comparison.settings.kind = 'pair';
  outcome.comparison.settings.by = request.by;
  outcome.comparison.settings.groups = [ga.id, gb.id];
  return outcome;
}
