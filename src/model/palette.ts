/**
 * Colours, shared by the explorer's rendering and the research exports (GEXF, GraphML), so a
 * file opened in Gephi looks as it does here. Actor kinds use the Okabe–Ito colour-blind-safe
 * set, with its yellow and black
 * darkened so they read on a light canvas; the largest group (companies) gets the calmest blue.
 */
import type { ActorKind, ClusterMembership, EdgeKind, Sector } from './domain';

export const KIND_COLOURS: Record<ActorKind, string> = {
  company: '#0072B2',
  university: '#D55E00',
  tlo: '#CC79A7',
  financial_institution: '#E69F00',
  public_research_institute: '#009E73',
  support_organisation: '#56B4E9',
  government: '#6B6B6B',
  cluster_hub: '#A68F00',
};

export const SECTOR_COLOURS: Record<Sector, string> = {
  industry: '#0072B2',
  academia: '#D55E00',
  government: '#6B6B6B',
  finance: '#E69F00',
};

export const CLUSTER_COLOURS: Record<ClusterMembership, string> = {
  industrial: '#0072B2',
  knowledge: '#D55E00',
  both: '#7B3294',
  none: '#9E9E9E',
};

/** Paul Tol's "muted" scheme (colour-blind safe), for ties and regions. */
const TOL_MUTED = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
];

export const TIE_COLOURS: Record<EdgeKind, string> = {
  joint_research: '#CC6677',
  contract_research: '#882255',
  licensing: '#AA4499',
  spin_off: '#332288',
  finance: '#DDCC77',
  supply: '#88CCEE',
  coordination: '#44AA99',
  resource_sharing: '#117733',
  // Derived ties: neutral grey, so they never outshout the observed ones.
  shared_project: '#9A9A9A',
};

export const REGION_COLOURS = TOL_MUTED;

/** Company size classes, micro to large: ColorBrewer's sequential blues, light to dark. */
export const SIZE_CLASS_COLOURS: Record<string, string> = {
  micro: '#9ecae1',
  small: '#4292c6',
  medium: '#2171b5',
  large: '#08306b',
};

/** Communities: the 10 largest get distinct colours, the rest share grey. */
export const COMMUNITY_COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#A68F00',
  '#332288',
  '#882255',
  '#44AA99',
];
export const OTHER_COLOUR = '#B0B0B0';
/** Faded elements outside a hover / focus / path highlight. */
export const FADED_NODE = '#ECEEF1';
export const FADED_EDGE = '#EEEFF1';

/** '#rrggbb' → 'rgba(…)' with the given opacity (ties are drawn translucent to reduce clutter). */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}
