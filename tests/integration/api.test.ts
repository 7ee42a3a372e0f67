import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../graph-import/import-dataset';
import { datasetToNetwork } from '../../graph-import/to-network';
import { readDataset } from '../../graph-import/read-dataset';
import { findFreePort } from '../../neo4j/local-server';
import { buildApp } from '../../server/app';
import { filterByView } from '../../src/model/view-filter';
import { fetchCompactNetwork } from '../../src/data/compact-fetch';
import { decodeCompactText } from '../../src/model/compact-decode';
import { VIEW_ACTOR_KINDS, VIEW_TIE_KINDS, VIEWS } from '../../src/model/domain';
import type { SerializedNetwork } from '../../src/model/graph-format';
import { resetDatabase, testDriver } from '../setup/neo4j-test-driver';
import { rawRequest } from './helpers/http';

let driver: Driver;
let app: FastifyInstance;
let base: string;
let port: number;
let expected: SerializedNetwork;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await importDataset('data/demo', { driver });
  const { data } = await readDataset('data/demo');
  expected = datasetToNetwork(data, 'all');
  port = await findFreePort();
  app = await buildApp({ driver, host: '127.0.0.1', port, log: () => undefined });
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

const withoutTime = (n: SerializedNetwork) => ({
  ...n,
  attributes: { ...n.attributes, generatedAt: '' },
});

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

  it('GET /api/graph?view=all&format=graphology serves exactly the network of the input file', async () => {
    const served = await getJson<SerializedNetwork>('/api/graph?view=all&format=graphology');
    expect(withoutTime(served)).toEqual(withoutTime(expected));
  });

  it('GET /api/graph?view=all (compact) decodes to exactly the network of the input file', async () => {
    const decoded = await fetchCompactNetwork(`${base}/api/graph?view=all`);
    expect(withoutTime(decoded)).toEqual(withoutTime(expected));
  });

  it.each(['br', 'gzip', 'identity'])(
    'negotiates %s and the compact stream decodes the same from every encoding',
    async (encoding) => {
      const response = await rawRequest(port, '/api/graph?view=knowledge', {
        headers: { 'accept-encoding': encoding === 'identity' ? '' : `${encoding}, deflate` },
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
      expect(response.headers.vary).toBe('Accept-Encoding');
      const body =
        encoding === 'br'
          ? brotliDecompressSync(response.body)
          : encoding === 'gzip'
            ? gunzipSync(response.body)
            : response.body;
      expect(response.headers['content-encoding']).toBe(
        encoding === 'identity' ? undefined : encoding,
      );
      const net = await decodeCompactText([body.toString('utf8')]);
      const json = await getJson<SerializedNetwork>('/api/graph?view=knowledge&format=graphology');
      expect(withoutTime(net)).toEqual(withoutTime(json));
    },
  );

  it.each(VIEWS.filter((v) => v !== 'all'))(
    'GET /api/graph?view=%s holds the view’s ties and actors, as filterByView does',
    async (view) => {
      const net = await fetchCompactNetwork(`${base}/api/graph?view=${view}`);
      expect(net.attributes.view).toBe(view);
      // The API's Cypher and the snapshot/CLI filter must agree: same actors, same ties.
      const filtered = filterByView(expected, view);
      const sortedKeys = (items: { key: string }[]) => items.map((i) => i.key).sort();
      expect(sortedKeys(net.nodes)).toEqual(sortedKeys(filtered.nodes));
      expect(sortedKeys(net.edges)).toEqual(sortedKeys(filtered.edges));
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

  it('rejects an unknown view or format with 400 and says which parameter', async () => {
    const view = await fetch(`${base}/api/graph?view=everything`);
    expect(view.status).toBe(400);
    expect(await view.json()).toEqual({
      error: 'bad_request',
      message: 'parameter "view" must be one of industrial, knowledge, all',
    });
    const format = await fetch(`${base}/api/graph?format=xml`);
    expect(((await format.json()) as { message: string }).message).toBe(
      'parameter "format" must be one of compact, graphology',
    );
  });

  it('sends a content security policy and offers no way to run Cypher', async () => {
    const response = await fetch(`${base}/api/health`);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const post = await fetch(`${base}/api/query`, {
      method: 'POST',
      body: 'MATCH (n) DETACH DELETE n',
    });
    expect(post.status).toBe(405);
    expect((await getJson<{ totals: { actors: number } }>('/api/summary')).totals.actors).toBe(331);
  });
});
