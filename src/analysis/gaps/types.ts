/**
 * The gap report: what `npm run gaps -- --format json` writes and what the explorer's worker
 * posts back. Other tools rely on `{settings, findings: [{rule, count, items}]}` with one
 * finding per rule id, and on the item keys `actor`, `cutOff`, `tie`, `source`, `target`
 * named below; everything else is an extension.
 */
import type { GapRuleId, IntroductionParams, RuleParams } from './spec';

/** An introduction that would close a gap: who should meet whom, and why. */
export interface Introduction {
  source: string;
  target: string;
  /** Adamic–Adar over shared partners + over shared projects + fieldWeight × field Jaccard. */
  score: number;
  /** Partners both are tied to (the people who can introduce them). */
  sharedPartners: string[];
  /** Projects both take part in. */
  sharedProjects: string[];
  sharedFields: string[];
  /** Hops between them now; null when no path joins them. */
  distance: number | null;
  /** The rules whose gap this introduction would close. */
  rules: GapRuleId[];
}

export interface ActorItem {
  actor: string;
  introductions: Introduction[];
}

export interface SmeItem extends ActorItem {
  sizeClass: string | null;
  prefecture: string | null;
  academicTies: number;
}

export interface AcademiaItem extends ActorItem {
  kind: string;
  /** Company ties other than licensing. */
  companyTies: number;
  licensingTies: number;
  reason: 'no-company-tie' | 'licensing-only' | 'below-threshold';
}

export type GroupScope = 'prefecture' | 'project' | 'community' | 'cluster';

export interface GroupRef {
  scope: GroupScope;
  /** Prefecture name, project id, community number (from 0) or cluster code. */
  group: string;
  members: number;
}

export interface FinanceGroupItem extends GroupRef {
  financeTies: number;
  introductions: Introduction[];
}

export interface FinanceActorRow {
  actor: string;
  companyTies: number;
  academicTies: number;
  /** Ties to companies that have a tie to academia. */
  innovatorTies: number;
}
export type FinanceActorItem = FinanceActorRow & {
  scope: 'financial-institution';
  introductions: Introduction[];
};

export interface CutOffItem extends ActorItem {
  /** Actors that lose every path to the largest remaining part of the component. */
  cutOff: string[];
  cutOffKinds: Record<string, number>;
  /** Parts the component falls into without the actor. */
  pieces: number;
}

export interface BrokerRow {
  actor: string;
  betweenness: number;
  meanDistanceBefore: number;
  meanDistanceAfter: number;
  /** (after − before) / before. */
  increase: number;
  /** Pairs measured (all, or from the sampled sources). */
  pairs: number;
}

export interface BridgeTie {
  /** Ids of the ties between the two actors (parallel ties merged into one link). */
  ties: string[];
  source: string;
  target: string;
  strength: number;
  weak: boolean;
}

export interface WeakBridgeItem extends GroupRef {
  reason: 'single-tie' | 'few-ties' | 'weak-only' | 'unconnected';
  links: BridgeTie[];
  /** Actors that carry the links (their ends, inside and outside the group). */
  carriers: string[];
  introductions: Introduction[];
}

export interface CrossingTieItem {
  tie: string;
  source: string;
  target: string;
  kind: string;
  strength: number;
  startYear: number | null;
  endYear: number | null;
}

export interface IsolatedItem extends ActorItem {
  kind: string;
  projects: string[];
  ties: number;
}

export interface EiSummary {
  external: number;
  internal: number;
  eiIndex: number | null;
}

interface FindingBase<R extends GapRuleId, I> {
  rule: R;
  count: number;
  items: I[];
  /** The values used for this rule. */
  params: RuleParams[R];
  /** Introductions that would close this rule's gaps, best first. */
  introductions: Introduction[];
}

/** Companies of one size class (large included, for the survey's 301+ figure) or prefecture (SMEs). */
export interface ShareRow {
  group: string;
  companies: number;
  withAcademicTie: number;
  share: number | null;
  /** National survey shares for the matching employee bands (size classes only). */
  survey?: { band: string; share: number }[];
}

export type SmeFinding = FindingBase<'sme-no-academic-tie', SmeItem> & {
  smes: number;
  bySizeClass: ShareRow[];
  byPrefecture: ShareRow[];
};
export type AcademiaFinding = FindingBase<'academia-no-industry-tie', AcademiaItem> & {
  academicActors: number;
};
export type FinanceFinding = FindingBase<'no-finance-tie', FinanceGroupItem | FinanceActorItem> & {
  financialInstitutions: FinanceActorRow[];
};
export type SpofFinding = FindingBase<'single-point-of-failure', CutOffItem> & {
  articulationPoints: number;
  brokers: BrokerRow[];
  /** Brokers tested and not listed (below the threshold), for the record. */
  brokersTested: number;
  /** Whether mean distances come from sampled sources (large components). */
  sampledSources: number | null;
};
export type WeakBridgeFinding = FindingBase<'weak-bridge', WeakBridgeItem> & {
  weakTieThreshold: number | null;
};
export type ClusterLinkFinding = FindingBase<'cluster-link', CrossingTieItem> & {
  industrialActors: number;
  knowledgeActors: number;
  /** Actors in both clusters: each is a link by itself. */
  bothClusters: string[];
  carriers: { actor: string; cluster: string; ties: number }[];
  eiIndex: EiSummary;
  byYear: ({ year: number } & EiSummary)[];
  /** Ties without years, left out of `byYear`. */
  undated: number;
};
export type IsolatedFinding = FindingBase<'isolated-member', IsolatedItem> & {
  projectMembers: number;
};

export type Finding =
  | SmeFinding
  | AcademiaFinding
  | FinanceFinding
  | SpofFinding
  | WeakBridgeFinding
  | ClusterLinkFinding
  | IsolatedFinding;

export type FindingOf<R extends GapRuleId> = Extract<Finding, { rule: R }>;

export interface GapSettings {
  view: string | null;
  weight: string | null;
  distance: string;
  seed: number;
  resolution: number;
  betweenness: { mode: string; k: number; seed: number | null };
  rules: RuleParams;
  introductions: IntroductionParams;
  [key: string]: unknown;
}

export interface GapReport {
  settings: GapSettings;
  network: { actors: number; ties: number; links: number; projects: number };
  findings: Finding[];
  /** The network-wide ranked list (pairs that close a gap, score > 0). */
  introductions: Introduction[];
  warnings: string[];
}
