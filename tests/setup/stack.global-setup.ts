/**
 * Browser tests run against the real `npm start` stack: a throw-away local Neo4j on free
 * ports, the demo imported, the front end built, the API serving it. Chromium is checked
 * first so a missing browser fails in seconds with a clear message, not after Neo4j started.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort } from '../../neo4j/local-server';
import { startStack } from '../../server/stack';
import { findChromium } from './chromium';
import { cjkFontWarning, requireCommand } from './prerequisites';

const ROOT = join(import.meta.dirname, '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The explorer served by the stack, e.g. http://127.0.0.1:41234/ */
    stackUrl: string;
  }
}

/**
 * Vitest runs with NODE_ENV=test, and a Vite build inherits it: React would be bundled in
 * development mode (slower, and not what users get). Build for production here, so the
 * stack finds dist/ up to date and serves what `npm start` serves.
 */
async function buildProductionFrontEnd(): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const { build } = await import('vite');
    await build({ root: ROOT, mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = previous;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium();
  requireCommand('pdftotext', 'the Gaps view test reads the printed report back with it');
  const fonts = cjkFontWarning();
  if (fonts) process.stderr.write(`${fonts}\n`);
  await buildProductionFrontEnd();
  const home = await mkdtemp(join(tmpdir(), 'cne-e2e-neo4j-'));
  let stack: Awaited<ReturnType<typeof startStack>>;
  try {
    stack = await startStack({
      httpPort: await findFreePort(),
      boltPort: await findFreePort(),
      neo4jHome: home,
      log: (line) => process.stderr.write(`[stack] ${line}\n`),
    });
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
  project.provide('stackUrl', stack.url);
  return async () => {
    try {
      await stack.stop();
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  };
}
