import type { Driver } from 'neo4j-driver';
import type { Encoding } from './read/decode';
import { readInput } from './read/read-input';
import { applySchema } from './load/apply-schema';
import { existingIdLookup } from './load/existing-ids';
import { LoadError, loadDataset } from './load/load-dataset';
import { zeroCounts, type ImportReport } from './report';
import { countsOf, type Counts } from './validate/records';
import { validateDataset } from './validate/validate-dataset';

export interface ImportOptions {
  /** Needed unless dryRun; with it, references are also resolved against the database. */
  driver?: Driver;
  dryRun?: boolean;
  strict?: boolean;
  encoding?: Encoding;
  batchSize?: number;
  onValidated?: (valid: Counts, rejected: number) => void;
  onProgress?: (done: number, total: number, table: keyof Counts) => void;
}

/**
 * Read → validate every row → (unless dry run or a refused strict run) load. Input errors
 * (unreadable files) throw InputError; a database failure during the load returns a report
 * with status "failed" and what was written before it.
 */
export async function importDataset(
  path: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const strict = options.strict ?? false;
  if (!dryRun && !options.driver)
    throw new Error('importDataset: a driver is required unless dryRun');
  const input = await readInput(path, options.encoding ?? 'auto');
  const lookup = options.driver ? existingIdLookup(options.driver) : undefined;
  const { data, rejected, rowsRead, notes } = await validateDataset(input, lookup);
  const valid = countsOf(data);
  options.onValidated?.(valid, rejected.length);
  const report: ImportReport = {
    loaded: zeroCounts(),
    rejected,
    valid,
    rowsRead,
    source: path,
    dryRun,
    strict,
    status: 'completed',
    notes: [...input.notes, ...notes],
  };
  if (!lookup) report.notes.push('references checked against this input only (no database)');
  if (dryRun) return { ...report, status: 'dry-run' };
  if (strict && rejected.length > 0) return { ...report, status: 'refused-strict' };
  const driver = options.driver!;
  try {
    await applySchema(driver);
    report.loaded = await loadDataset(driver, data, {
      source: path,
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } catch (error) {
    if (error instanceof LoadError) report.loaded = error.loaded;
    report.status = 'failed';
    report.error = (error as Error).message;
  }
  return report;
}
