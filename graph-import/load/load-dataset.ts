import { randomUUID } from 'node:crypto';
import type { Driver, Session } from 'neo4j-driver';
import { statement } from '../../neo4j/cypher-files';
import { TABLES, type TableName } from '../format/columns';
import { zeroCounts, type Counts, type ValidDataset } from '../validate/records';
import type { RecordOf } from '../validate/table-rules';
import type { ValidRowSink } from '../validate/validate-input';
import { TO_PARAMETERS } from './to-parameters';

/** Rows per write transaction, and write transactions in flight at once (see the README). */
export const DEFAULT_BATCH_SIZE = 5000;
export const DEFAULT_CONCURRENCY = 2;

export interface LoadOptions {
  batchSize?: number;
  concurrency?: number;
  source: string;
  onProgress?: (done: number, total: number, table: TableName) => void;
  /** Rows to be written in all, for progress. */
  total?: number;
}

/** An earlier run found still marked `running`: it was killed or lost its database. */
export interface InterruptedRun {
  id: string;
  source: string;
  startedAt: string;
}

export interface LoadResult {
  loaded: Counts;
  runId: string;
  interrupted: InterruptedRun[];
  /** Tables the database held nothing of when the run started: written by CREATE alone. */
  created: TableName[];
}

export class LoadError extends Error {
  constructor(
    message: string,
    readonly loaded: Counts,
    readonly interrupted: InterruptedRun[] = [],
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/** The records of each table, streamed. */
export type TableRecords = { [K in TableName]?: AsyncIterable<RecordOf[K]> };

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** The statement writing each table: it updates rows that exist and creates the others. */
const UPSERT: Record<TableName, string> = {
  actors: 'mergeActors',
  projects: 'mergeProjects',
  participations: 'mergeParticipations',
  ties: 'mergeTies',
};

/**
 * The statement writing a table of which the database holds nothing yet: every row is new, so
 * none is looked up first (projects are few; they keep their MERGE).
 */
const CREATE: Partial<Record<TableName, string>> = {
  actors: 'createActors',
  participations: 'createParticipations',
  ties: 'createTies',
};

/**
 * Chooses each table's statement from what the database holds when the run starts. A table
 * with nothing loaded is CREATEd: ids are unique within an input (validation), so no row of
 * this run can meet another one; the uniqueness constraints refuse a concurrent writer's
 * duplicate actor or tie (the batch fails, nothing is lost). A re-run, or a run completing a
 * killed one, finds rows and upserts.
 */
async function chooseStatements(session: Session): Promise<Record<TableName, string>> {
  const result = await session.executeRead((tx) => tx.run(statement('import', 'loadedCounts')));
  const record = result.records[0];
  const chosen = { ...UPSERT };
  for (const table of TABLES) {
    const create = CREATE[table];
    if (create && record && Number(record.get(table)) === 0) chosen[table] = create;
  }
  return chosen;
}

async function writeBatch(
  session: Session,
  table: TableName,
  cypher: string,
  rows: object[],
): Promise<number> {
  return session.executeWrite(async (tx) => {
    const result = await tx.run(cypher, { rows });
    const n = Number(result.records[0]?.get('written') ?? 0);
    // A row whose MATCH found nothing would vanish silently: refuse the whole batch.
    if (n !== rows.length) {
      throw new Error(`${table}: batch wrote ${n} of ${rows.length} rows; rolled back`);
    }
    return n;
  });
}

/**
 * Writes batches with up to `sessions.length` transactions in flight, one per session, while
 * the next batches are read and prepared. After a failure no new batch starts; the batches in
 * flight finish (committed or not), and the first error is thrown.
 */
class BatchWriter {
  private readonly idle: Session[];
  private readonly inFlight = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  constructor(
    sessions: Session[],
    private readonly onWritten: (table: TableName, rows: number) => void,
  ) {
    this.idle = [...sessions];
  }

  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** Starts a batch as soon as a session is free. */
  async write(table: TableName, cypher: string, rows: object[]): Promise<void> {
    while (this.idle.length === 0 && !this.failure) await Promise.race(this.inFlight);
    if (this.failure) return;
    const session = this.idle.pop()!;
    const job = writeBatch(session, table, cypher, rows).then(
      (written) => this.onWritten(table, written),
      (error: unknown) => {
        this.failure ??= { error };
      },
    );
    const tracked = job.finally(() => {
      this.inFlight.delete(tracked);
      this.idle.push(session);
    });
    this.inFlight.add(tracked);
  }

  /** Waits for every batch in flight; throws the first failure. */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure.error;
  }
}

/** Marks runs left `running` by a killed importer as `interrupted`, and says which. */
async function markInterruptedRuns(session: Session): Promise<InterruptedRun[]> {
  const result = await session.executeWrite((tx) =>
    tx.run(statement('import', 'markInterruptedRuns')),
  );
  return result.records.map((r) => ({
    id: String(r.get('id')),
    source: String(r.get('source')),
    startedAt: String(r.get('startedAt')),
  }));
}

/**
 * Writes validated records as they come: actors, projects, then participations and ties that
 * refer to them (a table's batches have all committed before the next table's first starts).
 * Each batch is one write transaction (all of it or none); every statement MERGEs on ids, so
 * a re-run after an interruption completes the load without duplicates. Records are batched
 * as they arrive, so a streamed input is never held whole, and up to `concurrency` batches are
 * written while the next ones are read.
 *
 * As a sink of the validation pass it never throws: after a failure it writes nothing more
 * (so validation can go on and report every row) and `finish` throws the LoadError.
 */
export class Loader implements ValidRowSink {
  readonly loaded = zeroCounts();
  private done = 0;
  private batch: object[] = [];
  private batchTable: TableName | undefined;
  private readonly writer: BatchWriter;
  private readonly batchSize: number;

