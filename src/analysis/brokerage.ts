/**
 * Gould–Fernandez brokerage roles (Gould & Fernandez 1989) for a grouping of actors.
 *
 * A brokerage opportunity of actor b is an open two-path a – b – c: a and c are both tied
 * to b but not to each other. Its role depends on the groups of a, b and c:
 *
 * | role                      | groups            |
 * |---------------------------|-------------------|
 * | coordinator               | a = b = c         |
 * | itinerant (consultant)    | a = c ≠ b         |
 * | representative            | a = b ≠ c  (a→b→c: b speaks for its group) |
 * | gatekeeper                | a ≠ b = c  (a→b→c: b lets outside in)      |
 * | liaison                   | a, b, c all differ |
 *
 * The original definition is for directed ties (a→b→c, no a→c). Our networks are analysed
 * as undirected, and we use this convention:
 * - every open two-path {a, c} around b counts ONCE (unordered ends);
 * - when b shares its group with exactly one end, the direction of flow is unknown, so the
 *   opportunity counts 0.5 as representative and 0.5 as gatekeeper.
 * Thus `total` (the sum of the five roles) is the number of open two-paths through b, and
 * every role count is exactly half the count that the directed definition (e.g. R's
 * sna::brokerage) gives on the symmetrised digraph, where each tie is two reciprocal arcs
 * and each open two-path is seen in both directions.
 *
 * Actors without a group are neither brokers nor ends: open two-paths involving them are
 * not counted, and their role counts are null.
 */
import type { CompactGraph } from './compact-graph';
import type { Grouping } from './groups';
import { runTask, type Task } from './task';

export const BROKERAGE_ROLES = [
  'coordinator',
  'itinerant',
  'representative',
  'gatekeeper',
  'liaison',
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

export type BrokerageCounts = Record<BrokerageRole | 'total', number>;

export interface BrokerageResult {
  /** Per node index; null for actors without a group. */
  roles: (BrokerageCounts | null)[];
  /** Sum over all actors. */
  totals: BrokerageCounts;
}

export function emptyBrokerage(): BrokerageCounts {
  return { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };
}

export function* brokerageTask(g: CompactGraph, grouping: Grouping): Task<BrokerageResult> {
  const { n, offsets, neighbors } = g;
  const group = grouping.group;
  const groupCount = grouping.labels.length;
  const countInGroup = new Float64Array(groupCount);
  const touched: number[] = [];
  const mark = new Int32Array(n).fill(-1);
  const roles: (BrokerageCounts | null)[] = new Array<BrokerageCounts | null>(n).fill(null);
  const totals = emptyBrokerage();

  for (let b = 0; b < n; b++) {
    const gb = group[b]!;
    if (gb < 0) continue;
    const start = offsets[b]!;
    const end = offsets[b + 1]!;
    // Count b's grouped alters per group.
    let grouped = 0;
    for (let j = start; j < end; j++) {
      const a = neighbors[j]!;
      const ga = group[a]!;
      if (ga < 0) continue;
      if (countInGroup[ga] === 0) touched.push(ga);
      countInGroup[ga]!++;
      grouped++;
      mark[a] = b;
    }
    // All pairs of grouped alters, by role.
    const same = countInGroup[gb]!;
    const other = grouped - same;
    let itinerant = 0;
    let otherSquares = 0;
    for (const h of touched) {
      if (h === gb) continue;
      const c = countInGroup[h]!;
      itinerant += (c * (c - 1)) / 2;
      otherSquares += c * c;
    }
    let coordinator = (same * (same - 1)) / 2;
    let mixed = same * other;
    let liaison = (other * other - otherSquares) / 2;
    // Remove the closed pairs (a, c adjacent): each found once, from its smaller end.
    for (let j = start; j < end; j++) {
      const a = neighbors[j]!;
      const ga = group[a]!;
      if (ga < 0) continue;
      for (let k = offsets[a]!, kEnd = offsets[a + 1]!; k < kEnd; k++) {
        const c = neighbors[k]!;
        if (c <= a || mark[c] !== b) continue;
        const gc = group[c]!;
        if (ga === gc) {
          if (ga === gb) coordinator--;
          else itinerant--;
        } else if (ga === gb || gc === gb) mixed--;
        else liaison--;
      }
    }
    for (const h of touched) countInGroup[h] = 0;
    touched.length = 0;

    // `+ 0` turns the -0 of 0 · (0 - 1) / 2 into 0.
    const counts: BrokerageCounts = {
      coordinator: coordinator + 0,
      itinerant: itinerant + 0,
      representative: mixed / 2 + 0,
      gatekeeper: mixed / 2 + 0,
      liaison: liaison + 0,
      total: coordinator + itinerant + mixed + liaison + 0,
    };
    roles[b] = counts;
    for (const key of Object.keys(totals) as (keyof BrokerageCounts)[]) totals[key] += counts[key];
    if ((b & 255) === 255) yield { done: b + 1, total: n };
  }
  return { roles, totals };
}

export function brokerage(g: CompactGraph, grouping: Grouping): BrokerageResult {
  return runTask(brokerageTask(g, grouping));
}
