/**
 * Benchmark results on disk: `<dir>/<name>.json` (every figure, for tools) and
 * `<dir>/<name>.md` (the tables the README quotes). Default dir: bench/results. Both are
 * formatted with the project's Prettier settings, so committed results pass `npm run lint`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

export const DEFAULT_RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

async function formatted(path: string, text: string, parser: 'json' | 'markdown') {
  const config = (await resolveConfig(path)) ?? {};
  return format(text, { ...config, parser });
}

export async function writeResults(
  name: string,
  json: unknown,
  markdown: string,
  dir = DEFAULT_RESULTS_DIR,
): Promise<{ json: string; markdown: string }> {
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  const paths = { json: join(out, `${name}.json`), markdown: join(out, `${name}.md`) };
  writeFileSync(paths.json, await formatted(paths.json, JSON.stringify(json), 'json'));
  writeFileSync(paths.markdown, await formatted(paths.markdown, markdown, 'markdown'));
  return paths;
}
