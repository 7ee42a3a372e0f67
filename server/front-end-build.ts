import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the front end into dist/ unless dist is newer than every source file. */
export async function ensureFrontEndBuilt(
  root: string,
  log: (line: string) => void,
): Promise<string> {
  const dist = join(root, 'dist');
  const index = join(dist, 'index.html');
  const sourcesChanged = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
  if (existsSync(index) && statSync(index).mtimeMs >= sourcesChanged) return dist;
  log('Building the front end…');
  const { build } = await import('vite');
  // Under a test runner NODE_ENV is "test", which would give React's development bundle.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      mode: 'production',
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  return dist;
}
