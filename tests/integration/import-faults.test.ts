/**
 * Faults during an import, against real Neo4j servers: the importer killed half-way, and Neo4j
 * killed half-way then restarted. Either way a re-run must end in the same database as one clean
 * import, and must say that the broken run was interrupted.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ImportReport } from '../../graph-import/report';
import { createDriver } from '../../neo4j/connection';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-server';
import { resetDatabase, testDriver } from '../setup/neo4j-test-driver';
import { graphCounts, graphFingerprint } from './graph-counts';

const ACTORS = 3000;
const TIES = 30000;
const BATCH = 500;
const dir = mkdtempSync(join(tmpdir(), 'cne-faults-'));
let driver: Driver;
let folder: string;
let cleanFingerprint: string;

function writeLargeInput(): string {
  const out = join(dir, 'large');
  mkdirSync(out);
  const actors = ['id,kind,name'];
  for (let i = 0; i < ACTORS; i++) actors.push(`A${i},company,会社${i}`);
  const ties = ['id,source,target,kind,strength'];
  for (let i = 0; i < TIES; i++) {
    // An offset in 1..ACTORS-1 never joins an actor to itself.
    const source = i % ACTORS;
    const target = (source + 1 + ((i * 7 + Math.floor(i / ACTORS)) % (ACTORS - 1))) % ACTORS;
    ties.push(`T${i},A${source},A${target},supply,1`);
  }
  writeFileSync(join(out, 'actors.csv'), `${actors.join('\n')}\n`);
  writeFileSync(join(out, 'ties.csv'), `${ties.join('\n')}\n`);
  return out;
}

type Server = { uri: string; user: string; password: string };

/** Runs the import CLI in one node process (so SIGKILL really kills the client). */
function startImport(server: Server, report: string, onLine: (line: string) => void = () => {}) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'graph-import/cli.ts',
      folder,
      '--batch-size',
      String(BATCH),
      '--report',
      report,
    ],
    {
      env: {
        ...process.env,
        NEO4J_URI: server.uri,
        NEO4J_USER: server.user,
        NEO4J_PASSWORD: server.password,
      },
    },
  );
  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => chunk.split('\n').forEach(onLine));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stdout: () => stdout };
}

/** True once the import is writing ties and has not finished them. */
const midTies = (line: string) => /\(ties\)/.test(line) && !/\b33000\/33000\b/.test(line);

async function importRunStatuses(d: Driver): Promise<string[]> {
  const { records } = await d.executeQuery(
    'MATCH (r:ImportRun) RETURN r.status AS status ORDER BY r.startedAt',
  );
  return records.map((r) => String(r.get('status')));
}

const readReport = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as ImportReport;

beforeAll(async () => {
  driver = testDriver();
  folder = writeLargeInput();
  await resetDatabase(driver);
  const clean = startImport(inject('neo4j'), join(dir, 'clean.json'));
  expect(await clean.exited).toBe(0);
  cleanFingerprint = await graphFingerprint(driver);
}, 600_000);

afterAll(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('faults during an import', () => {
  it('the importer killed half-way: whole batches only; the re-run marks the run interrupted and completes it', async () => {
    await resetDatabase(driver);
    const first = startImport(inject('neo4j'), join(dir, 'killed.json'), (line) => {
      if (midTies(line)) first.child.kill('SIGKILL');
    });
    await first.exited;
    const partial = await graphCounts(driver);
    expect(partial.actors).toBe(ACTORS);
    expect(partial.ties).toBeLessThan(TIES);
    expect(partial.ties % BATCH).toBe(0);
    expect(await importRunStatuses(driver)).toEqual(['running']);

    const reportPath = join(dir, 'after-kill.json');
    const second = startImport(inject('neo4j'), reportPath);
    expect(await second.exited).toBe(0);
    expect(second.stdout()).toMatch(/never finished; it is now marked interrupted/);
    const report = readReport(reportPath);
    expect(report.interruptedRuns).toHaveLength(1);
    expect(report.loaded).toEqual({ actors: ACTORS, projects: 0, participations: 0, ties: TIES });
    expect(await importRunStatuses(driver)).toEqual(['interrupted', 'completed']);
    expect(await graphFingerprint(driver)).toBe(cleanFingerprint);
  }, 600_000);

  it('Neo4j killed half-way: the import fails clearly; after a restart the re-run completes it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cne-neo4j-fault-'));
    const port = await findFreePort();
    const start = () =>
      startLocalNeo4j({
        home,
        port,
        heap: '1g',
        pageCache: '256m',
        log: (line) => process.stderr.write(`[neo4j fault] ${line}\n`),
      });
    let server: LocalNeo4j | undefined = await start();
    try {
      const reportPath = join(dir, 'db-killed.json');
      let killed = false;
      const first = startImport(server, reportPath, (line) => {
        if (!killed && midTies(line)) {
          killed = true;
          process.kill(server!.pid, 'SIGKILL');
        }
      });
      expect(await first.exited).toBe(2);
      expect(killed).toBe(true);
      expect(first.stdout()).toMatch(/Import FAILED: .*re-run to finish/);
      const failed = readReport(reportPath);
      expect(failed.status).toBe('failed');
      expect(failed.loaded.actors).toBe(ACTORS);
      expect(failed.loaded.ties).toBeLessThan(TIES);
      await server.exited;

      server = await start();
      const restarted = createDriver(server);
      try {
        const partial = await graphCounts(restarted);
        expect(partial.actors).toBe(ACTORS);
        // Only whole batches, and at least those the importer saw committed.
        expect(partial.ties % BATCH).toBe(0);
        expect(partial.ties).toBeGreaterThanOrEqual(failed.loaded.ties);
        // The failed run could not record its end: the database was gone.
        expect(await importRunStatuses(restarted)).toEqual(['running']);

        const againPath = join(dir, 'db-restarted.json');
        const again = startImport(server, againPath);
        expect(await again.exited).toBe(0);
        expect(readReport(againPath).interruptedRuns).toHaveLength(1);
        expect(await importRunStatuses(restarted)).toEqual(['interrupted', 'completed']);
        expect(await graphFingerprint(restarted)).toBe(cleanFingerprint);
      } finally {
        await restarted.close();
      }
    } finally {
      await server?.stop();
      rmSync(home, { recursive: true, force: true });
    }
  }, 900_000);
});
