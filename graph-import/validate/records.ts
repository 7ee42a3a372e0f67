/**
 * Validated rows. Their types come from the columns of format/columns.ts (z.infer); only what
 * the row rules change is spelled out here: a tie always has an id once validated.
 */
import type {
  ActorColumns,
  ParticipationColumns,
  ProjectColumns,
  TableName,
  TieColumns,
} from '../format/columns';

export type ActorRecord = ActorColumns;
export type ProjectRecord = ProjectColumns;
export type ParticipationRecord = ParticipationColumns;
export type TieRecord = Omit<TieColumns, 'id'> & { id: string };

/** Where a validated row came from, for reporting. */
export interface Origin {
  file: string;
  sheet: string | null;
  line: number;
}

export interface ValidDataset {
  actors: ActorRecord[];
  projects: ProjectRecord[];
  participations: ParticipationRecord[];
  ties: TieRecord[];
}

export type Counts = Record<TableName, number>;

export const zeroCounts = (): Counts => ({ actors: 0, projects: 0, participations: 0, ties: 0 });

export function countsOf(data: ValidDataset): Counts {
  return {
    actors: data.actors.length,
    projects: data.projects.length,
    participations: data.participations.length,
    ties: data.ties.length,
  };
}
