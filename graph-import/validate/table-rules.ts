/**
 * Per table: how a row is parsed, what makes two rows the same (duplicates), and which other
 * tables it refers to. The validation pass and the passes that read valid rows share these.
 */
import {
  ACTORS,
  PARTICIPATIONS,
  PROJECTS,
  TIES,
  type TableName,
  type TableSpec,
} from '../format/columns';
import type { CellIssue } from '../read/raw-table';
import { indexLimitIssues } from './index-limits';
import type { ActorRecord, ParticipationRecord, ProjectRecord, TieRecord } from './records';
import {
  parseActor,
  parseParticipation,
  parseProject,
  parseTie,
  type RowResult,
} from './row-schemas';

export interface RecordOf {
  actors: ActorRecord;
  projects: ProjectRecord;
  participations: ParticipationRecord;
  ties: TieRecord;
}

export type ReferencedTable = 'actors' | 'projects';

export interface Reference {
  column: string;
  table: ReferencedTable;
  id: string;
}

export type RowCheck =
  { ok: true; key: string; references: Reference[] } | { ok: false; issues: CellIssue[] };

export interface TableRules<T> {
  spec: TableSpec;
  parse(cells: Readonly<Record<string, string>>): RowResult<T>;
  /** Parses a row and says what the validation pass needs: its key and its references. */
  inspect(cells: Readonly<Record<string, string>>): RowCheck;
  /** Rows with the same key are duplicates: the first is kept, later ones are rejected. */
  keyColumn: string;
  keyName: string;
}

function tableRules<T extends object>(
  spec: TableSpec,
  parseRow: (cells: Readonly<Record<string, string>>) => RowResult<T>,
  key: (record: T) => string,
  references: (record: T) => Reference[],
  keyColumn: string,
  keyName: string,
): TableRules<T> {
  // Neo4j's indexes must be able to hold every value written (see index-limits.ts).
  const parse = (cells: Readonly<Record<string, string>>): RowResult<T> => {
    const result = parseRow(cells);
    if (!result.ok) return result;
    const issues = indexLimitIssues(spec, result.value);
    return issues.length ? { ok: false, issues } : result;
  };
  return {
    spec,
    parse,
    inspect(cells) {
      const result = parse(cells);
      if (!result.ok) return result;
      return { ok: true, key: key(result.value), references: references(result.value) };
    },
    keyColumn,
    keyName,
  };
}

export const TABLE_RULES: { [K in TableName]: TableRules<RecordOf[K]> } = {
  actors: tableRules(
    ACTORS,
    parseActor,
    (a) => a.id,
    () => [],
    'id',
    'actor id',
  ),
  projects: tableRules(
    PROJECTS,
    parseProject,
    (p) => p.id,
    () => [],
    'id',
    'project id',
  ),
  participations: tableRules(
    PARTICIPATIONS,
    parseParticipation,
    (p) => `${p.actorId} → ${p.projectId}`,
    (p) => [
      { column: 'actor_id', table: 'actors', id: p.actorId },
      { column: 'project_id', table: 'projects', id: p.projectId },
    ],
    'project_id',
    'participation',
  ),
  ties: tableRules(
    TIES,
    parseTie,
    (t) => t.id,
    (t) => [
      { column: 'source', table: 'actors', id: t.source },
      { column: 'target', table: 'actors', id: t.target },
    ],
    'id',
    'tie id',
  ),
};

/** One value per table. */
export function perTable<V>(make: () => V): Record<TableName, V> {
  return { actors: make(), projects: make(), participations: make(), ties: make() };
}
