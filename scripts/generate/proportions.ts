/**
 * National figures the generator reproduces (domain brief; seed numbers in brackets) and the
 * assumptions it adds where the seeds give none (marked "assumption").
 */
import type { ActorKind, SizeClass } from '../../src/model/domain';

/** An organisation count of one kind and subtype, spread over the bureaus by company count. */
export interface KindCount {
  kind: ActorKind;
  subtype: string;
  count: number;
  what: string;
}

/**
 * Participants of the Industrial Cluster Plan other than companies and universities (000),
 * and the financial institutions of the support finance conference (003: 447 in 11 blocks).
 * Banks are split as in the Kanto bureau's 61 (000: 25 regional banks, 32 shinkin, 2 credit
 * co-ops, 2 government-affiliated); 20 venture capital firms are an assumption.
 */
export const NATIONAL_OTHERS: readonly KindCount[] = [
  { kind: 'public_research_institute', subtype: 'kosetsushi', count: 96, what: '公設試 (000)' },
  { kind: 'public_research_institute', subtype: 'aist', count: 8, what: 'AIST centres' },
  {
    kind: 'public_research_institute',
    subtype: 'national_lab',
    count: 46,
    what: '研究機関 54 (000) less the AIST centres',
  },
  {
    kind: 'support_organisation',
    subtype: 'support_agency',
    count: 404,
    what: '産業支援機関 (000)',
  },
  { kind: 'support_organisation', subtype: 'incubator', count: 79, what: 'BI施設 (000)' },
  {
    kind: 'support_organisation',
    subtype: 'chamber_of_commerce',
    count: 168,
    what: '商工会議所等 (000)',
  },
  { kind: 'tlo', subtype: 'approved', count: 22, what: 'TLOs (000)' },
  {
    kind: 'financial_institution',
    subtype: 'regional_bank',
    count: 176,
    what: '447 (003) less 20 VCs, split as Kanto 25/61',
  },
  { kind: 'financial_institution', subtype: 'shinkin', count: 223, what: 'as Kanto 32/61' },
  { kind: 'financial_institution', subtype: 'credit_coop', count: 14, what: 'as Kanto 2/61' },
  { kind: 'financial_institution', subtype: 'government', count: 14, what: 'as Kanto 2/61' },
  {
    kind: 'financial_institution',
    subtype: 'venture_capital',
    count: 20,
    what: 'assumption',
  },
];

/**
 * Distinct universities: the brief counts ~290 universities in the 17 projects but the table
 * sums to 419 memberships, so a university takes part in several projects of its bureau.
 * A bureau has max(largest project count, this share of its memberships) universities.
 */
export const DISTINCT_UNIVERSITY_SHARE = 0.6;

/** Subtypes of the non-flagship universities (assumption). */
export const UNIVERSITY_SUBTYPES: readonly [string, number][] = [
  ['national', 0.2],
  ['public', 0.15],
  ['private', 0.45],
  ['kosen', 0.2],
];

/**
 * Member companies by size class (assumption; the survey bands of 001 are 21–50 employees =
 * small, 51–300 = medium, 301+ = large; micro = up to 20).
 */
export const SIZE_SHARES: readonly [SizeClass, number][] = [
  ['micro', 0.3],
  ['small', 0.34],
  ['medium', 0.3],
  ['large', 0.06],
];

/**
 * Share of manufacturers collaborating with universities, by employees (001): 21–50: 13.3 %,
 * 51–100: 14.4 %, 101–300: 17.9 %, 301+: 31.5 %. Medium takes the mean of its two bands;
 * micro (not surveyed) is extrapolated (assumption). Spin-offs are outside the survey.
 */
export const UNIVERSITY_COLLABORATION: Record<SizeClass, number> = {
  micro: 0.1,
  small: 0.133,
  medium: 0.1615,
  large: 0.315,
};

/** Relative tie activity by size class (assumption): large firms are the customers and hubs. */
export const SIZE_ACTIVITY: Record<SizeClass, number> = {
  micro: 0.6,
  small: 1,
  medium: 1.6,
  large: 4,
};

/** Share of member companies with no tie at all (assumption: members in name only). */
export const INACTIVE_COMPANY_SHARE = 0.06;

/**
 * Ties per actor at every scale: 8.4 gives ≥ 100,000 ties for the ~12,400 actors of the
 * national data (issue 10). Supply ties fill what the other kinds leave.
 */
export const TIES_PER_ACTOR = 8.4;

/**
 * Where supply ties go (assumption): mostly inside a firm's community, some across the
 * project, few across projects of a bureau and very few across regions (004: collaboration
 * across regions is insufficient).
 */
export const SUPPLY_REACH = { community: 0.86, project: 0.09, bureau: 0.035, national: 0.015 };
