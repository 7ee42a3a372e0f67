/**
 * Finds and launches Debian's Chromium for the browser tests (playwright-core brings no
 * browser of its own). CHROME_PATH overrides the default /usr/bin/chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { APT_LINE } from './prerequisites';

export const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'artifacts', 'screenshots');

export function findChromium(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}: the browser tests drive it. Set CHROME_PATH to a ` +
        `Chromium/Chrome executable, or on Debian or Ubuntu install what npm test needs with: ${APT_LINE}`,
    );
  }
  return path;
}

export interface BrowserSession {
  browser: BrowserContext;
  close(): Promise<void>;
}

/** A persistent context on a fresh, throw-away profile: no state leaks between runs. */
export async function launchChromium(): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'cne-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
      // WebGL through SwiftShader: sigma needs it and there is no GPU.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
  return {
    browser: context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Collects page errors and console errors, so a test can assert the page stayed healthy. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

export type { Browser, Page };
