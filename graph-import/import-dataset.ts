import type { Driver } from 'neo4j-driver';
import { TABLES } from './format/columns';
import { applySchema } from './load/apply-schema';
import { existingIdLookup } from './load/existing-ids';
import { LoadError, loadTables, type InterruptedRun } from './load/load-dataset';
import type { Encoding } from './read/decode';
import { openInput } from './read/read-input';
import { zeroCounts, type ImportReport } from './report';
import type { Counts } from './validate/records';
import { validRows } from './validate/valid-rows';
import { validateInput } from './validate/validate-input';

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

export function interruptedNote(run: InterruptedRun): string {
  return `an earlier import run (${run.source}, started ${run.startedAt}, id ${run.id}) never finished (killed, or its database stopped): marked interrupted`;
}

/**
 * Opens the input, validates every row in one streamed pass, then (unless a dry run or a
 * refused strict run) loads the valid rows in a second streamed pass. Input errors (unreadable
 * files) throw InputError; a database failure during the load returns a report with status
 * "failed" and what was written before it.
 */
export async function importDataset(
  path: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const strict = options.strict ?? false;
  if (!dryRun && !options.driver)
    throw new Error('importDataset: a driver is required unless dryRun');
  const input = await openInput(path, options.encoding ?? 'auto');
  const lookup = options.driver ? existingIdLookup(options.driver) : undefined;
  const validation = await validateInput(input, lookup);
  const { rejected, rowsRead, valid } = validation;
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
    notes: [...input.notes, ...validation.notes],
    interruptedRuns: [],
  };
  if (!lookup) report.notes.push('references checked against this input only (no database)');
  if (dryRun) return { ...report, status: 'dry-run' };
  if (strict && rejected.length > 0) return { ...report, status: 'refused-strict' };
  const driver = options.driver!;
  try {
    await applySchema(driver);
    const result = await loadTables(
      driver,
      {
        actors: validRows(input, validation, 'actors'),
        projects: validRows(input, validation, 'projects'),
        participations: validRows(input, validation, 'participations'),
        ties: validRows(input, validation, 'ties'),
      },
      {
        source: path,
        total: TABLES.reduce((sum, t) => sum + valid[t], 0),
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      },
    );
    report.loaded = result.loaded;
    report.interruptedRuns = result.interrupted;
  } catch (error) {
    if (error instanceof LoadError) {
      report.loaded = error.loaded;
      report.interruptedRuns = error.interrupted;
    }
    report.status = 'failed';
    report.error = (error as Error).message;
  }
  report.notes.push(...report.interruptedRuns.map(interruptedNote));
  return report;
}
