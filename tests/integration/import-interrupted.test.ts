import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resetDatabase, testDriver } from '../setup/neo4j-test-driver';
import { graphCounts } from './graph-counts';

const ACTORS = 3000;
const TIES = 30000;
const BATCH = 500;
const dir = mkdtempSync(join(tmpdir(), 'cne-kill-'));
let driver: Driver;

function writeLargeInput(): string {
  const folder = join(dir, 'large');
  mkdirSync(folder);
  const actors = ['id,kind,name'];
  for (let i = 0; i < ACTORS; i++) actors.push(`A${i},company,会社${i}`);
  const ties = ['id,source,target,kind,strength'];
  for (let i = 0; i < TIES; i++) {
    // An offset in 1..ACTORS-1 never joins an actor to itself.
    const source = i % ACTORS;
    const target = (source + 1 + ((i * 7 + Math.floor(i / ACTORS)) % (ACTORS - 1))) % ACTORS;
    ties.push(`T${i},A${source},A${target},supply,1`);
  }
  writeFileSync(join(folder, 'actors.csv'), `${actors.join('\n')}\n`);
  writeFileSync(join(folder, 'ties.csv'), `${ties.join('\n')}\n`);
  return folder;
}

/** Starts the import CLI in one node process (so SIGKILL really kills the client). */
function startImport(folder: string, onLine: (line: string) => void) {
  const { uri, user, password } = inject('neo4j');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'graph-import/cli.ts', folder, '--batch-size', String(BATCH)],
    {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    },
  );
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => chunk.split('\n').forEach(onLine));
  return {
    child,
    exited: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))),
  };
}

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
});
afterAll(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an import killed half-way', () => {
  it('leaves only whole batches, and a re-run completes the load without duplicates', async () => {
    const folder = writeLargeInput();
    const first = startImport(folder, (line) => {
      if (/\(ties\)/.test(line) && !/30000\/33000/.test(line)) first.child.kill('SIGKILL');
    });
    await first.exited;
    const partial = await graphCounts(driver);
    expect(partial.actors).toBe(ACTORS);
    expect(partial.ties).toBeLessThan(TIES);
    expect(partial.ties % BATCH).toBe(0);

    const second = startImport(folder, () => undefined);
    expect(await second.exited).toBe(0);
    const done = await graphCounts(driver);
    expect(done).toMatchObject({ actors: ACTORS, ties: TIES });
    const { records } = await driver.executeQuery(
      'MATCH ()-[t:TIE]->() RETURN count(DISTINCT t.id) AS ids',
    );
    expect(Number(records[0]!.get('ids'))).toBe(TIES);
  });
});
