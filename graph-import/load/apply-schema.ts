import type { Driver } from 'neo4j-driver';
import { loadCypher } from '../../neo4j/cypher-files';

/** Creates constraints and indexes (idempotent) and waits until they are online. */
export async function applySchema(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    for (const statement of Object.values(loadCypher('schema'))) {
      await session.run(statement);
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
