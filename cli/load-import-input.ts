/**
 * An import folder (actors.csv, projects.csv, participations.csv, ties.csv) or workbook as a
 * network, without a database: the importer reads and validates it exactly as
 * `npm run import -- --dry-run` does, and `datasetToNetwork` turns the valid rows into the
 * network the API would serve. Every rejected row is reported (file, line, reason) and left
 * out; nothing else is dropped.
 */
import { statSync } from 'node:fs';
import type { SerializedGraph } from 'graphology-types';
import { readDataset } from '../graph-import/read-dataset';
import { InputError } from '../graph-import/read/raw-table';
import { datasetToNetwork } from '../graph-import/to-network';
import { UsageError } from './args';

/** Whether a path names importer input (a folder or an .xlsx workbook) rather than JSON. */
export function isImportInput(path: string): boolean {
  if (path.toLowerCase().endsWith('.xlsx')) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export async function loadImportInput(
  path: string,
  report: (line: string) => void,
): Promise<SerializedGraph> {
  let read;
  try {
    read = await readDataset(path);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
  const { data, rejected, notes } = read;
  for (const note of notes) report(`note: ${note}`);
  for (const r of rejected) {
    const place = r.sheet ? `${r.file} [${r.sheet}] row ${r.line}` : `${r.file} line ${r.line}`;
    report(`rejected: ${place}: ${r.reason} (left out of the network)`);
  }
  if (rejected.length > 0) {
    report(`${rejected.length} input row(s) rejected and left out; see above`);
  }
  return datasetToNetwork(data);
}
