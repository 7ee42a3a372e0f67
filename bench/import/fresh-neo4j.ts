/**
 * A fresh Neo4j for one benchmark run: the project's own local server (the kind `npm run
 * import` starts, with its default heap and page cache) on a free port with a throw-away
 * home, as the integration tests do. Reports the JVM's CPU time, so the server's share of
 * the work is measured too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../neo4j/connection';
import {
  DEFAULT_HEAP,
  DEFAULT_PAGE_CACHE,
  findFreePort,
  startLocalNeo4j,
  type LocalNeo4j,
} from '../../neo4j/local-server';

export interface FreshNeo4j {
  server: LocalNeo4j;
  driver: Driver;
  heap: string;
  pageCache: string;
  /** CPU seconds the JVM has used so far (user + system); null where /proc is missing. */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** utime + stime of a process from /proc/<pid>/stat (fields 14 and 15). */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks();
  } catch {
    return null;
  }
}

export async function startFreshNeo4j(log: (line: string) => void): Promise<FreshNeo4j> {
  const home = mkdtempSync(join(tmpdir(), 'cne-bench-neo4j-'));
  let server: LocalNeo4j;
  try {
    server = await startLocalNeo4j({ home, port: await findFreePort() });
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  log(`fresh Neo4j at ${server.uri} (home ${home})`);
  const driver = createDriver(server);
  return {
    server,
    driver,
    heap: DEFAULT_HEAP,
    pageCache: DEFAULT_PAGE_CACHE,
    cpuSeconds: () => processCpuSeconds(server.pid),
    async stop() {
      try {
        await driver.close();
        await server.stop();
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    },
  };
}
