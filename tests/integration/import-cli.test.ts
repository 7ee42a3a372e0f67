import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { resetDatabase, testDriver } from '../setup/neo4j-test-driver';
import { graphCounts } from './graph-counts';

const BAD = 'tests/fixtures/import/bad';
const dir = mkdtempSync(join(tmpdir(), 'cne-cli-'));
let driver: Driver;

/** Runs `npm run import` exactly as a user would, against the test server. */
function runImport(args: string[]) {
  const { uri, user, password } = inject('neo4j');
  const result = spawnSync('npx', ['tsx', 'graph-import/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    timeout: 180_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  driver = testDriver();
});
beforeEach(async () => {
  await resetDatabase(driver);
});
afterAll(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run import (CLI)', () => {
  it('loads the valid rows, reports every rejected row with file, line, column and reason, exit 1', async () => {
    const reportPath = join(dir, 'report.json');
    const { code, stdout } = runImport([BAD, '--report', reportPath]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/Rejected rows:/);
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report.loaded).toEqual({ actors: 3, projects: 1, participations: 2, ties: 2 });
    const rejected = report.rejected.map((r: Record<string, unknown>) => [
      r.file,
      r.sheet,
      r.line,
      r.column,
    ]);
    expect(rejected).toEqual([
      ['actors.csv', null, 4, 'kind'],
      ['actors.csv', null, 5, 'corporate_number'],
      ['actors.csv', null, 6, 'id'],
      ['participations.csv', null, 4, 'project_id'],
      ['participations.csv', null, 5, 'actor_id'],
      ['projects.csv', null, 3, 'end_year'],
      ['ties.csv', null, 4, 'target'],
      ['ties.csv', null, 5, 'target'],
      ['ties.csv', null, 6, 'target'],
      ['ties.csv', null, 7, 'strength'],
    ]);
    for (const r of report.rejected) expect(typeof r.reason).toBe('string');
    // loaded + rejected = rows read
    const loaded = Object.values(report.loaded as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    const read = Object.values(report.rowsRead as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(loaded + report.rejected.length).toBe(read);
    expect(await graphCounts(driver)).toMatchObject({
      actors: 3,
      projects: 1,
      participations: 2,
      ties: 2,
    });
  });

  it('--strict loads nothing when a row is bad', async () => {
    const reportPath = join(dir, 'strict.json');
    const { code } = runImport([BAD, '--strict', '--report', reportPath]);
    expect(code).toBe(1);
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report.status).toBe('refused-strict');
    expect(report.loaded).toEqual({ actors: 0, projects: 0, participations: 0, ties: 0 });
    expect(report.rejected).toHaveLength(10);
    expect(await graphCounts(driver)).toMatchObject({ actors: 0, projects: 0, ties: 0 });
  });

  it('--dry-run validates the demo and writes nothing, exit 0', async () => {
    const { code, stdout } = runImport(['data/demo', '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Dry run: nothing was written/);
    expect((await graphCounts(driver)).actors).toBe(0);
  });

  it('exits 2 with a clear message for an input that cannot be read', async () => {
    const { code, stderr } = runImport(['no/such/folder']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no such file or folder/);
  });
});
