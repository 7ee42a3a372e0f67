import { randomUUID } from 'node:crypto';
import type { Driver, Session } from 'neo4j-driver';
import { statement } from '../../neo4j/cypher-files';
import { TABLES, type TableName } from '../format/columns';
import { zeroCounts, type Counts, type ValidDataset } from '../validate/records';
import type { RecordOf } from '../validate/table-rules';
import { TO_PARAMETERS } from './to-parameters';

export interface LoadOptions {
  batchSize?: number;
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

const STATEMENT: Record<TableName, string> = {
  actors: 'mergeActors',
  projects: 'mergeProjects',
  participations: 'mergeParticipations',
  ties: 'mergeTies',
};

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
 * Writes records in batches: actors, projects, then participations and ties that refer to them.
 * Each batch is one write transaction (all of it or none); every statement MERGEs on ids, so a
 * re-run after an interruption completes the load without duplicates. Records are consumed as
 * they come, so a streamed input is never held whole.
 */
export async function loadTables(
  driver: Driver,
  tables: TableRecords,
  options: LoadOptions,
): Promise<LoadResult> {
  const batchSize = options.batchSize ?? 1000;
  const loaded = zeroCounts();
  const total = options.total ?? 0;
  let done = 0;
  const runId = randomUUID();
  const session = driver.session();
  let interrupted: InterruptedRun[] = [];
  try {
    interrupted = await markInterruptedRuns(session);
    await session.executeWrite((tx) =>
      tx.run(statement('import', 'startImportRun'), { id: runId, source: options.source }),
    );
    const load = async <K extends TableName>(table: K) => {
      const records = tables[table];
      if (!records) return;
      const cypher = statement('import', STATEMENT[table]);
      const toParameters = TO_PARAMETERS[table];
      let batch: object[] = [];
      const flush = async () => {
        const written = await writeBatch(session, table, cypher, batch);
        batch = [];
        loaded[table] += written;
        done += written;
        options.onProgress?.(done, Math.max(total, done), table);
      };
      for await (const record of records) {
        batch.push(toParameters(record));
        if (batch.length >= batchSize) await flush();
      }
      if (batch.length) await flush();
    };
    for (const table of TABLES) await load(table);
    await session.executeWrite((tx) =>
      tx.run(statement('import', 'finishImportRun'), {
        id: runId,
        status: 'completed',
        counts: JSON.stringify(loaded),
      }),
    );
    return { loaded, runId, interrupted };
  } catch (error) {
    await session
      .executeWrite((tx) =>
        tx.run(statement('import', 'finishImportRun'), {
          id: runId,
          status: 'failed',
          counts: JSON.stringify(loaded),
        }),
      )
      .catch(() => undefined);
    throw new LoadError((error as Error).message, loaded, interrupted);
  } finally {
    await session.close();
  }
}

/** Loads an in-memory dataset (small inputs and tests). */
export async function loadDataset(
  driver: Driver,
  data: ValidDataset,
  options: LoadOptions,
): Promise<Counts> {
  const total =
    data.actors.length + data.projects.length + data.participations.length + data.ties.length;
  const tables: TableRecords = {
    actors: each(data.actors),
    projects: each(data.projects),
    participations: each(data.participations),
    ties: each(data.ties),
  };
  return (await loadTables(driver, tables, { total, ...options })).loaded;
}
