import type {
  ActorKind,
  Bureau,
  ParticipationRole,
  Programme,
  SizeClass,
  TieKind,
} from '../../src/model/domain';

/** Validated rows, with the place they came from for reporting. */
export interface Origin {
  file: string;
  sheet: string | null;
  line: number;
}

export interface ActorRecord {
  id: string;
  kind: ActorKind;
  name: string;
  nameEn: string | null;
  prefecture: string | null;
  bureau: Bureau | null;
  subtype: string | null;
  sizeClass: SizeClass | null;
  sme: boolean | null;
  spinOff: boolean | null;
  fields: string[];
  corporateNumber: string | null;
  synthetic: boolean;
  note: string | null;
}

export interface ProjectRecord {
  id: string;
  name: string;
  nameEn: string | null;
  programme: Programme;
  region: string | null;
  bureau: Bureau | null;
  startYear: number | null;
  endYear: number | null;
  fields: string[];
  synthetic: boolean;
  note: string | null;
}

export interface ParticipationRecord {
  actorId: string;
  projectId: string;
  role: ParticipationRole;
  startYear: number | null;
  endYear: number | null;
  synthetic: boolean;
  note: string | null;
}

export interface TieRecord {
  id: string;
  /** True when the id was derived because the input left it empty. */
  derivedId: boolean;
  source: string;
  target: string;
  kind: TieKind;
  startYear: number | null;
  endYear: number | null;
  strength: number;
  synthetic: boolean;
  note: string | null;
}

export interface ValidDataset {
  actors: ActorRecord[];
  projects: ProjectRecord[];
  participations: ParticipationRecord[];
  ties: TieRecord[];
}

export type Counts = Record<keyof ValidDataset, number>;

export function countsOf(data: ValidDataset): Counts {
  return {
    actors: data.actors.length,
    projects: data.projects.length,
    participations: data.participations.length,
    ties: data.ties.length,
  };
}
