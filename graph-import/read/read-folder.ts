import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES } from '../format/columns';
import type { Encoding } from './decode';
import { openCsvTable } from './read-csv';
import { InputError, type InputSource, type TableSource } from './raw-table';

/**
 * Opens `actors.csv`, `projects.csv`, `participations.csv` and `ties.csv` of a folder. Names
 * are matched case-insensitively, so two files that differ only in case (`Actors.csv` beside
 * `actors.csv`) make the input ambiguous and are refused.
 */
export async function openCsvFolder(folder: string, encoding: Encoding): Promise<InputSource> {
  const present = new Map<string, string>();
  for (const name of readdirSync(folder).filter((f) => f.toLowerCase().endsWith('.csv'))) {
    const key = name.toLowerCase();
    const other = present.get(key);
    if (other !== undefined) {
      const [a, b] = [other, name].sort();
      throw new InputError(
        `${folder}: both "${a}" and "${b}" are present; file names are matched case-insensitively, so which one is meant is ambiguous: remove or rename one`,
      );
    }
    present.set(key, name);
  }
  const tables: TableSource[] = [];
  const notes: string[] = [];
  for (const table of TABLES) {
    const fileName = present.get(`${table}.csv`);
    if (!fileName) {
      notes.push(`${table}.csv not found: no ${table} in this input`);
      continue;
    }
    const opened = await openCsvTable(join(folder, fileName), table, encoding);
    tables.push(opened.source);
    notes.push(...opened.notes);
  }
  const known = new Set(TABLES.map((t) => `${t}.csv`));
  for (const [key, name] of present) {
    if (!known.has(key)) notes.push(`${name}: not one of the input files, ignored`);
  }
  if (tables.length === 0) {
    throw new InputError(`${folder}: none of ${TABLES.map((t) => `${t}.csv`).join(', ')} found`);
  }
  return { source: folder, tables, notes };
}
