/**
 * The domain vocabulary shared by the importer, the API, the explorer and the analysis.
 * Values are the stable codes used in input files, in Neo4j and in JSON; labels for people
 * live in the i18n resources, not here.
 */

export const ACTOR_KINDS = [
  'company',
  'university',
  'tlo',
  'financial_institution',
  'public_research_institute',
  'support_organisation',
  'government',
  'cluster_hub',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Neo4j label added beside `:Actor` for each kind, so Browser/Bloom users can style by label. */
export const ACTOR_KIND_LABEL: Record<ActorKind, string> = {
  company: 'Company',
  university: 'University',
  tlo: 'TLO',
  financial_institution: 'FinancialInstitution',
  public_research_institute: 'PublicResearchInstitute',
  support_organisation: 'SupportOrganisation',
  government: 'Government',
  cluster_hub: 'ClusterHub',
};

/** 産学官金: the four sectors cluster policy speaks of. */
export const SECTORS = ['industry', 'academia', 'government', 'finance'] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * Public research institutes (公設試, AIST) are counted with academia because in cluster
 * policy they play the knowledge-producing role; support and hub organisations are mostly
 * public or quasi-public foundations and count with government (官).
 */
export const SECTOR_OF_KIND: Record<ActorKind, Sector> = {
  company: 'industry',
  university: 'academia',
  tlo: 'academia',
  public_research_institute: 'academia',
  financial_institution: 'finance',
  support_organisation: 'government',
  government: 'government',
  cluster_hub: 'government',
};

/** Allowed `subtype` values per actor kind (empty = no subtype for that kind). */
export const ACTOR_SUBTYPES: Record<ActorKind, readonly string[]> = {
  company: [],
  university: ['national', 'public', 'private', 'kosen'],
  tlo: ['university_internal', 'external', 'approved'],
  financial_institution: [
    'city_bank',
    'regional_bank',
    'shinkin',
    'credit_coop',
    'government',
    'venture_capital',
    'other',
  ],
  public_research_institute: ['kosetsushi', 'aist', 'national_lab', 'other'],
  support_organisation: [
    'support_agency',
    'chamber_of_commerce',
    'incubator',
    'jetro',
    'smrj',
    'nedo',
    'jst',
    'other',
  ],
  government: ['ministry', 'regional_bureau', 'prefecture', 'municipality'],
  cluster_hub: ['industrial_hub', 'knowledge_core', 'other'],
};

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** The regional bureau blocks of METI (経済産業局), which organise the Industrial Cluster Plan. */
export const BUREAUS = [
  'hokkaido',
  'tohoku',
  'kanto',
  'chubu',
  'kinki',
  'chugoku',
  'shikoku',
  'kyushu',
  'okinawa',
] as const;
export type Bureau = (typeof BUREAUS)[number];

export const PROGRAMMES = [
  'industrial_cluster',
  'knowledge_cluster',
  'rd_consortium',
  'other',
] as const;
export type Programme = (typeof PROGRAMMES)[number];

export const PARTICIPATION_ROLES = [
  'lead',
  'core',
  'member',
  'coordinator',
  'funder',
  'supporter',
] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export const TIE_KINDS = [
  'joint_research',
  'contract_research',
  'licensing',
  'spin_off',
  'finance',
  'supply',
  'coordination',
  'resource_sharing',
] as const;
export type TieKind = (typeof TIE_KINDS)[number];

/**
 * Ties with a natural direction (source gives to target): licensor → licensee, parent →
 * spin-off, lender/investor → firm, supplier → customer, client → contractor. The others are
 * symmetric; analysis treats every tie as undirected.
 */
export const DIRECTED_TIE_KINDS: ReadonlySet<TieKind> = new Set([
  'contract_research',
  'licensing',
  'spin_off',
  'finance',
  'supply',
]);

export const VIEWS = ['industrial', 'knowledge', 'all'] as const;
export type View = (typeof VIEWS)[number];

/** Which ties and which (possibly isolated) actors make up each network view. */
export const VIEW_TIE_KINDS: Record<View, readonly TieKind[]> = {
  industrial: ['supply', 'finance', 'coordination', 'resource_sharing'],
  knowledge: ['joint_research', 'contract_research', 'licensing', 'spin_off'],
  all: TIE_KINDS,
};
export const VIEW_ACTOR_KINDS: Record<View, readonly ActorKind[]> = {
  industrial: [
    'company',
    'financial_institution',
    'support_organisation',
    'cluster_hub',
    'government',
  ],
  knowledge: ['university', 'tlo', 'public_research_institute'],
  all: ACTOR_KINDS,
};

/** The cluster programme(s) an actor takes part in, derived from its project participations. */
export const CLUSTER_MEMBERSHIPS = ['industrial', 'knowledge', 'both', 'none'] as const;
export type ClusterMembership = (typeof CLUSTER_MEMBERSHIPS)[number];

/** Projected actor–actor ties (shared projects) are drawn and filtered as one more tie kind. */
export const SHARED_PROJECT = 'shared_project';
export type EdgeKind = TieKind | typeof SHARED_PROJECT;
export const EDGE_KINDS: readonly EdgeKind[] = [...TIE_KINDS, SHARED_PROJECT];
