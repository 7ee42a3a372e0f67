/**
 * The API against a Neo4j that goes away: this file starts its own Neo4j (the shared test
 * server must stay up for the other files), stops it, hangs it, kills it during a request and
 * restarts it, while one API process keeps serving. Down means 503 within a second with a
 * short message and nothing internal; back up means served again, without restarting the API.
 */
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../graph-import/import-dataset';
import { createDriver } from '../../neo4j/connection';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-server';
import { READ_DRIVER_SETTINGS } from '../../neo4j/named-reads';
import { generateDataset } from '../../scripts/generate/dataset';
import { parseScale } from '../../scripts/generate/plan';
import { writeDataset } from '../../scripts/generate/write';
import { buildApp } from '../../server/app';
import { SECURITY_HEADERS } from '../../server/security';
import { fetchCompactNetwork } from '../../src/data/compact-fetch';
import { CompactStreamError, decodeCompactText } from '../../src/model/compact-decode';
import type { SerializedNetwork } from '../../src/model/graph-format';
import { json, rawRequest } from './helpers/http';

const home = mkdtempSync(join(tmpdir(), 'cne-down-neo4j-'));
const input = mkdtempSync(join(tmpdir(), 'cne-down-input-'));
let boltPort: number;
let neo4j: LocalNeo4j;
let driver: Driver;
let app: FastifyInstance;
let port: number;
let served: SerializedNetwork;
const logged: string[] = [];

const start = () =>
  startLocalNeo4j({ home, port: boltPort, heap: '512m', pageCache: '128m' }).then((s) => {
    neo4j = s;
  });

const graph = () => fetchCompactNetwork(`http://127.0.0.1:${port}/api/graph?view=all`);
const withoutTime = (n: SerializedNetwork) => ({
  ...n,
  attributes: { ...n.attributes, generatedAt: '' },
});

const ENDPOINTS = [
  '/api/health',
  '/api/summary',
  '/api/graph?view=all',
  '/api/graph?view=knowledge&format=graphology',
];

/** Everything a 503 must not show: where the database is and what the driver said. */
function expectNothingInternal(body: string) {
  for (const leak of [
    'bolt',
    '127.0.0.1',
    String(boltPort),
    'ServiceUnavailable',
    'SessionExpired',
    'Failed to connect',
    'Neo.',
    'at ',
  ]) {
    expect(body).not.toContain(leak);
  }
}

beforeAll(async () => {
  boltPort = await findFreePort();
  await start();
  driver = createDriver(neo4j, READ_DRIVER_SETTINGS);
  // Big enough that reading it takes a moment (killed mid-request below), small enough to import fast.
  writeDataset(generateDataset(parseScale('2000'), 3), input);
  const report = await importDataset(input, { driver });
  expect(report.status).toBe('completed');
  port = await findFreePort();
  app = await buildApp({ driver, host: '127.0.0.1', port, log: (line) => logged.push(line) });
  await app.listen({ host: '127.0.0.1', port });
});

afterAll(async () => {
  await app?.close();
  await driver?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
  rmSync(input, { recursive: true, force: true });
});

describe('the API when Neo4j goes away', () => {
  it('serves while Neo4j is up', async () => {
    served = await graph();
    expect(served.nodes.length).toBeGreaterThan(1_900);
    expect(served.edges.length).toBeGreaterThan(15_000);
  });

  it('Neo4j stopped: 503 within a second, a short message, nothing internal', async () => {
    await neo4j.stop();
    for (const path of ENDPOINTS) {
      const response = await rawRequest(port, path);
      expect(response.status, path).toBe(503);
      expect(response.ms, path).toBeLessThan(1000);
      expect(json(response)).toEqual({
        status: 'unavailable',
        error: 'database_unavailable',
        reason: 'unreachable',
        message: 'The database is not answering.',
      });
      expect(response.headers['retry-after']).toBe('2');
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers[name]).toBe(value);
      }
      expectNothingInternal(response.body.toString());
    }
    // The browser's source reads that as "retry later".
    await expect(graph()).rejects.toMatchObject({ unavailable: 'database' });
    // The server's own log has the driver's words, for whoever runs it.
    expect(logged.join('\n')).toMatch(/ServiceUnavailable|Failed to connect/);
  });

  it('Neo4j restarted: served again by the same API process', async () => {
    await start();
    expect(withoutTime(await graph())).toEqual(withoutTime(served));
    expect((await rawRequest(port, '/api/health')).status).toBe(200);
  });

  it('Neo4j hung (SIGSTOP): 503 after about a second instead of waiting for it', async () => {
    process.kill(neo4j.pid, 'SIGSTOP');
    try {
      for (const path of ['/api/health', '/api/graph?view=all']) {
        const response = await rawRequest(port, path);
        expect(response.status, path).toBe(503);
        expect(response.ms, path).toBeLessThan(2000);
        expect(json(response)).toMatchObject({ reason: 'timeout' });
        expectNothingInternal(response.body.toString());
      }
    } finally {
      process.kill(neo4j.pid, 'SIGCONT');
    }
    expect(withoutTime(await graph())).toEqual(withoutTime(served));
  });

  it('Neo4j killed during a request: the stream ends with an error frame, never half a network', async () => {
    const body = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/graph?view=all' }, (res) => {
        expect(res.statusCode).toBe(200);
        const chunks: Buffer[] = [];
        res.once('data', () => process.kill(neo4j.pid, 'SIGKILL'));
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
    await neo4j.exited;
    const error = await decodeCompactText([body]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompactStreamError);
    expect((error as CompactStreamError).frame).toEqual({
      t: 'error',
      reason: 'unavailable',
      message: 'The database is not answering.',
    });
    expectNothingInternal(body.slice(body.lastIndexOf('{"t":"error"')));
  });
});
