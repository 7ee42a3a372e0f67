/** The server's pure rules: listening, compression, origins, tokens, database errors. */
import { describe, expect, it } from 'vitest';
import { classifyDatabaseError, DatabaseUnavailableError } from '../../../neo4j/named-reads';
import { quietLog } from '../../../server/api-errors';
import { accessToken } from '../../../server/access-token';
import { negotiateEncoding } from '../../../server/compression';
import { allowedHosts } from '../../../server/host-check';
import { isLoopback, ListenError, resolveListenOptions } from '../../../server/listen-options';
import { isAllowedOrigin, refusalOf } from '../../../server/security';

describe('where npm start listens', () => {
  it('loopback by default, without a token', () => {
    expect(resolveListenOptions([], {})).toEqual({
      host: '127.0.0.1',
      port: 8080,
      public: false,
      extraHosts: [],
    });
    expect(resolveListenOptions([], { HOST: 'localhost', PORT: '9000' })).toMatchObject({
      host: 'localhost',
      port: 9000,
      public: false,
    });
  });

  it('another address only with --listen or LISTEN_PUBLIC=1', () => {
    expect(() => resolveListenOptions([], { HOST: '0.0.0.0' })).toThrow(
      /HOST=0\.0\.0\.0 would serve the database's contents to other machines.*--listen 0\.0\.0\.0/,
    );
    expect(resolveListenOptions(['--listen', '0.0.0.0'], {})).toMatchObject({
      host: '0.0.0.0',
      public: true,
    });
    expect(resolveListenOptions(['--listen=192.168.1.5'], {}).public).toBe(true);
    expect(resolveListenOptions([], { HOST: '0.0.0.0', LISTEN_PUBLIC: '1' }).public).toBe(true);
    expect(resolveListenOptions(['--listen', '127.0.0.1'], {}).public).toBe(false);
  });

  it('refuses what it does not understand', () => {
    expect(() => resolveListenOptions(['--listen'], {})).toThrow(ListenError);
    expect(() => resolveListenOptions(['--port', '1'], {})).toThrow(/unknown argument "--port"/);
    expect(() => resolveListenOptions([], { PORT: '99999' })).toThrow(/PORT must be/);
  });

  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) {
      expect(isLoopback(h)).toBe(true);
    }
    for (const h of ['0.0.0.0', '::', '192.168.1.5', 'example.org', '127.0.0.1.evil.org']) {
      expect(isLoopback(h)).toBe(false);
    }
  });
});

describe('Accept-Encoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0.1, gzip;q=0.5', 'gzip'],
    ['identity', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'],
    ['GZIP', 'gzip'],
    ['br;q=abc', 'identity'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe('origins and request rules', () => {
  const hosts = allowedHosts('127.0.0.1', 8080);
  const req = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({
    method,
    url,
    headers: { host: '127.0.0.1:8080', ...headers },
  });

  it('accepts no Origin or its own, refuses the rest', () => {
    expect(isAllowedOrigin(undefined, hosts)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:8080', hosts)).toBe(true);
    expect(isAllowedOrigin('http://localhost:8080', hosts)).toBe(true);
    for (const o of [
      'null',
      'http://127.0.0.1:8081',
      'http://evil.example',
      'http://127.0.0.1:8080.evil.example',
      'file://',
      'javascript:alert(1)',
      '',
    ]) {
      expect(isAllowedOrigin(o, hosts), o).toBe(false);
    }
  });

  it('checks URL length, Host, API methods, Origin and Sec-Fetch-Site in that order', () => {
    const options = { allowedHosts: hosts };
    expect(refusalOf(req(`/api/graph?v=${'x'.repeat(3000)}`), options)?.status).toBe(414);
    expect(refusalOf(req('/api/health', { host: 'evil:8080' }), options)?.error).toBe(
      'host_not_allowed',
    );
    expect(refusalOf(req('/api/health', {}, 'DELETE'), options)?.status).toBe(405);
    expect(refusalOf(req('/api/health', { origin: 'https://evil.example' }), options)?.status).toBe(
      403,
    );
    expect(refusalOf(req('/api/health', { 'sec-fetch-site': 'cross-site' }), options)?.status).toBe(
      403,
    );
    // Static files: only the Host check (a page may be opened from a link on another site).
    expect(refusalOf(req('/index.html', { 'sec-fetch-site': 'cross-site' }), options)).toBeNull();
    expect(refusalOf(req('/apiary.html', {}, 'POST'), options)).toBeNull();
    expect(refusalOf(req('/api/health'), options)).toBeNull();
  });

  it('with a token: the cookie or bearer header, compared whole', () => {
    const token = accessToken('s3cret-token-value');
    const options = { allowedHosts: hosts, token };
    expect(refusalOf(req('/'), options)?.status).toBe(401);
    expect(
      refusalOf(req('/', { cookie: 'a=1; cne_access=s3cret-token-value' }), options),
    ).toBeNull();
    expect(refusalOf(req('/', { authorization: 'Bearer s3cret-token-value' }), options)).toBeNull();
    for (const cookie of [
      'cne_access=s3cret',
      'cne_access=s3cret-token-value2',
      'xcne_access=s3cret-token-value',
    ]) {
      expect(refusalOf(req('/', { cookie }), options)?.status, cookie).toBe(401);
    }
    expect(refusalOf(req('/auth?token=whatever'), options)).toBeNull();
  });
});

describe('database errors', () => {
  const driverError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  it('maps what means "cannot answer now" to a DatabaseUnavailableError with a plain message', () => {
    const cases: [Error, string][] = [
      [
        driverError('ServiceUnavailable', 'Failed to connect to server bolt://127.0.0.1:7687'),
        'unreachable',
      ],
      [driverError('SessionExpired'), 'unreachable'],
      [driverError('N/A', 'Connection acquisition timed out in 10000 ms'), 'timeout'],
      [
        driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
        'timeout',
      ],
      [driverError('Neo.ClientError.Security.Unauthorized'), 'auth'],
      [driverError('Neo.TransientError.General.OutOfMemoryError'), 'busy'],
    ];
    for (const [error, reason] of cases) {
      const mapped = classifyDatabaseError(error);
      expect(mapped).toBeInstanceOf(DatabaseUnavailableError);
      expect((mapped as DatabaseUnavailableError).reason).toBe(reason);
      expect((mapped as Error).message).not.toMatch(/bolt|127\.0\.0\.1|Neo\./);
      expect((mapped as Error).cause).toBe(error);
    }
  });

  it('leaves other errors alone (a bad statement is a bug, not an outage)', () => {
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(classifyDatabaseError(syntax)).toBe(syntax);
    const plain = new Error('boom');
    expect(classifyDatabaseError(plain)).toBe(plain);
  });
});

describe('the server log during an outage', () => {
  it('says a repeated failure once, then how often it repeated', () => {
    const lines: string[] = [];
    const log = quietLog((l) => lines.push(l));
    log('GET /api/health: DatabaseUnavailableError: down');
    log('GET /api/graph?view=all: DatabaseUnavailableError: down');
    log('GET /api/summary: DatabaseUnavailableError: down');
    log('GET /api/graph: Error: boom');
    expect(lines).toEqual([
      'GET /api/health: DatabaseUnavailableError: down',
      '(the last failure repeated 2 more time(s))',
      'GET /api/graph: Error: boom',
    ]);
  });
});
