import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importDataset } from '../../graph-import/import-dataset';
import { datasetToNetwork } from '../../graph-import/to-network';
import { readDataset } from '../../graph-import/read-dataset';
import { resetDatabase, testDriver } from '../setup/neo4j-test-driver';

const dir = mkdtempSync(join(tmpdir(), 'cne-analyze-'));
let driver: Driver;

function analyze(args: string[]) {
  const { uri, user, password } = inject('neo4j');
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'cli/analyze.ts', ...args, '--quiet'],
    {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
      timeout: 180_000,
    },
  );
  return { code: result.status, stderr: result.stderr };
}

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await importDataset('data/demo', { driver });
});
afterAll(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run analyze -- --from-db', () => {
  it('analyses the database exactly as it analyses the same network from a file', async () => {
    const { data } = await readDataset('data/demo');
    const file = join(dir, 'demo-network.json');
    writeFileSync(file, JSON.stringify(datasetToNetwork(data)));
    const fromDb = join(dir, 'db.json');
    const fromFile = join(dir, 'file.json');
    const args = ['--view', 'knowledge', '--groups', 'sector', '--threads', '1'];
    expect(analyze(['--from-db', ...args, '--out', fromDb]).code).toBe(0);
    expect(analyze([file, ...args, '--out', fromFile]).code).toBe(0);
    const a = JSON.parse(readFileSync(fromDb, 'utf8'));
    const b = JSON.parse(readFileSync(fromFile, 'utf8'));
    expect(Object.keys(a.nodes).length).toBeGreaterThan(50);
    expect(a.nodes).toEqual(b.nodes);
    expect(a.edges).toEqual(b.edges);
    expect(a.graph.modularity).toBe(b.graph.modularity);
    // Provenance names the database and its last import run (the file run names the file).
    expect(a.graph.provenance.source).toMatchObject({
      kind: 'database',
      lastImport: { id: expect.any(String), status: 'completed', source: expect.any(String) },
    });
    expect(b.graph.provenance.source).toEqual({ kind: 'file', name: 'demo-network.json' });
  });

  it('refuses an input file together with --from-db', () => {
    const { code, stderr } = analyze(['x.json', '--from-db']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/either <input> or --from-db/);
  });
});
