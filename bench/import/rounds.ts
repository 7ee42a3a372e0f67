/**
 * The runs of the import benchmark, each on a fresh Neo4j: the LOAD CSV baseline; our
 * importer, first import and re-run; our importer's peak memory on a large input.
 */
import { mib, seconds } from '../table';
import { summariseDatabase, type DatabaseSummary } from './database-summary';
import { startFreshNeo4j } from './fresh-neo4j';
import { runLoadCsv, type LoadCsvTimes } from './load-csv';
import { checkImporter, measured, timed, type Measured } from './measure';
import { runImporter } from './run-importer';

export interface Input {
  dir: string;
  rows: number;
}

type Log = (line: string) => void;

const cpu = (s: number | null) => (s === null ? '—' : seconds(s));

function logRun(log: Log, m: Measured): void {
  log(
    `${m.name}: ${seconds(m.wall)}, ${m.rowsPerSecond} rows/s, ${m.rowsPerCpuSecond ?? '—'} rows/CPU-s ` +
      `(importer CPU ${cpu(m.clientCpuSeconds)}, Neo4j CPU ${cpu(m.neo4jCpuSeconds)}` +
      `${m.maxRssBytes ? `, peak RSS ${mib(m.maxRssBytes)}` : ''}; load ${m.loadAverageAfter})`,
  );
}

export interface LoadCsvRound {
  measured: Measured;
  steps: LoadCsvTimes;
  summary: DatabaseSummary;
}

export async function loadCsvRound(input: Input, log: Log): Promise<LoadCsvRound> {
  const neo = await startFreshNeo4j(log);
  try {
    const { result, wall, neo4jCpuSeconds, neo4jThreads } = await timed(neo, () =>
      runLoadCsv(neo.driver, input.dir),
    );
    const m = measured(
      'LOAD CSV, 1,000 rows per transaction',
      input.rows,
      wall,
      null,
      neo4jCpuSeconds,
      null,
      neo4jThreads,
    );
    logRun(log, m);
    return { measured: m, steps: result, summary: await summariseDatabase(neo.driver) };
  } finally {
    await neo.stop();
  }
}

export interface OursRound {
  first: Measured;
  rerun: Measured;
  afterFirst: DatabaseSummary;
  afterRerun: DatabaseSummary;
}

export async function oursRound(input: Input, work: string, log: Log): Promise<OursRound> {
  const neo = await startFreshNeo4j(log);
  try {
    const one = async (file: string, name: string) => {
      const {
        result: run,
        neo4jCpuSeconds,
        neo4jThreads,
      } = await timed(neo, () => runImporter(input.dir, work, file, neo.server));
      checkImporter(run, name, input.rows);
      const m = measured(
        name,
        input.rows,
        run.wall,
        run.cpuSeconds,
        neo4jCpuSeconds,
        run.maxRssBytes,
        neo4jThreads,
      );
      logRun(log, m);
      return m;
    };
    const first = await one('importer-first', 'our importer, first import');
    const afterFirst = await summariseDatabase(neo.driver);
    const rerun = await one('importer-rerun', 'our importer, re-run (same input)');
    return { first, rerun, afterFirst, afterRerun: await summariseDatabase(neo.driver) };
  } finally {
    await neo.stop();
  }
}

export interface MemoryRuns {
  dryRun: Measured;
  import: Measured;
}

/** Our importer on a large input: as a dry run, then into a fresh database. */
export async function memoryRuns(input: Input, work: string, log: Log): Promise<MemoryRuns> {
  const dry = await runImporter(input.dir, work, 'big-dry-run', 'dry-run');
  checkImporter(dry, 'dry run', input.rows);
  const dryRun = measured(
    'our importer, dry run',
    input.rows,
    dry.wall,
    dry.cpuSeconds,
    null,
    dry.maxRssBytes,
  );
  logRun(log, dryRun);
  const neo = await startFreshNeo4j(log);
  try {
    const { result: run, neo4jCpuSeconds } = await timed(neo, () =>
      runImporter(input.dir, work, 'big-import', neo.server),
    );
    checkImporter(run, 'import', input.rows);
    const imported = measured(
      'our importer, first import',
      input.rows,
      run.wall,
      run.cpuSeconds,
      neo4jCpuSeconds,
      run.maxRssBytes,
    );
    logRun(log, imported);
    return { dryRun, import: imported };
  } finally {
    await neo.stop();
  }
}
