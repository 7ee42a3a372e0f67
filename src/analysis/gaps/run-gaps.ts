/**
 * The gap finder: runs the seven rules on a network and assembles the report (types.ts).
 * The measures the rules stand on — components, biconnectivity, communities, weak ties,
 * betweenness — are asked of an `AnalysisSession` through the registry, so the explorer's
 * worker answers from what it has already computed for the same settings (community 4 in
 * the gaps view is community 4 in the legend) and the CLI computes them the same way.
 */
import type { SerializedGraph } from 'graphology-types';
import type { AnalysisOptions } from '../run-analysis';
import { AnalysisSession, resolveOptions } from '../run-analysis';
import { AnalysisAbortedError } from '../task';
import type { AnalysisProgress } from '../types';
import { buildGapNetwork, tiesOnly } from './gap-network';
import { createIntroductionFinder, mergeIntroductions } from './introductions';
import { resolveGapParams, type GapRulesInput } from './rules-file';
import { academiaNoIndustryTie } from './rules/academia-no-industry-tie';
import { clusterLink } from './rules/cluster-link';
import { isolatedMember } from './rules/isolated-member';
import { noFinanceTie } from './rules/no-finance-tie';
import type { RuleContext } from './rules/rule-context';
import { singlePointOfFailure } from './rules/single-point-of-failure';
import { smeNoAcademicTie } from './rules/sme-no-academic-tie';
import { weakBridge } from './rules/weak-bridge';
import { GAP_RULE_IDS, type GapRuleId } from './spec';
import type { Finding, FindingOf, GapReport } from './types';

const RULES: { [R in GapRuleId]: (ctx: RuleContext<R>) => FindingOf<R> } = {
  'sme-no-academic-tie': smeNoAcademicTie,
  'academia-no-industry-tie': academiaNoIndustryTie,
  'no-finance-tie': noFinanceTie,
  'single-point-of-failure': singlePointOfFailure,
  'weak-bridge': weakBridge,
  'cluster-link': clusterLink,
  'isolated-member': isolatedMember,
};

/** The run-wide analysis options a report depends on (weight, paths, communities, betweenness). */
export type GapAnalysisOptions = Pick<
  AnalysisOptions,
  'weight' | 'distance' | 'seed' | 'resolution' | 'betweenness' | 'communityAlgorithm'
>;

export interface GapOptions {
  analysis?: GapAnalysisOptions;
  /** Rule thresholds and introduction settings (a rules file's content); defaults otherwise. */
  thresholds?: GapRulesInput;
  /** The view the network is (recorded in the settings). */
  view?: string | null;
  /**
   * A session already holding this network (the explorer's worker), so the measures it has
   * computed are reused. It must have been made from `tiesOnly(network)`.
   */
  session?: AnalysisSession;
  onProgress?: (progress: AnalysisProgress) => void;
  signal?: AnalysisOptions['signal'];
  yieldControl?: AnalysisOptions['yieldControl'];
  sweepRunner?: AnalysisOptions['sweepRunner'];
}

/** Share of the progress bar the measures take; the rules take the rest. */
const MEASURES_SHARE = 0.8;

export async function findGaps(
  input: SerializedGraph,
  options: GapOptions = {},
): Promise<GapReport> {
  const network = tiesOnly(input);
  const params = resolveGapParams(options.thresholds);
  const spof = params.rules['single-point-of-failure'];
  const measures = [
    'summary',
    'biconnectivity',
    'communities',
    'weakTies',
    ...(spof.brokerCandidates > 0 ? ['betweenness'] : []),
  ];
  const analysis = { ...options.analysis, measures };
  const resolved = resolveOptions(analysis);
  const session = options.session ?? new AnalysisSession(network);
  const report = options.onProgress ?? (() => {});
  const result = await session.compute({
    ...analysis,
    params: { weakTies: { quantile: params.rules['weak-bridge'].weakQuantile } },
    signal: options.signal,
    yieldControl: options.yieldControl,
    sweepRunner: options.sweepRunner,
    onProgress: (p) => report({ ...p, fraction: p.fraction * MEASURES_SHARE }),
  });

  const net = buildGapNetwork(network, session.prepared(resolved.weight), result);
  const introductions = createIntroductionFinder(net, params.introductions);
  const findings: Finding[] = [];
  for (const [i, id] of GAP_RULE_IDS.entries()) {
    if (options.signal?.aborted) throw new AnalysisAbortedError();
    report({
      phase: `gaps:${id}`,
      phaseFraction: 0,
      fraction: MEASURES_SHARE + ((1 - MEASURES_SHARE) * i) / GAP_RULE_IDS.length,
    });
    findings.push(runRule(id, net, params, introductions, resolved.seed));
    await options.yieldControl?.();
  }
  report({ phase: 'done', phaseFraction: 1, fraction: 1 });

  return {
    settings: {
      view: options.view ?? null,
      weight: resolved.weight,
      distance: resolved.distance,
      seed: resolved.seed,
      resolution: resolved.resolution,
      communityAlgorithm: resolved.communityAlgorithm,
      betweenness: result.graph.settings.betweenness,
      rules: params.rules,
      introductions: params.introductions,
    },
    network: {
      actors: net.g.n,
      ties: net.ties.length,
      links: net.g.m,
      projects: net.projects.size,
    },
    findings,
    introductions: mergeIntroductions(findings.map((f) => f.introductions)).slice(
      0,
      params.introductions.limit,
    ),
    warnings: result.graph.warnings,
  };
}

function runRule<R extends GapRuleId>(
  id: R,
  net: RuleContext<R>['net'],
  params: ReturnType<typeof resolveGapParams>,
  introductions: RuleContext<R>['introductions'],
  seed: number,
): Finding {
  const rule = RULES[id] as (ctx: RuleContext<R>) => FindingOf<R>;
  return rule({
    net,
    params: params.rules[id],
    introductions,
    introductionParams: params.introductions,
    seed,
  });
}
