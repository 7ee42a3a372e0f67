import type { Driver } from 'neo4j-driver';
import { createDriver, resolveConnection } from './connection';
import { startLocalNeo4j, type LocalNeo4j } from './local-server';

/**
 * Runs `work` with a driver for the project's database: NEO4J_URI when set; else the local
 * server if it is already running (e.g. under `npm start`), or a local server started just for
 * this command and stopped afterwards.
 */
export async function withDatabase<T>(work: (driver: Driver) => Promise<T>): Promise<T> {
  const connection = resolveConnection();
  let driver = createDriver(connection);
  let local: LocalNeo4j | undefined;
  try {
    try {
      await driver.verifyConnectivity();
    } catch (error) {
      if (!connection.local) throw error;
      await driver.close();
      process.stderr.write('Local Neo4j is not running: starting it for this command…\n');
      local = await startLocalNeo4j({ log: (line) => process.stderr.write(`${line}\n`) });
      driver = createDriver(local);
    }
    return await work(driver);
  } finally {
    await driver.close();
    await local?.stop();
  }
}
