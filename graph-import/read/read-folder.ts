import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES } from '../format/columns';
import { decodeText, type Encoding } from './decode';
import { parseCsv } from './read-csv';
import { InputError, type RawInput, type RawTable } from './raw-table';

/** Reads `actors.csv`, `projects.csv`, `participations.csv` and `ties.csv` from a folder. */
export function readCsvFolder(folder: string, encoding: Encoding): RawInput {
  const present = new Map(
    readdirSync(folder)
      .filter((f) => f.toLowerCase().endsWith('.csv'))
      .map((f) => [f.toLowerCase(), f] as const),
  );
  const tables: RawTable[] = [];
  const notes: string[] = [];
  for (const table of TABLES) {
    const fileName = present.get(`${table}.csv`);
    if (!fileName) {
      notes.push(`${table}.csv not found: no ${table} in this input`);
      continue;
    }
    const path = join(folder, fileName);
    let decoded;
    try {
      decoded = decodeText(readFileSync(path), encoding);
    } catch (error) {
      throw new InputError(`${fileName}: ${(error as Error).message}`);
    }
    notes.push(`${fileName}: read as ${decoded.used}`);
    const { headers, rows } = parseCsv(decoded.text, fileName);
    tables.push({ table, file: fileName, sheet: null, headers, rows });
  }
  const known = new Set(TABLES.map((t) => `${t}.csv`));
  for (const name of present.keys()) {
    if (!known.has(name)) notes.push(`${present.get(name)}: not one of the input files, ignored`);
  }
  if (tables.length === 0) {
    throw new InputError(`${folder}: none of ${TABLES.map((t) => `${t}.csv`).join(', ')} found`);
  }
  return { source: folder, tables, notes };
}
