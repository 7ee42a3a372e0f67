/** The generator's in-memory dataset, before it is written as the importer's CSV files. */
import type {
  ActorKind,
  Bureau,
  ParticipationRole,
  SizeClass,
  TieKind,
} from '../../src/model/domain';
import type { Plan } from './plan';

export interface GenActor {
  /** Position in `actors`; ties refer to actors by index. */
  index: number;
  id: string;
  kind: ActorKind;
  subtype: string | null;
  name: string;
  nameEn: string;
  prefecture: string;
  bureau: Bureau;
  sizeClass: SizeClass | null;
  spinOff: boolean | null;
  fields: string[];
  /** Carries the name of a real public body (its ties are still synthetic). */
  realName: boolean;
  /** Propensity to form ties (heavy-tailed); 0 = a member with no ties at all. */
  activity: number;
  /** Companies: their community; -1 for others. */
  community: number;
  /** Companies: their community's regional network; hubs: the network they run (null = the project). */
  network: string | null;
  /** Index into the plan's projects: a company's or a hub's own project; -1 for others. */
  project: number;
}

/** Firms of one project that work together, in one prefecture (a network may hold several). */
export interface Community {
  index: number;
  project: number;
  /** Kanto's regional network code, or null. */
  network: string | null;
  prefecture: string;
  fields: string[];
  members: number[];
}

export interface GenTie {
  source: number;
  target: number;
  kind: TieKind;
  strength: number;
  startYear: number;
  endYear: number;
}

export interface GenParticipation {
  actor: number;
  project: number;
  role: ParticipationRole;
  startYear: number;
  endYear: number;
}

export interface GenDataset {
  seed: number;
  plan: Plan;
  actors: GenActor[];
  communities: Community[];
  participations: GenParticipation[];
  ties: GenTie[];
}
