import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../neo4j/connection';
import {
  findFreePort,
  isPortFree,
  startLocalNeo4j,
  type LocalNeo4j,
} from '../../neo4j/local-server';
import { testDriver } from '../setup/neo4j-test-driver';

const TEST_MEMORY = { heap: '1g', pageCache: '256m' } as const;

async function refusedCode(conn: { uri: string; user: string; password: string }) {
  const driver = createDriver(conn);
  try {
    await driver.verifyConnectivity();
    return 'accepted';
  } catch (error) {
    return (error as { code?: string }).code;
  } finally {
    await driver.close();
  }
}

describe('the global-setup Neo4j', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  it('requires the password', async () => {
    const conn = inject('neo4j');
    await expect(driver.verifyConnectivity()).resolves.toBeUndefined();
    expect(await refusedCode({ ...conn, password: `${conn.password}-wrong` })).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );
    // The store is new: the default password must never have been usable.
    expect(await refusedCode({ ...conn, password: 'neo4j' })).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );
  });

  it('writes and reads a node', async () => {
    const marker = `probe-${Date.now()}`;
    await driver.executeQuery('CREATE (:LauncherProbe {marker: $marker})', { marker });
    const { records } = await driver.executeQuery(
      'MATCH (p:LauncherProbe {marker: $marker}) RETURN p.marker AS marker',
      { marker },
    );
    expect(records.map((r) => r.get('marker'))).toEqual([marker]);
    await driver.executeQuery('MATCH (p:LauncherProbe) DELETE p');
  });

  it('listens on loopback only, with auth on, no HTTP and no usage reporting', async () => {
    const port = Number(new URL(inject('neo4j').uri).port);
    const { records } = await driver.executeQuery(
      `SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value`,
      {
        names: [
          'server.bolt.listen_address',
          'server.default_listen_address',
          'server.http.enabled',
          'server.https.enabled',
          'dbms.security.auth_enabled',
          'dbms.usage_report.enabled',
        ],
      },
    );
    const settings = Object.fromEntries(records.map((r) => [r.get('name'), r.get('value')]));
    expect(settings).toEqual({
      'server.bolt.listen_address': `127.0.0.1:${port}`,
      'server.default_listen_address': '127.0.0.1',
      'server.http.enabled': 'false',
      'server.https.enabled': 'false',
      'dbms.security.auth_enabled': 'true',
      'dbms.usage_report.enabled': 'false',
    });
  });
});

describe('a local server of its own', () => {
  const running: LocalNeo4j[] = [];
  let home: string;
  let otherHome: string;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'cne-neo4j-life-'));
    otherHome = await mkdtemp(join(tmpdir(), 'cne-neo4j-other-'));
  });
  afterAll(async () => {
    await Promise.all(running.map((server) => server.stop()));
    await rm(home, { recursive: true, force: true });
    await rm(otherHome, { recursive: true, force: true });
  });

  async function start(port: number): Promise<LocalNeo4j> {
    const server = await startLocalNeo4j({ home, port, ...TEST_MEMORY });
    running.push(server);
    return server;
  }

  it('keeps data and password across a restart and refuses a taken port', async () => {
    const first = await start(await findFreePort());
    const passwordFile = join(home, 'password');
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(passwordFile, 'utf8').trim()).toBe(first.password);
    if (process.platform === 'linux') {
      // The password reaches the JVM through its environment, never its command line.
      expect(readFileSync(`/proc/${first.pid}/cmdline`, 'utf8')).not.toContain(first.password);
    }

    let driver = createDriver(first);
    await driver.executeQuery('CREATE (:Survivor {name: "kept"})');
    await driver.close();

    await expect(
      startLocalNeo4j({ home: otherHome, port: first.port, ...TEST_MEMORY }),
    ).rejects.toThrow(`port ${first.port} is taken; set NEO4J_BOLT_PORT or stop the other server`);

    await first.stop();
    await first.stop(); // idempotent
    expect(await first.exited).toBe(0);
    expect(await isPortFree(first.port)).toBe(true);

    const second = await start(first.port);
    expect(second.password).toBe(first.password);
    driver = createDriver(second);
    const { records } = await driver.executeQuery('MATCH (s:Survivor) RETURN s.name AS name');
    await driver.close();
    expect(records.map((r) => r.get('name'))).toEqual(['kept']);
    expect(await refusedCode({ ...second, password: 'not-the-password' })).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );

    await second.stop();
    expect(await second.exited).toBe(0);
  }, 300_000);
});
