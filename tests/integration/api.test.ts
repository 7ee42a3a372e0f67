import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../graph-import/import-dataset';
import { datasetToNetwork } from '../../graph-import/to-network';
import { readDataset } from '../../graph-import/read-dataset';
import { findFreePort } from '../../neo4j/local-server';
import { buildApp } from '../../server/app';
import { VIEW_ACTOR_KINDS, VIEW_TIE_KINDS, VIEWS } from '../../src/model/domain';
import type { SerializedNetwork } from '../../src/model/graph-format';
import { resetDatabase, testDriver } from '../setup/neo4j-test-driver';

let driver: Driver;
let app: FastifyInstance;
let base: string;
let port: number;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await importDataset('data/demo', { driver });
  port = await findFreePort();
  app = await buildApp({ driver, host: '127.0.0.1', port });
  await app.listen({ host: '127.0.0.1', port });
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${base}${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('the API', () => {
  it('GET /api/health reports Neo4j connected', async () => {
    const health = await getJson<{ status: string; neo4j: { connected: boolean; agent: string } }>(
      '/api/health',
    );
    expect(health.status).toBe('ok');
    expect(health.neo4j.connected).toBe(true);
    expect(health.neo4j.agent).toMatch(/^Neo4j\/5\.26/);
  });

  it('GET /api/summary counts by kind', async () => {
    const summary = await getJson<{
      totals: Record<string, number>;
      actorsByKind: Record<string, number>;
      lastImport: { status: string };
    }>('/api/summary');
    expect(summary.totals).toMatchObject({ actors: 331, projects: 8 });
    expect(summary.totals.ties).toBeGreaterThanOrEqual(1000);
    expect(summary.actorsByKind).toMatchObject({ university: 14, tlo: 3, company: 275 });
    expect(summary.totals.syntheticTies).toBe(summary.totals.ties);
    expect(summary.lastImport.status).toBe('completed');
  });

  it('GET /api/graph?view=all serves exactly the network of the input file', async () => {
    const served = await getJson<SerializedNetwork>('/api/graph?view=all');
    const { data } = await readDataset('data/demo');
    const expected = datasetToNetwork(data, 'all');
    expect({ ...served, attributes: { ...served.attributes, generatedAt: '' } }).toEqual({
      ...expected,
      attributes: { ...expected.attributes, generatedAt: '' },
    });
  });

  it.each(VIEWS.filter((v) => v !== 'all'))(
    'GET /api/graph?view=%s holds the view’s ties and actors',
    async (view) => {
      const net = await getJson<SerializedNetwork>(`/api/graph?view=${view}`);
      expect(net.attributes.view).toBe(view);
      expect(net.edges.length).toBeGreaterThan(0);
      const keys = new Set(net.nodes.map((n) => n.key));
      for (const e of net.edges) {
        expect(VIEW_TIE_KINDS[view]).toContain(e.attributes.kind);
        expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
      }
      const touched = new Set(net.edges.flatMap((e) => [e.source, e.target]));
      for (const n of net.nodes) {
        expect(touched.has(n.key) || VIEW_ACTOR_KINDS[view].includes(n.attributes.kind)).toBe(true);
      }
    },
  );

  it('rejects an unknown view with 400', async () => {
    const response = await fetch(`${base}/api/graph?view=everything`);
    expect(response.status).toBe(400);
  });

  it('refuses requests whose Host header is not its own', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/summary',
          headers: { host: `evil.example:${port}` },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
    const ok = await fetch(`http://localhost:${port}/api/health`);
    expect(ok.status).toBe(200);
  });

  it('sends a content security policy and offers no way to run Cypher', async () => {
    const response = await fetch(`${base}/api/health`);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const post = await fetch(`${base}/api/query`, {
      method: 'POST',
      body: 'MATCH (n) DETACH DELETE n',
    });
    expect(post.status).toBe(404);
  });
});
