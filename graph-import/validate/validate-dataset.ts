import type { TableName } from '../format/columns';
import { tableSpec } from '../format/columns';
import type { RawInput, RawRow, RawTable } from '../read/raw-table';
import type { Rejection } from '../report';
import { zeroCounts } from '../report';
import type { Counts, Origin, ValidDataset } from './records';
import {
  parseActor,
  parseParticipation,
  parseProject,
  parseTie,
  type CellIssue,
  type RowResult,
} from './row-schemas';

/** Looks up which of the ids already exist in the database (references from partial inputs). */
export type ExistingLookup = (table: 'actors' | 'projects', ids: string[]) => Promise<Set<string>>;

export interface ValidationResult {
  data: ValidDataset;
  rejected: Rejection[];
  rowsRead: Counts;
  /** Remarks that reject nothing, such as columns the format does not know. */
  notes: string[];
}

interface Located<T> {
  value: T;
  origin: Origin;
}

function where(origin: Origin): string {
  return origin.sheet
    ? `sheet ${origin.sheet} row ${origin.line}`
    : `${origin.file} line ${origin.line}`;
}

/**
 * Validates every row of every table before anything is written: cell types, row rules,
 * duplicate ids, and references between tables (against this input, then the database).
 */
export async function validateDataset(
  input: RawInput,
  lookupExisting?: ExistingLookup,
): Promise<ValidationResult> {
  const rejected: Rejection[] = [];
  const rowsRead = zeroCounts();
  const notes: string[] = [];

  const reject = (table: RawTable, row: RawRow, issues: CellIssue[]) => {
    const [first] = issues;
    rejected.push({
      file: table.file,
      sheet: table.sheet,
      line: row.line,
      column: first?.column ?? '',
      reason: issues.map((i) => (i.column ? `${i.column}: ${i.reason}` : i.reason)).join('; '),
      table: table.table,
      errors: issues,
    });
  };

  function parseTable<T>(
    name: TableName,
    parse: (cells: Record<string, string>) => RowResult<T>,
  ): Located<T>[] {
    const table = input.tables.find((t) => t.table === name);
    if (!table) return [];
    rowsRead[name] = table.rows.length;
    const knownColumns = new Set(tableSpec(name).columns.map((c) => c.name));
    const unknown = table.headers.filter((h) => h !== '' && !knownColumns.has(h));
    if (unknown.length) {
      notes.push(
        `${table.sheet ? `${table.file} [${table.sheet}]` : table.file}: ignored unknown column(s) ${unknown.join(', ')}`,
      );
    }
    const missing = tableSpec(name)
      .columns.filter((c) => c.required && !table.headers.includes(c.name))
      .map((c) => c.name);
    const out: Located<T>[] = [];
    for (const row of table.rows) {
      if (missing.length) {
        reject(
          table,
          row,
          missing.map((column) => ({
            column,
            reason: `required column "${column}" is missing from the header`,
          })),
        );
        continue;
      }
      if (row.shapeError) {
        reject(table, row, [{ column: '', reason: row.shapeError }]);
        continue;
      }
      const result = parse(row.cells);
      if (result.ok)
        out.push({
          value: result.value,
          origin: { file: table.file, sheet: table.sheet, line: row.line },
        });
      else reject(table, row, result.issues);
    }
    return out;
  }

  const tableOf = (name: TableName) => input.tables.find((t) => t.table === name)!;
  const rejectLocated = (name: TableName, origin: Origin, column: string, reason: string) =>
    reject(tableOf(name), { line: origin.line, cells: {} }, [{ column, reason }]);

  /** Keeps the first row of each key; later ones are rejected, naming the first. */
  function dedupe<T>(
    name: TableName,
    rows: Located<T>[],
    key: (v: T) => string,
    column: string,
    what: string,
  ) {
    const first = new Map<string, Origin>();
    const kept: Located<T>[] = [];
    for (const row of rows) {
      const k = key(row.value);
      const seen = first.get(k);
      if (seen)
        rejectLocated(
          name,
          row.origin,
          column,
          `duplicate ${what} "${k}" (first at ${where(seen)})`,
        );
      else {
        first.set(k, row.origin);
        kept.push(row);
      }
    }
    return kept;
  }

  const actors = dedupe('actors', parseTable('actors', parseActor), (a) => a.id, 'id', 'actor id');
  const projects = dedupe(
    'projects',
    parseTable('projects', parseProject),
    (p) => p.id,
    'id',
    'project id',
  );
  let participations = dedupe(
    'participations',
    parseTable('participations', parseParticipation),
    (p) => `${p.actorId} → ${p.projectId}`,
    'project_id',
    'participation',
  );
  let ties = dedupe('ties', parseTable('ties', parseTie), (t) => t.id, 'id', 'tie id');

  // Ids whose own row was rejected: a reference to them is rejected with that reason.
  const rejectedIds = (name: 'actors' | 'projects') => {
    const table = input.tables.find((t) => t.table === name);
    const out = new Map<string, number>();
    if (!table) return out;
    const bad = new Set(rejected.filter((r) => r.table === name).map((r) => r.line));
    for (const row of table.rows) {
      const id = row.cells.id?.normalize('NFKC').trim();
      if (id && bad.has(row.line) && !out.has(id)) out.set(id, row.line);
    }
    return out;
  };
  const badActors = rejectedIds('actors');
  const badProjects = rejectedIds('projects');
  const actorIds = new Set(actors.map((a) => a.value.id));
  const projectIds = new Set(projects.map((p) => p.value.id));

  // Look up references this input does not define in the database, once per table.
  const unresolved = (ids: Iterable<string>, known: Set<string>, bad: Map<string, number>) =>
    [...new Set(ids)].filter((id) => !known.has(id) && !bad.has(id));
  const existingActors = lookupExisting
    ? await lookupExisting(
        'actors',
        unresolved(
          [
            ...participations.map((p) => p.value.actorId),
            ...ties.flatMap((t) => [t.value.source, t.value.target]),
          ],
          actorIds,
          badActors,
        ),
      )
    : new Set<string>();
  const existingProjects = lookupExisting
    ? await lookupExisting(
        'projects',
        unresolved(
          participations.map((p) => p.value.projectId),
          projectIds,
          badProjects,
        ),
      )
    : new Set<string>();

  const refProblem = (
    id: string,
    known: Set<string>,
    existing: Set<string>,
    bad: Map<string, number>,
    what: 'actor' | 'project',
  ): string | null => {
    if (known.has(id) || existing.has(id)) return null;
    const line = bad.get(id);
    if (line !== undefined) return `${what} "${id}" was rejected (its row at line ${line})`;
    return `unknown ${what} "${id}" (not in this input${lookupExisting ? ' nor in the database' : ''})`;
  };

  participations = participations.filter((p) => {
    const a = refProblem(p.value.actorId, actorIds, existingActors, badActors, 'actor');
    const pr = refProblem(p.value.projectId, projectIds, existingProjects, badProjects, 'project');
    if (!a && !pr) return true;
    const issues: CellIssue[] = [];
    if (a) issues.push({ column: 'actor_id', reason: a });
    if (pr) issues.push({ column: 'project_id', reason: pr });
    reject(tableOf('participations'), { line: p.origin.line, cells: {} }, issues);
    return false;
  });
  ties = ties.filter((t) => {
    const s = refProblem(t.value.source, actorIds, existingActors, badActors, 'actor');
    const e = refProblem(t.value.target, actorIds, existingActors, badActors, 'actor');
    if (!s && !e) return true;
    const issues: CellIssue[] = [];
    if (s) issues.push({ column: 'source', reason: s });
    if (e) issues.push({ column: 'target', reason: e });
    reject(tableOf('ties'), { line: t.origin.line, cells: {} }, issues);
    return false;
  });

  rejected.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      a.line - b.line,
  );
  return {
    data: {
      actors: actors.map((a) => a.value),
      projects: projects.map((p) => p.value),
      participations: participations.map((p) => p.value),
      ties: ties.map((t) => t.value),
    },
    rejected,
    rowsRead,
    notes,
  };
}