  private constructor(
    private readonly session: Session,
    private readonly sessions: Session[],
    private readonly runId: string,
    readonly interrupted: InterruptedRun[],
    private readonly statements: Record<TableName, string>,
    private readonly options: LoadOptions,
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.writer = new BatchWriter(sessions, (table, rows) => {
      this.loaded[table] += rows;
      this.done += rows;
      options.onProgress?.(this.done, Math.max(options.total ?? 0, this.done), table);
    });
  }

  /** Marks interrupted runs, records this run as `running`, and opens the write sessions. */
  static async start(driver: Driver, options: LoadOptions): Promise<Loader> {
    const runId = randomUUID();
    const session = driver.session();
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    const sessions = Array.from({ length: concurrency }, () => driver.session());
    try {
      const interrupted = await markInterruptedRuns(session);
      await session.executeWrite((tx) =>
        tx.run(statement('import', 'startImportRun'), { id: runId, source: options.source }),
      );
      const statements = await chooseStatements(session);
      return new Loader(session, sessions, runId, interrupted, statements, options);
    } catch (error) {
      await Promise.all([session, ...sessions].map((s) => s.close()));
      throw new LoadError((error as Error).message, zeroCounts());
    }
  }

  async accept<K extends TableName>(table: K, record: RecordOf[K]): Promise<void> {
    if (this.writer.failed) return;
    this.batch.push(TO_PARAMETERS[table](record));
    this.batchTable = table;
    if (this.batch.length >= this.batchSize) await this.flush();
  }

  private async flush(): Promise<void> {
    const table = this.batchTable;
    if (!table || this.batch.length === 0 || this.writer.failed) return;
    const rows = this.batch;
    this.batch = [];
    await this.writer.write(table, statement('import', this.statements[table]), rows);
  }

  async tableDone(): Promise<void> {
    await this.flush();
    await this.writer.drain().catch(() => undefined);
  }

  /** Stops after an error outside the load (the input could not be read to the end). */
  async abort(): Promise<void> {
    await this.writer.drain().catch(() => undefined);
    await this.end('failed').catch(() => undefined);
    await this.close();
  }

  private async end(status: 'completed' | 'failed'): Promise<void> {
    await this.session.executeWrite((tx) =>
      tx.run(statement('import', 'finishImportRun'), {
        id: this.runId,
        status,
        counts: JSON.stringify(this.loaded),
      }),
    );
  }

  private close(): Promise<unknown> {
    return Promise.all([this.session, ...this.sessions].map((s) => s.close()));
  }

  /** Records how the run ended; throws a LoadError if a batch failed. */
  async finish(): Promise<LoadResult> {
    try {
      await this.flush();
      await this.writer.drain();
      await this.end('completed');
      return {
        loaded: this.loaded,
        runId: this.runId,
        interrupted: this.interrupted,
        created: TABLES.filter((t) => this.statements[t] !== UPSERT[t]),
      };
    } catch (error) {
      await this.end('failed').catch(() => undefined);
      throw new LoadError((error as Error).message, this.loaded, this.interrupted);
    } finally {
      await this.close();
    }
  }
}

/** Loads streamed records of each table (all of one table, then the next). */
export async function loadTables(
  driver: Driver,
  tables: TableRecords,
  options: LoadOptions,
): Promise<LoadResult> {
  const loader = await Loader.start(driver, options);
  const load = async <K extends TableName>(table: K) => {
    const records = tables[table];
    if (!records) return;
    for await (const record of records) await loader.accept(table, record);
    await loader.tableDone();
  };
  for (const table of TABLES) await load(table);
  return loader.finish();
}

/** Loads an in-memory dataset (small inputs and tests). */
export async function loadDataset(
  driver: Driver,
  data: ValidDataset,
  options: LoadOptions,
): Promise<LoadResult> {
  const total =
    data.actors.length + data.projects.length + data.participations.length + data.ties.length;
  const tables: TableRecords = {
    actors: each(data.actors),
    projects: each(data.projects),
    participations: each(data.participations),
    ties: each(data.ties),
  };
  return loadTables(driver, tables, { total, ...options });
}
