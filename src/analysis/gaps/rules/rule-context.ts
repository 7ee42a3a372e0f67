/**
 * What a rule gets: the network, its own parameters, the introduction finder and how many
 * introductions to list per gap; and small helpers the rules share.
 */
import type { GapNetwork } from '../gap-network';
import { byRank, mergeIntroductions, type IntroductionFinder } from '../introductions';
import type { GapRuleId, IntroductionParams, RuleParams } from '../spec';
import type { Introduction } from '../types';

export interface RuleContext<R extends GapRuleId> {
  net: GapNetwork;
  params: RuleParams[R];
  introductions: IntroductionFinder;
  introductionParams: IntroductionParams;
  /** Seed of the run (sampled sources). */
  seed: number;
}

/** The best `limit` distinct introductions from any of `sources` to an accepted actor. */
export function bestForGroup(
  ctx: RuleContext<GapRuleId>,
  rule: GapRuleId,
  sources: Iterable<number>,
  accept: (v: number) => boolean,
  limit = ctx.introductionParams.perGap,
): Introduction[] {
  if (limit <= 0) return [];
  const lists: Introduction[][] = [];
  for (const u of sources) lists.push(ctx.introductions.best(u, accept, limit, rule));
  return mergeIntroductions(lists).slice(0, limit);
}

/** The introductions of a finding's items as one ranked list. */
export function findingIntroductions(items: readonly { introductions: Introduction[] }[]) {
  return mergeIntroductions(items.map((i) => i.introductions)).sort(byRank);
}

/** Count of values by key, keys sorted. */
export function tally(values: Iterable<string>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The string value of an attribute, or null when missing or empty. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
