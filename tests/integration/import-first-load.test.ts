/**
 * The first load of a table into a database that holds none of it is written with CREATE
 * alone (no lookup of an existing row): it must give the same graph as the upserting
 * statements, and a database that already holds rows must still be upserted.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applySchema } from '../../graph-import/load/apply-schema';
import { loadDataset } from '../../graph-import/load/load-dataset';
import { readDataset } from '../../graph-import/read-dataset';
import type { ValidDataset } from '../../graph-import/validate/records';
import { resetDatabase, testDriver } from '../setup/neo4j-test-driver';
import { graphCounts, graphFingerprint } from './graph-counts';

let driver: Driver;
let demo: ValidDataset;

beforeAll(async () => {
  driver = testDriver();
  demo = (await readDataset('data/demo')).data;
});
beforeEach(async () => {
  await resetDatabase(driver);
  await applySchema(driver);
});
afterAll(async () => {
  await driver.close();
});

/** One actor, project, participation and tie that are not the demo's, so no table is empty. */
async function seedOtherRows(): Promise<void> {
  await driver.executeQuery(
    `CREATE (a:Actor:Company {id: 'ZZ-A'})-[:TIE {id: 'ZZ-T'}]->(:Actor:Company {id: 'ZZ-B'}),
            (a)-[:PARTICIPATES_IN]->(:Project {id: 'ZZ-P'})`,
  );
}

async function removeOtherRows(): Promise<void> {
  await driver.executeQuery(`MATCH (n) WHERE n.id STARTS WITH 'ZZ-' DETACH DELETE n`);
}

describe('the first load into an empty database', () => {
  it('creates every table but projects, and writes the graph the upserting statements write', async () => {
    const first = await loadDataset(driver, demo, { source: 'test', batchSize: 50 });
    expect(first.created).toEqual(['actors', 'participations', 'ties']);
    const created = await graphFingerprint(driver);

    await resetDatabase(driver);
    await seedOtherRows();
    const upserted = await loadDataset(driver, demo, { source: 'test', batchSize: 50 });
    expect(upserted.created).toEqual([]);
    await removeOtherRows();
    expect(await graphFingerprint(driver)).toBe(created);
    expect(upserted.loaded).toEqual(first.loaded);
  });

  it('upserts a table the database already holds, and creates the ones it does not', async () => {
    // A run killed after the actors: its re-run must update them, not create them again.
    await loadDataset(driver, { ...demo, participations: [], ties: [] }, { source: 'test' });
    const rerun = await loadDataset(driver, demo, { source: 'test', batchSize: 50 });
    expect(rerun.created).toEqual(['participations', 'ties']);
    expect(await graphCounts(driver)).toMatchObject(rerun.loaded);

    const again = await loadDataset(driver, demo, { source: 'test', batchSize: 50 });
    expect(again.created).toEqual([]);
    expect(await graphCounts(driver)).toMatchObject(rerun.loaded);
  });

  it('fails a batch that would create a tie id twice, instead of duplicating it', async () => {
    // Validation never lets one input give an id twice; what guards the create path against
    // another writer's tie is the uniqueness constraint, exercised here within one batch.
    const duplicate = { ...demo, ties: [demo.ties[0]!, demo.ties[0]!] };
    const failure = await loadDataset(driver, duplicate, { source: 'test' }).catch(
      (e: unknown) => e as Error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/already exists|constraint/i);
    expect((await graphCounts(driver)).ties).toBe(0);
  });
});
