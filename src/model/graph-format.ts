/**
 * The network as it travels from the API (and in snapshot files) to the explorer and the
 * analysis: graphology's serialised JSON (`graph.export()`), with these attributes.
 * Node keys are actor ids, edge keys are tie ids.
 */
import type {
  ActorKind,
  ClusterMembership,
  ParticipationRole,
  Programme,
  Sector,
  TieKind,
  View,
} from './domain';

export interface ActorAttributes {
  kind: ActorKind;
  sector: Sector;
  /** Name as written (usually Japanese). */
  name: string;
  nameEn: string | null;
  prefecture: string | null;
  bureau: string | null;
  fields: string[];
  subtype: string | null;
  sizeClass: string | null;
  sme: boolean | null;
  spinOff: boolean | null;
  corporateNumber: string | null;
  /** Programmes of the projects the actor takes part in. */
  programmes: Programme[];
  cluster: ClusterMembership;
  participations: ParticipationEntry[];
  synthetic: boolean;
  [extra: string]: unknown;
}

/**
 * One project an actor takes part in. The years are the participation's own (null when the
 * input gave none; absent in networks saved before they were served): year windows fall
 * back to the project's years (`NetworkAttributes.projects`).
 */
export interface ParticipationEntry {
  project: string;
  role: ParticipationRole;
  startYear?: number | null;
  endYear?: number | null;
}

export interface TieAttributes {
  kind: TieKind;
  /** Tie strength (count of joint projects, amount band, …); always > 0. */
  strength: number;
  /** Same as strength: graphology's conventional attribute name. */
  weight: number;
  startYear: number | null;
  endYear: number | null;
  synthetic: boolean;
  [extra: string]: unknown;
}

export interface ProjectInfo {
  id: string;
  name: string;
  nameEn: string | null;
  programme: Programme;
  region: string | null;
  startYear: number | null;
  endYear: number | null;
  synthetic: boolean;
}

export interface NetworkAttributes {
  view: View;
  generatedAt: string;
  projects: ProjectInfo[];
  [extra: string]: unknown;
}

export interface SerializedNetwork {
  attributes: NetworkAttributes;
  options: { type: 'mixed'; multi: true; allowSelfLoops: true };
  nodes: { key: string; attributes: ActorAttributes }[];
  edges: {
    key: string;
    source: string;
    target: string;
    undirected?: boolean;
    attributes: TieAttributes;
  }[];
}
