/** Driver and clean-slate helper for integration tests, against the global-setup Neo4j. */
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../neo4j/connection';

/** A driver for the test server; close it in afterAll. */
export function testDriver(): Driver {
  return createDriver(inject('neo4j'));
}

const BATCH = 10_000;

/**
 * Deletes every node and relationship, in batches so a full national dataset does not need one
 * huge transaction. Constraints and indexes stay: the schema belongs to the importer.
 */
export async function resetDatabase(driver: Driver): Promise<void> {
  for (;;) {
    const { records } = await driver.executeQuery(
      'MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted',
      { batch: neo4j.int(BATCH) },
    );
    if (Number(records[0]?.get('deleted') ?? 0) === 0) return;
  }
}
