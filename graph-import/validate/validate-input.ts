/**
 * The validation pass: every row of every table is read once, streamed, and either counted
 * valid or reported with file, line, column and reason. What it keeps grows with the ids, not
 * with the rows: the keys seen (duplicates, references within the input), the ids of rejected
 * rows (so a reference to one says why), the rows whose references must be looked up in the
 * database, and the rejected lines (so later passes skip them).
 */
import { TABLES, type TableName } from '../format/columns';
import { nfkc } from '../format/normalise';
import { placeOf, type CellIssue, type InputSource, type TableSource } from '../read/raw-table';
import type { Rejection } from '../report';
import { zeroCounts, type Counts, type Origin } from './records';
import { perTable, TABLE_RULES, type Reference, type ReferencedTable } from './table-rules';

/** Looks up which of the ids already exist in the database (references from partial inputs). */
export type ExistingLookup = (table: ReferencedTable, ids: string[]) => Promise<Set<string>>;

export interface ValidationResult {
  rejected: Rejection[];
  rowsRead: Counts;
  /** Rows that passed; valid + rejected = rowsRead. */
  valid: Counts;
  /** Remarks that reject nothing, such as columns the format does not know. */
  notes: string[];
  /** Lines of each table that were rejected: the passes that read valid rows skip them. */
  rejectedLines: Record<TableName, Set<number>>;
}

function where(origin: Origin): string {
  return origin.sheet
    ? `sheet ${origin.sheet} row ${origin.line}`
    : `${origin.file} line ${origin.line}`;
}

interface Pending {
  table: TableSource;
  line: number;
  references: Reference[];
}

/**
 * Validates every row before anything is written: cell types, row rules, index limits,
 * duplicate keys, and references between tables (against this input, then the database).
 * Tables are read in dependency order (actors and projects before what refers to them).
 */
export async function validateInput(
  input: InputSource,
  lookupExisting?: ExistingLookup,
): Promise<ValidationResult> {
  const rejected: Rejection[] = [];
  const rowsRead = zeroCounts();
  const valid = zeroCounts();
  const notes: string[] = [];
  const rejectedLines = perTable(() => new Set<number>());
  const firstOfKey = perTable(() => new Map<string, Origin>());
  /** Ids defined by rejected rows, with the first such row. */
  const rejectedIds: Record<ReferencedTable, Map<string, number>> = {
    actors: new Map(),
    projects: new Map(),
  };
  const pending: Pending[] = [];
  const unresolved: Record<ReferencedTable, Set<string>> = {
    actors: new Set(),
    projects: new Set(),
  };

  const reject = (table: TableSource, line: number, issues: CellIssue[]) => {
    const [first] = issues;
    rejected.push({
      file: table.file,
      sheet: table.sheet,
      line,
      column: first?.column ?? '',
      reason: issues.map((i) => (i.column ? `${i.column}: ${i.reason}` : i.reason)).join('; '),
      table: table.table,
      errors: issues,
    });
    rejectedLines[table.table].add(line);
  };

  const order = (t: TableSource) => TABLES.indexOf(t.table);
  for (const table of [...input.tables].sort((a, b) => order(a) - order(b))) {
    const name = table.table;
    const rules = TABLE_RULES[name];
    const columns = rules.spec.columns;
    const known = new Set(columns.map((c) => c.name));
    const unknown = table.headers.filter((h) => h !== '' && !known.has(h));
    if (unknown.length) {
      notes.push(`${placeOf(table)}: ignored unknown column(s) ${unknown.join(', ')}`);
    }
    const missing: CellIssue[] = columns
      .filter((c) => c.required && !table.headers.includes(c.name))
      .map((c) => ({
        column: c.name,
        reason: `required column "${c.name}" is missing from the header`,
      }));
    const defines = name === 'actors' || name === 'projects' ? rejectedIds[name] : undefined;
    let recovered = 0;
    let firstRecovered = 0;

    for await (const row of table.rows()) {
      rowsRead[name]++;
      if (row.remark && recovered++ === 0) firstRecovered = row.line;
      const rejectRow = (issues: CellIssue[]) => {
        reject(table, row.line, issues);
        const id = row.cells.id === undefined ? '' : nfkc(row.cells.id);
        if (defines && id && !defines.has(id)) defines.set(id, row.line);
      };
      if (missing.length) {
        rejectRow(missing);
        continue;
      }
      if (row.problems) {
        rejectRow(row.problems);
        continue;
      }
      const result = rules.inspect(row.cells);
      if (!result.ok) {
        rejectRow(result.issues);
        continue;
      }
      const origin: Origin = { file: table.file, sheet: table.sheet, line: row.line };
      const { key } = result;
      const seen = firstOfKey[name].get(key);
      if (seen) {
        rejectRow([
          {
            column: rules.keyColumn,
            reason: `duplicate ${rules.keyName} "${key}" (first at ${where(seen)})`,
          },
        ]);
        continue;
      }
      firstOfKey[name].set(key, origin);

      const issues: CellIssue[] = [];
      const lookups: Reference[] = [];
      for (const ref of result.references) {
        if (firstOfKey[ref.table].has(ref.id)) continue;
        const line = rejectedIds[ref.table].get(ref.id);
        if (line !== undefined) {
          issues.push({
            column: ref.column,
            reason: `${ref.table === 'actors' ? 'actor' : 'project'} "${ref.id}" was rejected (its row at line ${line})`,
          });
        } else {
          lookups.push(ref);
        }
      }
      if (issues.length) {
        reject(table, row.line, issues);
      } else if (lookups.length) {
        pending.push({ table, line: row.line, references: lookups });
        for (const ref of lookups) unresolved[ref.table].add(ref.id);
      } else {
        valid[name]++;
      }
    }
    if (recovered) {
      notes.push(
        `${placeOf(table)}: ${recovered} row(s) with a stray quote read as text (first at line ${firstRecovered})`,
      );
    }
  }

  // References this input does not define may be in the database: one lookup per table.
  const existing: Record<ReferencedTable, Set<string>> = {
    actors: new Set(),
    projects: new Set(),
  };
  if (lookupExisting) {
    for (const t of ['actors', 'projects'] as const) {
      if (unresolved[t].size) existing[t] = await lookupExisting(t, [...unresolved[t]]);
    }
  }
  const orDatabase = lookupExisting ? ' nor in the database' : '';
  for (const p of pending) {
    const issues = p.references
      .filter((ref) => !existing[ref.table].has(ref.id))
      .map((ref) => ({
        column: ref.column,
        reason: `unknown ${ref.table === 'actors' ? 'actor' : 'project'} "${ref.id}" (not in this input${orDatabase})`,
      }));
    if (issues.length) reject(p.table, p.line, issues);
    else valid[p.table.table]++;
  }

  rejected.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      a.line - b.line,
  );
  return { rejected, rowsRead, valid, notes, rejectedLines };
}
