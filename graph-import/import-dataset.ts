import type { Driver } from 'neo4j-driver';
import { TABLES, type TableName } from './format/columns';
import { applySchema } from './load/apply-schema';
import { existingIdLookup } from './load/existing-ids';
import {
  LoadError,
  Loader,
  loadTables,
  type InterruptedRun,
  type LoadOptions,
  type LoadResult,
} from './load/load-dataset';
import type { Encoding } from './read/decode';
import type { InputSource } from './read/raw-table';
import { openInput } from './read/read-input';
import { zeroCounts, type ImportReport } from './report';
import type { Counts } from './validate/records';
import type { RecordOf } from './validate/table-rules';
import { validRows } from './validate/valid-rows';
import { validateInput, type ValidationResult, type ValidRowSink } from './validate/validate-input';

export interface ImportOptions {
  /** Needed unless dryRun; with it, references are also resolved against the database. */
  driver?: Driver;
  dryRun?: boolean;
  strict?: boolean;
  encoding?: Encoding;
  batchSize?: number;
  /** Write transactions in flight at once. */
  concurrency?: number;
  onValidated?: (valid: Counts, rejected: number) => void;
  onProgress?: (done: number, total: number, table: keyof Counts) => void;
}

export function interruptedNote(run: InterruptedRun): string {
  return `an earlier import run (${run.source}, started ${run.startedAt}, id ${run.id}) never finished (killed, or its database stopped): marked interrupted`;
}

function loadOptions(path: string, input: InputSource, options: ImportOptions): LoadOptions {
  return {
    source: path,
    total: input.tables.reduce((sum, t) => sum + (t.estimatedRows ?? 0), 0),
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}

/**
 * --strict: validate every row first (writing nothing), then, if none is bad, load the valid
 * rows in a second streamed pass.
 */
async function validateThenLoad(
  driver: Driver,
  path: string,
  input: InputSource,
  options: ImportOptions,
): Promise<{ validation: ValidationResult; load?: Promise<LoadResult> }> {
  const validation = await validateInput(input, existingIdLookup(driver));
  if (validation.rejected.length > 0) return { validation };
  const load = applySchema(driver).then(() =>
    loadTables(
      driver,
      {
        actors: validRows(input, validation, 'actors'),
        projects: validRows(input, validation, 'projects'),
        participations: validRows(input, validation, 'participations'),
        ties: validRows(input, validation, 'ties'),
      },
      loadOptions(path, input, options),
    ),
  );
  load.catch(() => undefined);
  return { validation, load };
}

/**
 * The default: one streamed pass that validates each row and hands the valid ones to the
 * loader at once, so reading and validating (here) and writing (in Neo4j) run side by side.
 * The schema and the import run are set up while the first rows are validated. Rows whose
 * references only the database can settle are loaded after the lookup, in a short second pass
 * over just those lines. After a write failure nothing more is written, but validation goes on,
 * so the report still lists every bad row.
 */
async function validateWhileLoading(
  driver: Driver,
  path: string,
  input: InputSource,
  options: ImportOptions,
): Promise<{ validation: ValidationResult; load: Promise<LoadResult> }> {
  const starting = applySchema(driver).then(() =>
    Loader.start(driver, loadOptions(path, input, options)),
  );
  // Awaited when the first valid row arrives (or at the end): handled here meanwhile.
  starting.catch(() => undefined);
  let loader: Loader | undefined;
  let startFailure: unknown;
  const ready = async (): Promise<Loader | undefined> => {
    if (loader || startFailure) return loader;
    try {
      loader = await starting;
    } catch (error) {
      startFailure = error;
    }
    return loader;
  };
  const sink: ValidRowSink = {
    async accept<K extends TableName>(table: K, record: RecordOf[K]) {
      await (loader ?? (await ready()))?.accept(table, record);
    },
    async tableDone() {
      await (await ready())?.tableDone();
    },
  };
  let validation: ValidationResult;
  try {
    validation = await validateInput(input, existingIdLookup(driver), sink);
  } catch (error) {
    await (await ready())?.abort();
    throw error;
  }
  const load = (async () => {
    const active = await ready();
    if (!active) throw new LoadError((startFailure as Error).message, zeroCounts());
    for (const table of TABLES) {
      const lines = validation.awaitingLookup[table];
      if (lines.size === 0) continue;
      for await (const record of validRows(input, validation, table, lines)) {
        await active.accept(table, record);
      }
      await active.tableDone();
    }
    return active.finish();
  })();
  load.catch(() => undefined);
  return { validation, load };
}

/**
 * Opens the input, validates every row, and (unless a dry run or a refused strict run) loads
 * the valid ones, streaming throughout. Input errors (unreadable files) throw InputError; a
 * database failure during the load returns a report with status "failed" and what was
 * written before it.
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
  const driver = dryRun ? undefined : options.driver!;
  const { validation, load } = !driver
    ? { validation: await validateInput(input), load: undefined }
    : strict
      ? await validateThenLoad(driver, path, input, options)
      : await validateWhileLoading(driver, path, input, options);
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
  if (!driver) {
    report.notes.push('references checked against this input only (no database)');
    return { ...report, status: 'dry-run' };
  }
  if (!load) return { ...report, status: 'refused-strict' };
  try {
    const result = await load;
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
