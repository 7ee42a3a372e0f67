/** One measured run of the import benchmark, and the helpers that take the measurements. */
import { readFileSync } from 'node:fs';
import type { FreshNeo4j, ThreadCpu } from './fresh-neo4j';
import type { ImporterRun } from './run-importer';

export interface Measured {
  name: string;
  rows: number;
  wall: number;
  rowsPerSecond: number;
  /** CPU seconds of the importer's process (null for LOAD CSV, which runs inside Neo4j). */
  clientCpuSeconds: number | null;
  neo4jCpuSeconds: number | null;
  /** Neo4j's CPU seconds by thread group; what is left of `neo4jCpuSeconds` is other threads. */
  neo4jThreads: ThreadCpu | null;
  /**
   * Rows per CPU second of importer and Neo4j together: on a shared machine, less sensitive
   * to other processes than rows per wall-clock second.
   */
  rowsPerCpuSecond: number | null;
  maxRssBytes: number | null;
  loadAverageAfter: string;
}

export const loadAverage = (): string =>
  process.platform === 'linux' ? (readFileSync('/proc/loadavg', 'utf8').split(' ')[0] ?? '?') : '?';

export function measured(
  name: string,
  rows: number,
  wall: number,
  clientCpuSeconds: number | null,
  neo4jCpuSeconds: number | null,
  maxRssBytes: number | null,
  neo4jThreads: ThreadCpu | null = null,
): Measured {
  const cpu = (clientCpuSeconds ?? 0) + (neo4jCpuSeconds ?? 0);
  return {
    name,
    rows,
    wall,
    rowsPerSecond: Math.round(rows / wall),
    clientCpuSeconds,
    neo4jCpuSeconds,
    neo4jThreads,
    rowsPerCpuSecond: neo4jCpuSeconds === null || cpu === 0 ? null : Math.round(rows / cpu),
    maxRssBytes,
    loadAverageAfter: loadAverage(),
  };
}

/** Runs `work` against `neo`, measuring wall time and the JVM's CPU time around it. */
export async function timed<T>(
  neo: FreshNeo4j | null,
  work: () => Promise<T>,
): Promise<{
  result: T;
  wall: number;
  neo4jCpuSeconds: number | null;
  neo4jThreads: ThreadCpu | null;
}> {
  const before = neo?.cpuSeconds() ?? null;
  const threadsBefore = neo?.threadCpu() ?? null;
  const start = process.hrtime.bigint();
  const result = await work();
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const after = neo?.cpuSeconds() ?? null;
  const threadsAfter = neo?.threadCpu() ?? null;
  return {
    result,
    wall,
    neo4jCpuSeconds: before === null || after === null ? null : after - before,
    neo4jThreads:
      threadsBefore && threadsAfter
        ? {
            bolt: threadsAfter.bolt - threadsBefore.bolt,
            jit: threadsAfter.jit - threadsBefore.jit,
            gc: threadsAfter.gc - threadsBefore.gc,
          }
        : null,
  };
}

/** Throws, with the end of the importer's output, unless every row was valid and loaded. */
export function checkImporter(run: ImporterRun, what: string, rows: number): void {
  const loaded = run.report ? Object.values(run.report.loaded).reduce((s, n) => s + n, 0) : 0;
  const ok = run.exitCode === 0 && run.report !== null && run.report.rejected.length === 0;
  const dryRun = run.report?.status === 'dry-run';
  if (!ok || (!dryRun && loaded !== rows)) {
    const tail = readFileSync(run.log, 'utf8').split('\n').slice(-20).join('\n');
    throw new Error(
      `${what}: exit code ${run.exitCode}, ${loaded} of ${rows} rows loaded, ` +
        `${run.report?.rejected.length ?? '?'} rejected; last lines of ${run.log}:\n${tail}`,
    );
  }
}

/** The round with the shortest wall time (the least disturbed by other processes). */
export function best(runs: readonly Measured[]): Measured {
  return runs.reduce((a, b) => (b.wall < a.wall ? b : a));
}
