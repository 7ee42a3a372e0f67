/**
 * The offline setting several browser tests share: the built front end behind a plain static
 * server (no API) and one Chromium session, started before the file's tests and closed after.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type BrowserSession } from '../../setup/chromium';
import { serveStatic, type StaticServer } from './static-server';

export const DIST = join(import.meta.dirname, '..', '..', '..', 'dist');

export function offlineBrowser(extra?: Record<string, string>) {
  const env = {} as { server: StaticServer; session: BrowserSession };
  beforeAll(async () => {
    // The global setup built dist/ (startStack); a stale or missing build is a setup error.
    if (!existsSync(join(DIST, 'index.html')))
      throw new Error('dist/ is missing: run npm run build');
    env.server = await serveStatic(DIST, extra);
    env.session = await launchChromium();
  });
  afterAll(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  return env;
}
