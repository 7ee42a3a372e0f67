/**
 * Benchmark results on disk: `<dir>/<name>.json` (every figure, for tools) and
 * `<dir>/<name>.md` (the tables the README quotes). Default dir: bench/results.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

export function writeResults(
  name: string,
  json: unknown,
  markdown: string,
  dir = DEFAULT_RESULTS_DIR,
): { json: string; markdown: string } {
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  const paths = { json: join(out, `${name}.json`), markdown: join(out, `${name}.md`) };
  writeFileSync(paths.json, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(paths.markdown, `${markdown.trimEnd()}\n`);
  return paths;
}
