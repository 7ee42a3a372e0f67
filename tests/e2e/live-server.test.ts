/**
 * The explorer against a server that is not the plain loopback one: shared on a network (the
 * access link admits the browser, nothing works without it), and with its Neo4j away (the page
 * says the database is unavailable, retries with back-off and shows the network once Neo4j is
 * back, without a reload). This file runs its own stack on its own Neo4j (the shared one must
 * stay up for the other files), which it stops and restarts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-server';
import { PROJECT_ROOT } from '../../neo4j/paths';
import { accessToken } from '../../server/access-token';
import { buildApp } from '../../server/app';
import { startStack, type RunningStack } from '../../server/stack';
import { launchChromium, screenshot, watchErrors, type BrowserSession } from '../setup/chromium';
import { waitReady } from './helpers/explorer-page';

const home = mkdtempSync(join(tmpdir(), 'cne-e2e-down-neo4j-'));
let boltPort: number;
let neo4j: LocalNeo4j;
let stack: RunningStack;
let session: BrowserSession;
let page: Page;
let errors: string[];

/** Each test stops and restarts a Neo4j, which takes minutes on a busy machine. */
const RESTART_TIMEOUT = 400_000;

const startNeo4j = async () => {
  neo4j = await startLocalNeo4j({ home, port: boltPort, heap: '512m', pageCache: '128m' });
};

beforeAll(async () => {
  boltPort = await findFreePort();
  await startNeo4j();
  stack = await startStack({
    httpPort: await findFreePort(),
    connection: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password },
    log: () => undefined,
  });
  session = await launchChromium();
  page = await session.browser.newPage();
  errors = watchErrors(page);
});
afterAll(async () => {
  await session?.close();
  await stack?.stop();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

const notice = () => page.getByTestId('database-status');
const state = () =>
  page.evaluate(() => {
    const s = window.__clusterExplorer.state();
    return {
      status: s.status,
      view: (s.network as { attributes: { view: string } } | null)?.attributes.view ?? null,
    };
  });

describe('the explorer shared on a network (access token)', () => {
  it('refuses the browser without the access link, admits it with the link', async () => {
    const port = await findFreePort();
    const token = 'e2e-access-token-0123456789abcdef';
    // What `npm start -- --listen …` serves, on loopback for the test.
    const app = await buildApp({
      driver: stack.driver,
      host: '127.0.0.1',
      port,
      staticDir: join(PROJECT_ROOT, 'dist'),
      token: accessToken(token),
      log: () => undefined,
    });
    await app.listen({ host: '127.0.0.1', port });
    const shared = await session.browser.newPage();
    try {
      const refused = await shared.goto(`http://127.0.0.1:${port}/?lang=en`);
      expect(refused?.status()).toBe(401);
      expect(await shared.textContent('body')).toContain('needs its access link');
      await shared.goto(`http://127.0.0.1:${port}/auth?token=${token}`);
      // Redirected to the explorer, the token gone from the address bar, the network loaded
      // (the decoding worker's requests carry the cookie too).
      await waitReady(shared, 120_000);
      expect(shared.url()).not.toContain(token);
      const cookies = await session.browser.cookies(`http://127.0.0.1:${port}`);
      expect(cookies.find((c) => c.name === 'cne_access')).toMatchObject({
        httpOnly: true,
        sameSite: 'Strict',
      });
      expect(await shared.evaluate(() => document.cookie)).not.toContain(token);
      await screenshot(shared, 'shared-with-access-link-en');
    } finally {
      await shared.close();
      await app.close();
    }
  }, 200_000);
});

/**
 * While Neo4j started, the page's own back-off may already have reconnected and taken the
 * notice (and its button) away: "Retry now" is pressed only if it is still there.
 */
async function pressRetryIfShown(): Promise<void> {
  const retry = page.getByTestId('database-status-retry');
  if (await retry.isVisible()) await retry.click({ timeout: 5_000 }).catch(() => undefined);
}

describe('the explorer when Neo4j goes away', () => {
  it(
    'opened while Neo4j is down: says so, retries, and shows the network once it is back',
    async () => {
      await neo4j.stop();
      await page.goto(`${stack.url}?lang=en`);
      await notice().waitFor({ timeout: 20_000 });
      expect(await notice().textContent()).toMatch(
        /The database is not answering\. (Retrying in \d+ s \(attempt \d+\)…|Retrying…)/,
      );
      // Not the start screen: the API is there, only its database is not.
      expect(await page.getByTestId('start-screen').count()).toBe(0);
      await screenshot(page, 'database-down-at-start-en');
      // Mark the document: a reload would lose the mark.
      await page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));
      await startNeo4j();
      await pressRetryIfShown();
      await waitReady(page, 120_000);
      await notice().waitFor({ state: 'detached' });
      expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(1);
      expect((await state()).view).toBe('all');
      await screenshot(page, 'database-back-en');
    },
    RESTART_TIMEOUT,
  );

  it(
    'lost while browsing: a view change waits with the notice and completes on recovery',
    async () => {
      await neo4j.stop();
      await page.getByTestId('view-knowledge').click();
      await notice().waitFor({ timeout: 20_000 });
      // The notice counts down to the next attempt, which comes later each time (back-off).
      const attempts: number[] = [];
      for (let i = 0; i < 2; i++) {
        await page.waitForFunction(() => /attempt \d+/.test(document.body.innerText), null, {
          timeout: 20_000,
        });
        const text = (await notice().textContent()) ?? '';
        attempts.push(Number(/attempt (\d+)/.exec(text)?.[1]));
        await page.waitForTimeout(2_500);
      }
      expect(attempts[1]).toBeGreaterThan(attempts[0]!);
      await screenshot(page, 'database-down-browsing-en');
      await startNeo4j();
      await pressRetryIfShown();
      await page.waitForFunction(
        () => {
          const s = window.__clusterExplorer.state();
          return (
            s.status === 'ready' &&
            (s.network as { attributes: { view: string } } | null)?.attributes.view === 'knowledge'
          );
        },
        null,
        { timeout: 120_000 },
      );
      await notice().waitFor({ state: 'detached' });
      expect(errors.filter((e) => !/503|Failed to load resource/.test(e))).toEqual([]);
    },
    RESTART_TIMEOUT,
  );
});
