/**
 * Runs the LOAD CSV baseline (bench/import/load-csv.cypher) after the importer's schema
 * (cypher/schema.cypher), each statement in an auto-commit transaction as CALL … IN
 * TRANSACTIONS requires.
 */
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadCypher } from '../../neo4j/cypher-files';
import { ACTOR_KIND_LABEL, DIRECTED_TIE_KINDS, SECTOR_OF_KIND } from '../../src/model/domain';

const HERE = dirname(fileURLToPath(import.meta.url));
const STEPS = [
  ['loadActors', 'actors'],
  ['loadProjects', 'projects'],
  ['loadParticipations', 'participations'],
  ['loadTies', 'ties'],
] as const;

export interface LoadCsvTimes {
  schema: number;
  actors: number;
  projects: number;
  participations: number;
  ties: number;
}

/** Applies the schema and loads `dir`'s four CSV files; returns seconds per step. */
export async function runLoadCsv(driver: Driver, dir: string): Promise<LoadCsvTimes> {
  const statements = loadCypher('load-csv', HERE);
  const url = (table: string) => pathToFileURL(join(dir, `${table}.csv`)).href;
  const parameters = {
    actors: url('actors'),
    projects: url('projects'),
    participations: url('participations'),
    ties: url('ties'),
    sectorOfKind: SECTOR_OF_KIND,
    labelOfKind: ACTOR_KIND_LABEL,
    directedKinds: [...DIRECTED_TIE_KINDS],
  };
  const session = driver.session();
  const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
  try {
    let start = process.hrtime.bigint();
    for (const statement of Object.values(loadCypher('schema'))) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
    const times: LoadCsvTimes = {
      schema: seconds(start),
      actors: 0,
      projects: 0,
      participations: 0,
      ties: 0,
    };
    for (const [name, table] of STEPS) {
      start = process.hrtime.bigint();
      await session.run(statements[name]!, parameters);
      times[table] = seconds(start);
    }
    return times;
  } finally {
    await session.close();
  }
}
