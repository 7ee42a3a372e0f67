/** Prints the import benchmark's tables and writes bench/results/import.{json,md}. */
import { describeMachine, type MachineInfo } from '../machine';
import { writeResults } from '../write-results';
import { formatTable, markdownTable, mib, seconds } from '../table';
import { compareSummaries, type Comparison, type DatabaseSummary } from './database-summary';
import { best, type Measured } from './measure';
import type { LoadCsvRound, MemoryRuns, OursRound } from './rounds';
import type { DatasetStats } from '../../scripts/generate/stats';

export interface GeneratedInput {
  scale: string;
  seed: number;
  command: string;
  rows: number;
  bytes: number;
  stats: DatasetStats;
}

export interface ImportResults {
  machine: MachineInfo;
  data: GeneratedInput;
  rounds: { loadCsv: LoadCsvRound; ours: OursRound }[];
  memory: { data: Omit<GeneratedInput, 'stats'>; runs: MemoryRuns } | null;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const cpu = (s: number | null) => (s === null ? '—' : seconds(s));
const times = (x: number) => `${x.toFixed(2)}×`;

function verdict(c: Comparison): string {
  return c.same
    ? 'identical (counts, checksums, property types, content hash)'
    : `DIFFERENT: ${c.differences.join('; ')}`;
}

export async function reportImport(r: ImportResults, resultsDir?: string): Promise<void> {
  const loadCsv = best(r.rounds.map((x) => x.loadCsv.measured));
  const first = best(r.rounds.map((x) => x.ours.first));
  const rerun = best(r.rounds.map((x) => x.ours.rerun));
  const last = r.rounds[r.rounds.length - 1]!;
  const same = compareSummaries(last.loadCsv.summary, last.ours.afterFirst);
  const rerunSame = compareSummaries(last.ours.afterFirst, last.ours.afterRerun);
  const ratio = first.rowsPerSecond / loadCsv.rowsPerSecond;
  const cpuRatio =
    first.rowsPerCpuSecond && loadCsv.rowsPerCpuSecond
      ? first.rowsPerCpuSecond / loadCsv.rowsPerCpuSecond
      : null;

  const runHeader = [
    'run',
    'rows',
    'wall',
    'rows/s',
    'vs LOAD CSV',
    'importer CPU',
    'Neo4j CPU',
    'rows/CPU-s',
    'vs LOAD CSV (CPU)',
    'peak RSS',
    'load avg',
  ];
  const runRow = (m: Measured) => [
    m.name,
    String(m.rows),
    seconds(m.wall),
    String(m.rowsPerSecond),
    times(m.rowsPerSecond / loadCsv.rowsPerSecond),
    cpu(m.clientCpuSeconds),
    cpu(m.neo4jCpuSeconds),
    String(m.rowsPerCpuSecond ?? '—'),
    m.rowsPerCpuSecond && loadCsv.rowsPerCpuSecond
      ? times(m.rowsPerCpuSecond / loadCsv.rowsPerCpuSecond)
      : '—',
    m.maxRssBytes ? mib(m.maxRssBytes) : '—',
    m.loadAverageAfter,
  ];
  const runs = [loadCsv, first, rerun].map(runRow);

  // Where the CPU time went, and the shortest wall time that much CPU allows on this machine.
  const cores = r.machine.cores;
  const cpuHeader = [
    'run',
    'wall',
    'importer',
    'Neo4j Bolt workers',
    'Neo4j JIT compiler',
    'Neo4j GC',
    'Neo4j other',
    'CPU in all',
    `CPU in all / ${cores} cores`,
  ];
  const cpuRow = (m: Measured) => {
    const t = m.neo4jThreads;
    const total = (m.clientCpuSeconds ?? 0) + (m.neo4jCpuSeconds ?? 0);
    const other =
      t && m.neo4jCpuSeconds !== null ? m.neo4jCpuSeconds - t.bolt - t.jit - t.gc : null;
    return [
      m.name,
      seconds(m.wall),
      cpu(m.clientCpuSeconds),
      cpu(t?.bolt ?? null),
      cpu(t?.jit ?? null),
      cpu(t?.gc ?? null),
      cpu(other),
      seconds(total),
      seconds(total / cores),
    ];
  };
  const cpuRows = [loadCsv, first, rerun].map(cpuRow);

  const summaries: [string, DatabaseSummary][] = [
    ['LOAD CSV', last.loadCsv.summary],
    ['ours', last.ours.afterFirst],
    ['ours after re-run', last.ours.afterRerun],
  ];
  const keys = (pick: (s: DatabaseSummary) => Record<string, unknown>) => [
    ...new Set(summaries.flatMap(([, s]) => Object.keys(pick(s)))),
  ];
  const checkRows = [
    ...keys((s) => s.nodesByLabel).map((l) => [
      `:${l} nodes`,
      ...summaries.map(([, s]) => String(s.nodesByLabel[l] ?? 0)),
    ]),
    ...keys((s) => s.relationshipsByType).map((t) => [
      `:${t} relationships`,
      ...summaries.map(([, s]) => String(s.relationshipsByType[t] ?? 0)),
    ]),
    ...keys((s) => s.checksums).map((k) => [
      `sum/count ${k}`,
      ...summaries.map(([, s]) => String(s.checksums[k] ?? '—')),
    ]),
    ['content SHA-256', ...summaries.map(([, s]) => s.contentHash.slice(0, 16))],
  ];
  const checkHeader = ['what', ...summaries.map(([name]) => name)];

  const memoryHeader = ['input', 'run', 'wall', 'importer CPU', 'peak RSS'];
  const memoryRows = r.memory
    ? [r.memory.runs.dryRun, r.memory.runs.import].map((m) => [
        `${r.memory!.data.command}: ${m.rows} rows, ${megabytes(r.memory!.data.bytes)}`,
        m.name,
        seconds(m.wall),
        cpu(m.clientCpuSeconds),
        m.maxRssBytes ? mib(m.maxRssBytes) : '—',
      ])
    : [];
  const steps = Object.entries(last.loadCsv.steps)
    .map(([k, v]) => `${k} ${seconds(v)}`)
    .join(', ');
  const roundsNote =
    r.rounds.length > 1 ? ` Best of ${r.rounds.length} interleaved rounds by wall time.` : '';

  console.log(`\n${formatTable(runHeader, runs)}`);
  console.log(`\n${formatTable(cpuHeader, cpuRows)}`);
  console.log(`\nLOAD CSV steps (last round): ${steps}`);
  console.log(
    `ours / LOAD CSV: ${times(ratio)} rows/s, ${cpuRatio ? times(cpuRatio) : '—'} rows per CPU-second; ` +
      `re-run ${seconds(rerun.wall)} (first ${seconds(first.wall)})${roundsNote}`,
  );
  console.log(`\n${formatTable(checkHeader, checkRows)}`);
  console.log(`same database (LOAD CSV vs ours): ${verdict(same)}`);
  console.log(`re-run changed nothing: ${verdict(rerunSame)}`);
  if (r.memory) console.log(`\n${formatTable(memoryHeader, memoryRows)}`);

  const measuredAt = new Date().toISOString();
  const { data } = r;
  const markdown = [
    '### Import: our importer against LOAD CSV',
    '',
    `Measured ${measuredAt.slice(0, 10)} on ${describeMachine(r.machine)}, shared with other ` +
      `work. Neo4j 5.26 (the project's local server, a fresh database per run). Data: ` +
      `\`${data.command}\`: ${data.stats.actors} actors, ${data.stats.participations} ` +
      `participations, ${data.stats.ties} ties, ${data.stats.projects} projects = ${data.rows} rows, ` +
      `${megabytes(data.bytes)}.${roundsNote}`,
    '',
    markdownTable(runHeader, runs),
    '',
    `Ours / LOAD CSV: **${times(ratio)}** the rows per second, ` +
      `${cpuRatio ? `**${times(cpuRatio)}**` : '—'} the rows per CPU-second (importer + Neo4j). ` +
      `LOAD CSV steps: ${steps}. Same database: ${same.same ? 'yes' : `**no** (${same.differences.join('; ')})`}; ` +
      `re-run changed nothing: ${rerunSame.same ? 'yes' : '**no**'}.`,
    '',
    `Where the CPU time went (Neo4j's threads read from \`/proc/<pid>/task\`; the last column ` +
      `is the shortest wall time that much CPU allows on ${cores} cores):`,
    '',
    markdownTable(cpuHeader, cpuRows),
    ...(r.memory
      ? [
          '',
          'Importer peak memory (RSS) on a ~50 MB input:',
          '',
          markdownTable(memoryHeader, memoryRows),
        ]
      : []),
  ].join('\n');
  const paths = await writeResults(
    'import',
    {
      benchmark: 'import',
      measuredAt,
      machine: r.machine,
      neo4j: { version: '5.26', server: "the project's local server, a fresh database per run" },
      data,
      best: { loadCsv, first, rerun },
      ratioRowsPerSecond: ratio,
      ratioRowsPerCpuSecond: cpuRatio,
      sameDatabase: same,
      rerunUnchanged: rerunSame,
      rounds: r.rounds.map((x) => ({
        loadCsv: { ...x.loadCsv.measured, steps: x.loadCsv.steps },
        ours: { first: x.ours.first, rerun: x.ours.rerun },
      })),
      summaries: Object.fromEntries(summaries),
      memory: r.memory,
    },
    markdown,
    resultsDir,
  );
  console.log(`\nresults: ${paths.json}, ${paths.markdown}`);
}
