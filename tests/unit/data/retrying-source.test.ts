import { describe, expect, it } from 'vitest';
import { responseError } from '../../../src/data/compact-fetch';
import {
  CONNECTED,
  createConnectionStatus,
  type ConnectionStatus,
} from '../../../src/data/connection-status';
import { backoffDelay, DEFAULT_BACKOFF, retryingSource } from '../../../src/data/retrying-source';
import { SourceError, type NetworkSource } from '../../../src/data/source';
import { smallNetwork } from '../explorer/fixtures';

const FAST = { firstMs: 5, maxMs: 20, jitter: 0 };

/** A source failing with the given errors in turn, then answering. */
function flakySource(errors: Error[]): NetworkSource & { calls: number } {
  const source = {
    kind: 'api' as const,
    name: 'test',
    calls: 0,
    load: async () => {
      const error = errors[source.calls++];
      if (error) throw error;
      return smallNetwork();
    },
  };
  return source;
}

function recording() {
  const status = createConnectionStatus();
  const seen: ConnectionStatus[] = [];
  status.subscribe(() => seen.push(status.get()));
  return { status, seen };
}

describe('the retrying source', () => {
  it('retries while the database is down, reports it, and recovers by itself', async () => {
    const down = () => new SourceError('The database is not answering.', 'database');
    const inner = flakySource([down(), down(), new SourceError('no server', 'server')]);
    const { status, seen } = recording();
    const network = await retryingSource(inner, status, FAST).load('all');
    expect(network.nodes).toHaveLength(6);
    expect(inner.calls).toBe(4);
    expect(seen.map((s) => [s.unavailable, s.attempt])).toEqual([
      ['database', 1],
      ['database', 2],
      ['server', 3],
      [null, 0],
    ]);
    expect(status.get()).toEqual(CONNECTED);
  });

  it('fails at once on errors that retrying cannot fix', async () => {
    const inner = flakySource([new SourceError('view must be one of …')]);
    const { status, seen } = recording();
    await expect(retryingSource(inner, status, FAST).load('all')).rejects.toThrow(/view must/);
    expect(inner.calls).toBe(1);
    expect(seen).toEqual([]);
  });

  it('a newer load or cancel() stops a retrying one', async () => {
    const down = () => new SourceError('down', 'database');
    const { status } = recording();
    const source = retryingSource(flakySource([down(), down(), down()]), status, {
      ...FAST,
      firstMs: 60_000,
      maxMs: 60_000,
    });
    const first = source.load('all');
    await new Promise((r) => setTimeout(r, 10));
    expect(status.get().unavailable).toBe('database');
    const second = source.load('knowledge');
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    source.cancel!();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    expect(status.get()).toEqual(CONNECTED);
  });

  it('"Retry now" cuts the wait short', async () => {
    const { status } = recording();
    const source = retryingSource(flakySource([new SourceError('down', 'database')]), status, {
      ...FAST,
      firstMs: 60_000,
      maxMs: 60_000,
    });
    const loading = source.load('all');
    await new Promise((r) => setTimeout(r, 10));
    expect(status.get().retryAt! - Date.now()).toBeGreaterThan(50_000);
    status.retryNow();
    expect((await loading).nodes).toHaveLength(6);
  });

  it('backs off exponentially to 30 s, with bounded jitter', () => {
    const noJitter = { ...DEFAULT_BACKOFF, jitter: 0 };
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((a) => backoffDelay(a, noJitter))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 0)).toBe(800);
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 1)).toBe(1200);
  });
});

describe('API error responses', () => {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('503 is the database, 502/504 the server, others are not retried', async () => {
    const down = await responseError(json(503, { message: 'The database is not answering.' }));
    expect(down).toMatchObject({ unavailable: 'database', message: /not answering/ });
    expect(
      (await responseError(new Response('<html>bad gateway', { status: 502 }))).unavailable,
    ).toBe('server');
    const bad = await responseError(json(400, { message: 'parameter "view" must be one of …' }));
    expect(bad.unavailable).toBeUndefined();
    expect(bad.message).toMatch(/parameter "view"/);
    expect((await responseError(new Response('x', { status: 500 }))).message).toBe('HTTP 500');
  });
});
