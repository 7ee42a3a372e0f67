/**
 * A fresh Neo4j for one benchmark run: the project's own local server (the kind `npm run
 * import` starts, with its default heap and page cache) on a free port with a throw-away
 * home, as the integration tests do. Reports the JVM's CPU time, so the server's share of
 * the work is measured too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
  /** CPU seconds so far by group of JVM threads (see threadGroupCpu); null where /proc is missing. */
  threadCpu(): ThreadCpu | null;
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

/** utime + stime (fields 14 and 15) of a /proc stat line, in seconds. */
function cpuOfStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicks();
}

/** utime + stime of a process, from /proc/<pid>/stat. */
export function processCpuSeconds(pid: number): number | null {
  try {
    return cpuOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/** Where a JVM's CPU time goes: running queries, compiling hot code, collecting garbage. */
export interface ThreadCpu {
  /** Bolt worker threads: the statements themselves (LOAD CSV included). */
  bolt: number;
  /** HotSpot's C1/C2 compiler threads: the JIT warming up a fresh server. */
  jit: number;
  /** Garbage collector threads. */
  gc: number;
}

const THREAD_GROUPS: [keyof ThreadCpu, RegExp][] = [
  ['bolt', /^neo4j\.BoltWorke/],
  ['jit', /^C\d CompilerThre/],
  ['gc', /^(GC Thread|G1 )/],
];

/**
 * CPU seconds of a process's live threads, summed by group (Linux thread names are cut at 15
 * characters). Threads that ended are not counted: the rest of the process total is "other".
 */
export function threadGroupCpu(pid: number): ThreadCpu | null {
  const sums: ThreadCpu = { bolt: 0, jit: 0, gc: 0 };
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return null;
  }
  for (const task of tasks) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const group = THREAD_GROUPS.find(([, pattern]) => pattern.test(name))?.[0];
    if (group) sums[group] += cpuOfStat(stat);
  }
  return sums;
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
    threadCpu: () => threadGroupCpu(server.pid),
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
