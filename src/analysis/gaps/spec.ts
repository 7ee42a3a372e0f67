/**
 * The gap finder's rules: their ids (a fixed interface: JSON output, rules files, i18n keys)
 * and every threshold as a typed parameter (`ParamSpec`), so the explorer generates its
 * controls, a rules file is validated against the same list, and the report records the
 * values used. Defaults are documented here and in the README ("Finding gaps").
 */
import type { ParamSpec, ParamValues } from '../params';

export const GAP_RULE_IDS = [
  'sme-no-academic-tie',
  'academia-no-industry-tie',
  'no-finance-tie',
  'single-point-of-failure',
  'weak-bridge',
  'cluster-link',
  'isolated-member',
] as const;
export type GapRuleId = (typeof GAP_RULE_IDS)[number];

const param = (id: string) => `gaps.params.${id}`;

export const GAP_RULES = {
  'sme-no-academic-tie': [
    {
      // An SME with fewer academic ties than this is listed (1: no academic tie at all).
      id: 'minAcademicTies',
      labelKey: param('minAcademicTies'),
      type: 'number',
      default: 1,
      min: 1,
      integer: true,
    },
  ],
  'academia-no-industry-tie': [
    {
      // Fewer company ties than this (licensing ties not counted) and the actor is listed.
      id: 'minCompanyTies',
      labelKey: param('minCompanyTies'),
      type: 'number',
      default: 1,
      min: 1,
      integer: true,
    },
  ],
  'no-finance-tie': [
    {
      // Smaller prefectures, projects and communities are not judged (a lone actor is one).
      id: 'minGroupSize',
      labelKey: param('minGroupSize'),
      type: 'number',
      default: 3,
      min: 1,
      integer: true,
    },
    {
      // A prefecture, project or community with fewer ties to financial institutions.
      id: 'minFinanceTies',
      labelKey: param('minFinanceTies'),
      type: 'number',
      default: 1,
      min: 1,
      integer: true,
    },
    {
      // A financial institution with fewer ties to academia or to firms that work with it.
      id: 'minInnovationTies',
      labelKey: param('minInnovationTies'),
      type: 'number',
      default: 1,
      min: 1,
      integer: true,
    },
  ],
  'single-point-of-failure': [
    {
      // Articulation points cutting off fewer actors than this are not listed.
      id: 'minCutOff',
      labelKey: param('minCutOff'),
      type: 'number',
      default: 1,
      min: 1,
      integer: true,
    },
    {
      // How many of the highest-betweenness actors are tested for path lengthening.
      id: 'brokerCandidates',
      labelKey: param('brokerCandidates'),
      type: 'number',
      default: 10,
      min: 0,
      integer: true,
    },
    {
      // A broker is listed when removing it lengthens the mean path by at least this share.
      id: 'pathIncrease',
      labelKey: param('pathIncrease'),
      type: 'number',
      default: 0.05,
      min: 0,
    },
    {
      // Mean paths are exact up to this many actors per component, else from as many sources.
      id: 'pathSources',
      labelKey: param('pathSources'),
      type: 'number',
      default: 500,
      min: 10,
      integer: true,
    },
  ],
  'weak-bridge': [
    {
      // A group joined to the rest by at most this many ties is listed.
      id: 'maxTies',
      labelKey: param('maxBridgeTies'),
      type: 'number',
      default: 1,
      min: 1,
      integer: true,
    },
    {
      // Ties at or below this quantile of strength are weak (the registry's weak-ties measure).
      id: 'weakQuantile',
      labelKey: 'analysis.params.weakQuantile',
      type: 'number',
      default: 0.5,
      min: 0,
      max: 1,
    },
    {
      // Smaller groups (a lone actor is its own community) are left to isolated-member.
      id: 'minGroupSize',
      labelKey: param('minGroupSize'),
      type: 'number',
      default: 3,
      min: 1,
      integer: true,
    },
  ],
  'cluster-link': [
    {
      id: 'weighted',
      labelKey: 'analysis.params.eiWeighted',
      type: 'boolean',
      default: false,
    },
  ],
  'isolated-member': [
    {
      // Project members with at most this many ties (0: none at all).
      id: 'maxTies',
      labelKey: param('maxTies'),
      type: 'number',
      default: 0,
      min: 0,
      integer: true,
    },
  ],
} as const satisfies Record<GapRuleId, readonly ParamSpec[]>;

/** How introductions are scored and how many are listed. */
export const INTRODUCTION_PARAMS = [
  {
    // Per listed actor or group, the best introductions that would close its gap.
    id: 'perGap',
    labelKey: param('perGap'),
    type: 'number',
    default: 3,
    min: 0,
    integer: true,
  },
  {
    // Length of the network-wide ranked list.
    id: 'limit',
    labelKey: param('limit'),
    type: 'number',
    default: 100,
    min: 1,
    integer: true,
  },
  {
    // Weight of the Jaccard overlap of technology fields in the score.
    id: 'fieldWeight',
    labelKey: param('fieldWeight'),
    type: 'number',
    default: 0.5,
    min: 0,
  },
] as const satisfies readonly ParamSpec[];

export type RuleParams = { [R in GapRuleId]: ParamValues<(typeof GAP_RULES)[R]> };
export type IntroductionParams = ParamValues<typeof INTRODUCTION_PARAMS>;

/**
 * Share of manufacturers doing industry–academia collaboration by employees (domain brief,
 * seed 001): 21–50: 13.3 %, 51–100: 14.4 %, 101–300: 17.9 %, 301+: 31.5 %. The size classes
 * of the input are bands, not head counts; we read small as 21–100, medium as 101–300 and
 * large as 301+. Micro firms (≤ 20) have no survey figure.
 */
export const SURVEY_ACADEMIC_SHARE: Record<string, { band: string; share: number }[]> = {
  micro: [],
  small: [
    { band: '21–50', share: 0.133 },
    { band: '51–100', share: 0.144 },
  ],
  medium: [{ band: '101–300', share: 0.179 }],
  large: [{ band: '301+', share: 0.315 }],
};
