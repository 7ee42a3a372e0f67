import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { statement } from '../../neo4j/cypher-files';
import type { Counts, ValidDataset } from '../validate/records';
import { batches } from './batches';
import {
  actorParameters,
  participationParameters,
  projectParameters,
  tieParameters,
} from './to-parameters';

export interface LoadOptions {
  batchSize?: number;
  source: string;
  onProgress?: (done: number, total: number, table: keyof Counts) => void;
}

export class LoadError extends Error {
  constructor(
    message: string,
    readonly loaded: Counts,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/**
 * Writes a validated dataset in batches: actors, projects, then participations and ties that
 * refer to them. Each batch is one write transaction (all of it or none); every statement
 * MERGEs on ids, so a re-run after an interruption completes the load without duplicates.
 */
export async function loadDataset(
  driver: Driver,
  data: ValidDataset,
  options: LoadOptions,
): Promise<Counts> {
  const batchSize = options.batchSize ?? 1000;
  const loaded: Counts = { actors: 0, projects: 0, participations: 0, ties: 0 };
  const total =
    data.actors.length + data.projects.length + data.participations.length + data.ties.length;
  let done = 0;
  const runId = randomUUID();
  const session = driver.session();
  try {
    await session.executeWrite((tx) =>
      tx.run(statement('import', 'startImportRun'), { id: runId, source: options.source }),
    );
    const steps: [keyof Counts, string, unknown[]][] = [
      ['actors', 'mergeActors', data.actors.map(actorParameters)],
      ['projects', 'mergeProjects', data.projects.map(projectParameters)],
      ['participations', 'mergeParticipations', data.participations.map(participationParameters)],
      ['ties', 'mergeTies', data.ties.map(tieParameters)],
    ];
    for (const [table, name, rows] of steps) {
      const cypher = statement('import', name);
      for (const batch of batches(rows, batchSize)) {
        const written = await session.executeWrite(async (tx) => {
          const result = await tx.run(cypher, { rows: batch });
          const n = Number(result.records[0]?.get('written') ?? 0);
          // A row whose MATCH found nothing would vanish silently: refuse the whole batch.
          if (n !== batch.length) {
            throw new Error(`${table}: batch wrote ${n} of ${batch.length} rows; rolled back`);
          }
          return n;
        });
        loaded[table] += written;
        done += written;
        options.onProgress?.(done, total, table);
      }
    }
    await session.executeWrite((tx) =>
      tx.run(statement('import', 'finishImportRun'), {
        id: runId,
        status: 'completed',
        counts: JSON.stringify(loaded),
      }),
    );
    return loaded;
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
    throw new LoadError((error as Error).message, loaded);
  } finally {
    await session.close();
  }
}
