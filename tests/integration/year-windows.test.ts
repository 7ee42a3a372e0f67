/**
 * Participation years go from the input through Neo4j to the served network (both
 * formats), so a year window gives the same network from the database as from the files.
 * tests/fixtures/import/years: Y-CO-LATE takes part in the early project but with its own
 * later years; Y-CO-PROJECT has no tie and is dated only by its project.
 */
import { spawnSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importDataset } from '../../graph-import/import-dataset';
import { readDataset } from '../../graph-import/read-dataset';
import { datasetToNetwork } from '../../graph-import/to-network';
import { findFreePort } from '../../neo4j/local-server';
import { buildApp } from '../../server/app';
import { fetchCompactNetwork } from '../../src/data/compact-fetch';
import type { SerializedNetwork } from '../../src/model/graph-format';
import { filterByYears } from '../../src/model/year-window';
import { resetDatabase, testDriver } from '../setup/neo4j-test-driver';

const input = 'tests/fixtures/import/years';
let driver: Driver;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  const report = await importDataset(input, { driver });
  expect(report.rejected).toEqual([]);
  const port = await findFreePort();
  app = await buildApp({ driver, host: '127.0.0.1', port, log: () => undefined });
  await app.listen({ host: '127.0.0.1', port });
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

const keysIn = (network: SerializedNetwork, from: number, to: number) =>
  filterByYears(network, { from, to })
    .nodes.map((n) => n.key)
    .sort();

describe('participation years, served', () => {
  it('are in both formats of /api/graph, as in the input', async () => {
    const { data } = await readDataset(input);
    const expected = datasetToNetwork(data, 'all');
    const json = (await (
      await fetch(`${base}/api/graph?view=all&format=graphology`)
    ).json()) as SerializedNetwork;
    const compact = await fetchCompactNetwork(`${base}/api/graph?view=all`);
    for (const served of [json, compact]) {
      const late = served.nodes.find((n) => n.key === 'Y-CO-LATE')!;
      expect(late.attributes.participations).toEqual([
        { project: 'P-EARLY', role: 'member', startYear: 2008, endYear: 2009 },
      ]);
      expect(served.nodes).toEqual(expected.nodes);
    }
  });

  it('give the same windows from the database as from the files', async () => {
    const compact = await fetchCompactNetwork(`${base}/api/graph?view=all`);
    expect(keysIn(compact, 2001, 2005)).toEqual(['Y-CO-EARLY', 'Y-UNI']);
    expect(keysIn(compact, 2006, 2010)).toEqual(['Y-CO-LATE', 'Y-CO-PROJECT', 'Y-UNI']);
    const { uri, user, password } = inject('neo4j');
    const run = (args: string[]) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', 'cli/analyze.ts', ...args, '--measures', 'degree', '--quiet'],
        {
          encoding: 'utf8',
          env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
          timeout: 180_000,
        },
      );
    const fromDb = run(['--from-db', '--years', '2006-2010']);
    const fromFiles = run([input, '--years', '2006-2010']);
    expect(fromDb.status, fromDb.stderr).toBe(0);
    expect(fromFiles.status, fromFiles.stderr).toBe(0);
    const a = JSON.parse(fromDb.stdout);
    const b = JSON.parse(fromFiles.stdout);
    expect(Object.keys(a.nodes).sort()).toEqual(['Y-CO-LATE', 'Y-CO-PROJECT', 'Y-UNI']);
    expect(a.nodes).toEqual(b.nodes);
  });
});
