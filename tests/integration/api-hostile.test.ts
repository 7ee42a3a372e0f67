/**
 * Hostile requests against the running server (real Neo4j behind it): foreign Host and
 * Origin, cross-site fetches, bad and huge parameters, path traversal on static files, methods,
 * malformed HTTP, and the access token of a server listening beyond loopback. Every response,
 * refusals included, carries the security headers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../graph-import/import-dataset';
import { findFreePort } from '../../neo4j/local-server';
import { accessToken } from '../../server/access-token';
import { buildApp } from '../../server/app';
import { SECURITY_HEADERS } from '../../server/security';
import { resetDatabase, testDriver } from '../setup/neo4j-test-driver';
import { json, rawRequest, rawSocket, type RawResponse } from './helpers/http';

const SECRET = 'TOP-SECRET-OUTSIDE-THE-STATIC-ROOT';
const TOKEN = 'test-token-0123456789abcdefghijkl';
let driver: Driver;
let dir: string;
let app: FastifyInstance;
let port: number;
let shared: FastifyInstance;
let sharedPort: number;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await importDataset('data/demo', { driver });
  dir = mkdtempSync(join(tmpdir(), 'cne-hostile-'));
  const root = join(dir, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>explorer</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  port = await findFreePort();
  app = await buildApp({ driver, host: '127.0.0.1', port, staticDir: root, log: () => undefined });
  await app.listen({ host: '127.0.0.1', port });
  // The same app as `npm start -- --listen …` builds it: token required.
  sharedPort = await findFreePort();
  shared = await buildApp({
    driver,
    host: '127.0.0.1',
    port: sharedPort,
    staticDir: root,
    token: accessToken(TOKEN),
    log: () => undefined,
  });
  await shared.listen({ host: '127.0.0.1', port: sharedPort });
});
afterAll(async () => {
  await app?.close();
  await shared?.close();
  await driver?.close();
  rmSync(dir, { recursive: true, force: true });
});

function expectSecurityHeaders(response: RawResponse | string) {
  const headers =
    typeof response === 'string'
      ? Object.fromEntries(
          response
            .split('\r\n\r\n')[0]!
            .split('\r\n')
            .slice(1)
            .map((l) => [
              l.slice(0, l.indexOf(':')).toLowerCase(),
              l.slice(l.indexOf(':') + 1).trim(),
            ]),
        )
      : response.headers;
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name]).toBe(value);
}

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(port, path, { headers, method });

describe('foreign hosts and origins', () => {
  it.each([
    ['a foreign Host (DNS rebinding)', { host: 'evil.example' }, 'host_not_allowed'],
    ['a foreign Host with our port', { host: `evil.example:${0}` }, 'host_not_allowed'],
    ['another site’s Origin', { origin: 'https://evil.example' }, 'origin_not_allowed'],
    ['the opaque origin null', { origin: 'null' }, 'origin_not_allowed'],
    ['our address on another port', { origin: 'http://127.0.0.1:1' }, 'origin_not_allowed'],
    [
      'a cross-site fetch (Sec-Fetch-Site)',
      { 'sec-fetch-site': 'cross-site' },
      'origin_not_allowed',
    ],
    [
      'a same-site fetch from another port',
      { 'sec-fetch-site': 'same-site' },
      'origin_not_allowed',
    ],
  ])(
    'refuses %s with 403, a JSON reason and the security headers',
    async (_what, headers, error) => {
      const h = { ...headers } as Record<string, string>;
      if (h.host === `evil.example:0`) h.host = `evil.example:${port}`;
      for (const path of ['/api/graph?view=all', '/api/health', '/api/summary']) {
        const response = await get(path, h);
        expect(response.status).toBe(403);
        expect(json(response)).toMatchObject({ error });
        expect(response.body.toString()).not.toMatch(/"t":"network"|actors/);
        expectSecurityHeaders(response);
      }
    },
  );

  it('serves its own origin, same-origin fetches and clients that send no Origin', async () => {
    const cases: Record<string, string>[] = [
      { origin: `http://127.0.0.1:${port}` },
      { origin: `http://localhost:${port}`, host: `localhost:${port}` },
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      {},
    ];
    for (const headers of cases) {
      const response = await get('/api/health', headers);
      expect(response.status).toBe(200);
      expectSecurityHeaders(response);
    }
  });
});

describe('parameters', () => {
  it.each([
    ['/api/graph?view=all&view=all', 'parameter "view" must be one of industrial, knowledge, all'],
    ['/api/graph?view=%3Cscript%3E', 'parameter "view" must be one of industrial, knowledge, all'],
    ['/api/graph?view=%00', 'parameter "view" must be one of industrial, knowledge, all'],
    ['/api/graph?cypher=MATCH%20(n)%20DELETE%20n', 'unknown parameter "cypher"'],
    ['/api/summary?limit=1000000', 'unknown parameter "limit"'],
    ['/api/health?x', 'unknown parameter "x"'],
  ])('%s → 400 %s', async (path, message) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(json(response)).toEqual({ error: 'bad_request', message });
    expectSecurityHeaders(response);
  });

  it('a long parameter name is cut short in the message, never echoed whole', async () => {
    const name = 'a'.repeat(1500);
    const response = await get(`/api/graph?${name}=1`);
    expect(response.status).toBe(400);
    expect(String(json(response).message)).toBe(`unknown parameter "${'a'.repeat(40)}"`);
  });

  it('a huge query string is refused with 414, huge headers with 431, both with headers', async () => {
    const long = await get(`/api/graph?view=${'x'.repeat(10_000)}`);
    expect(long.status).toBe(414);
    expectSecurityHeaders(long);
    const reply = await rawSocket(
      port,
      `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Big: ${'y'.repeat(64 * 1024)}\r\n\r\n`,
    );
    expect(reply).toMatch(/^HTTP\/1\.1 431 /);
    expectSecurityHeaders(reply);
  });

  it('malformed HTTP gets 400 with the security headers', async () => {
    const reply = await rawSocket(port, 'GET /api/health HTTP/9.9 junk\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expectSecurityHeaders(reply);
  });
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'])(
    '%s on the API → 405, Allow: GET, HEAD',
    async (method) => {
      for (const path of ['/api/graph', '/api/health', '/api/query']) {
        const response = await get(path, {}, method);
        expect(response.status).toBe(405);
        expect(response.headers.allow).toBe('GET, HEAD');
        expect(response.headers['access-control-allow-origin']).toBeUndefined();
        expectSecurityHeaders(response);
      }
    },
  );

  it('HEAD answers without a body', async () => {
    const response = await get('/api/health', {}, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.body.length).toBe(0);
  });
});

describe('static files', () => {
  it('serves the front end with the security headers', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.body.toString()).toContain('<title>explorer</title>');
    expectSecurityHeaders(index);
    expect((await get('/assets/app.js')).status).toBe(200);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/..\\..\\secret.txt',
    '//secret.txt',
    '/secret.txt%00.js',
    '/%c0%ae%c0%ae/secret.txt',
  ])('path traversal %s reveals nothing', async (path) => {
    const response = await get(path);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body.toString('latin1')).not.toContain(SECRET);
    expectSecurityHeaders(response);
  });

  it('unknown paths are a JSON 404 with the security headers', async () => {
    for (const path of ['/nope', '/api/nope', '/api']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(json(response)).toEqual({ error: 'not_found', message: 'Nothing here.' });
      expectSecurityHeaders(response);
    }
  });
});

describe('listening beyond loopback: the access token', () => {
  const shared_ = (path: string, headers: Record<string, string> = {}) =>
    rawRequest(sharedPort, path, { headers });

  it('refuses everything without the token (401), with the headers', async () => {
    for (const path of ['/', '/assets/app.js', '/api/health', '/api/graph?view=all']) {
      const response = await shared_(path);
      expect(response.status).toBe(401);
      expect(json(response)).toMatchObject({ error: 'token_required' });
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expectSecurityHeaders(response);
    }
    for (const wrong of ['Bearer nope', `Bearer ${TOKEN}x`, TOKEN]) {
      expect((await shared_('/api/health', { authorization: wrong })).status).toBe(401);
    }
    expect((await shared_('/api/health', { cookie: `cne_access=${TOKEN.slice(1)}` })).status).toBe(
      401,
    );
  });

  it('the access link sets an HttpOnly SameSite=Strict cookie and leaves the address bar', async () => {
    expect((await shared_('/auth?token=wrong')).status).toBe(401);
    expect((await shared_('/auth')).status).toBe(401);
    const link = await shared_(`/auth?token=${TOKEN}`);
    expect(link.status).toBe(303);
    expect(link.headers.location).toBe('./');
    const cookie = String(link.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^cne_access=${TOKEN}; HttpOnly; SameSite=Strict; Path=/`));
    expectSecurityHeaders(link);
    const page = await shared_('/', { cookie: `other=1; cne_access=${TOKEN}` });
    expect(page.status).toBe(200);
  });

  it('admits the cookie or a bearer token, and still checks the origin', async () => {
    expect((await shared_('/api/health', { cookie: `cne_access=${TOKEN}` })).status).toBe(200);
    expect((await shared_('/api/health', { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    const foreign = await shared_('/api/graph', {
      cookie: `cne_access=${TOKEN}`,
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
  });
});
