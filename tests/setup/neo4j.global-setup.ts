/**
 * Integration tests get their own Neo4j: a free port, a throw-away home under the OS temp dir,
 * small memory. NEO4J_URI is deliberately ignored, because the tests wipe the database.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-server';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const home = await mkdtemp(join(tmpdir(), 'cne-neo4j-test-'));
  let server: LocalNeo4j;
  try {
    server = await startLocalNeo4j({
      home,
      port: await findFreePort(),
      heap: '1g',
      pageCache: '256m',
      log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
    });
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
  project.provide('neo4j', { uri: server.uri, user: server.user, password: server.password });

  return async () => {
    try {
      await server.stop();
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  };
}
