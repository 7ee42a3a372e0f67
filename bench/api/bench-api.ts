/**
 * `npm run bench -- api [--quick] [--api-scale national|<n>] [--rounds N] [--results DIR]`
 *
 * `/api/graph?view=all` on the generated national data (npm run generate) in a fresh Neo4j,
 * served by the real app on this machine: first byte, total time and bytes on the wire of
 * the graphology JSON (`?format=graphology`, the old default) against the compact format,
 * each without compression, with gzip and with brotli, side by side, rounds interleaved so
 * that the machine's load falls on all alike; medians are reported, with the CPU time of
 * this process (server and client) and of Neo4j. Then decoding the compact stream as the
 * browser's worker does, and where the time of the query side goes (query-profile.ts).
 * Writes bench/results/api.{json,md}.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDataset } from '../../graph-import/import-dataset';
import { createDriver } from '../../neo4j/connection';
import { findFreePort } from '../../neo4j/local-server';
import { READ_DRIVER_SETTINGS } from '../../neo4j/named-reads';
import { DEFAULT_SEED, generateDataset } from '../../scripts/generate/dataset';
import { describeScale, parseScale } from '../../scripts/generate/plan';
import { writeDataset } from '../../scripts/generate/write';
import { buildApp } from '../../server/app';
import { decodeCompactText } from '../../src/model/compact-decode';
import { startFreshNeo4j } from '../import/fresh-neo4j';
import { describeMachine, machineInfo, type MachineInfo } from '../machine';
import { writeResults } from '../results';
import { formatTable, markdownTable, seconds } from '../table';
import { timeRequest, type RequestTiming } from './measure-request';
import { profileQuerySide } from './query-profile';

const VARIANTS = [
  { name: 'graphology JSON', path: '/api/graph?view=all&format=graphology', encoding: '' },
  {
    name: 'graphology JSON + gzip',
    path: '/api/graph?view=all&format=graphology',
    encoding: 'gzip',
  },
  { name: 'compact', path: '/api/graph?view=all', encoding: '' },
  { name: 'compact + gzip', path: '/api/graph?view=all', encoding: 'gzip' },
  { name: 'compact + brotli', path: '/api/graph?view=all', encoding: 'br, gzip' },
] as const;

interface Run extends Omit<RequestTiming, 'text'> {
  nodeCpuMs: number;
  neo4jCpuMs: number | null;
  load: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => seconds(x / 1000);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function parseFlags(argv: string[]) {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick') || process.env.BENCH_QUICK === '1';
  const rounds = Number(value('--rounds') ?? 3);
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error('--rounds must be a positive integer');
  return {
    scale: parseScale(value('--api-scale') ?? (quick ? '3000' : 'national')),
    rounds,
    resultsDir: value('--results'),
  };
}

export async function benchApi(argv: string[]): Promise<void> {
  const flags = parseFlags(argv);
  const machine = machineInfo();
  const log = (line: string) => console.log(`  ${line}`);
  console.log(`\nAPI benchmark — ${describeMachine(machine)}`);
  const work = mkdtempSync(join(tmpdir(), 'cne-bench-api-'));
  const neo4j = await startFreshNeo4j(log);
  const driver = createDriver(neo4j.server, READ_DRIVER_SETTINGS);
  try {
    const data = generateDataset(flags.scale, DEFAULT_SEED);
    writeDataset(data, work);
    const started = performance.now();
    const report = await importDataset(work, { driver: neo4j.driver });
    if (report.status !== 'completed') throw new Error(`import ${report.status}`);
    log(
      `data: ${describeScale(flags.scale)}, seed ${DEFAULT_SEED}: ${report.loaded.actors} actors, ` +
        `${report.loaded.ties} ties (imported in ${ms(performance.now() - started)})`,
    );

    const port = await findFreePort();
    const app = await buildApp({ driver, host: '127.0.0.1', port, log });
    await app.listen({ host: '127.0.0.1', port });
    const runs = new Map<string, Run[]>(VARIANTS.map((v) => [v.name, []]));
    const bodies = new Map<string, string>();
    try {
      await timeRequest(port, '/api/graph?view=all', ''); // warm-up
      for (let round = 0; round < flags.rounds; round++) {
        // Rotate the order each round: no variant always runs first or last.
        const order = VARIANTS.map((_, i) => VARIANTS[(i + round) % VARIANTS.length]!);
        for (const variant of order) {
          const cpu = process.cpuUsage();
          const jvm = neo4j.cpuSeconds();
          const { text, ...timing } = await timeRequest(port, variant.path, variant.encoding);
          if (timing.status !== 200) throw new Error(`${variant.name}: HTTP ${timing.status}`);
          const used = process.cpuUsage(cpu);
          const jvmAfter = neo4j.cpuSeconds();
          runs.get(variant.name)!.push({
            ...timing,
            nodeCpuMs: (used.user + used.system) / 1000,
            neo4jCpuMs: jvm === null || jvmAfter === null ? null : (jvmAfter - jvm) * 1000,
            load: machineInfo().loadAverage[0]!,
          });
          bodies.set(variant.name, text);
        }
        log(
          `round ${round + 1} of ${flags.rounds} done (load average ${machineInfo().loadAverage[0]})`,
        );
      }
    } finally {
      await app.close();
    }

    const json = JSON.parse(bodies.get('graphology JSON')!) as {
      nodes: unknown[];
      edges: unknown[];
    };
    const decodeStart = performance.now();
    const decoded = await decodeCompactText([bodies.get('compact')!]);
    const decodeMs = performance.now() - decodeStart;
    if (decoded.nodes.length !== json.nodes.length || decoded.edges.length !== json.edges.length) {
      throw new Error('the compact and the JSON network differ in size');
    }
    const stages = await profileQuerySide(driver, neo4j.cpuSeconds);
    reportApi({
      machine,
      flags,
      runs,
      decodeMs,
      stages,
      counts: { actors: json.nodes.length, ties: json.edges.length },
    });
  } finally {
    await driver.close();
    await neo4j.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

interface ApiResults {
  machine: MachineInfo;
  flags: ReturnType<typeof parseFlags>;
  runs: Map<string, Run[]>;
  decodeMs: number;
  stages: Awaited<ReturnType<typeof profileQuerySide>>;
  counts: { actors: number; ties: number };
}

function reportApi(r: ApiResults): void {
  const baseline = r.runs.get('graphology JSON')!;
  const base = {
    first: median(baseline.map((x) => x.firstByteMs)),
    total: median(baseline.map((x) => x.totalMs)),
    wire: median(baseline.map((x) => x.wireBytes)),
  };
  const header = [
    'format',
    'first byte',
    'total',
    'on the wire',
    'vs JSON (first byte / total / bytes)',
    'CPU node',
    'CPU Neo4j',
  ];
  const rows = VARIANTS.map((v) => {
    const list = r.runs.get(v.name)!;
    const first = median(list.map((x) => x.firstByteMs));
    const total = median(list.map((x) => x.totalMs));
    const wire = median(list.map((x) => x.wireBytes));
    const jvm = list.map((x) => x.neo4jCpuMs).filter((x): x is number => x !== null);
    return [
      v.name,
      ms(first),
      ms(total),
      mb(wire),
      `${(base.first / first).toFixed(1)}× / ${(base.total / total).toFixed(1)}× / ${(base.wire / wire).toFixed(1)}×`,
      ms(median(list.map((x) => x.nodeCpuMs))),
      jvm.length ? ms(median(jvm)) : '—',
    ];
  });
  const stageHeader = ['stage', 'wall', 'CPU node', 'CPU Neo4j'];
  const stageRows = r.stages.map((s) => [
    s.stage,
    ms(s.wallMs),
    ms(s.nodeCpuMs),
    s.neo4jCpuMs === null ? '—' : ms(s.neo4jCpuMs),
  ]);
  const title =
    `/api/graph?view=all, ${r.counts.actors} actors and ${r.counts.ties} ties ` +
    `(${describeScale(r.flags.scale)}), medians of ${r.flags.rounds} interleaved rounds`;
  console.log(`\n${title}\n${formatTable(header, rows)}`);
  console.log(`decoding the compact stream (as the browser's worker does): ${ms(r.decodeMs)}`);
  console.log(
    `\nwhere the query side's time goes (one pass each)\n${formatTable(stageHeader, stageRows)}`,
  );
  console.log(`load average at the end: ${machineInfo().loadAverage.join(' / ')}`);
  const markdown = [
    `### API: ${title}`,
    '',
    `Machine: ${describeMachine(r.machine)}.`,
    '',
    markdownTable(header, rows),
    '',
    `Decoding the compact stream (as the browser's worker does): ${ms(r.decodeMs)}.`,
    '',
    markdownTable(stageHeader, stageRows),
  ].join('\n');
  const paths = writeResults(
    'api',
    {
      machine: r.machine,
      counts: r.counts,
      runs: Object.fromEntries(r.runs),
      decodeMs: r.decodeMs,
      stages: r.stages,
    },
    markdown,
    r.flags.resultsDir,
  );
  console.log(`results: ${paths.json}, ${paths.markdown}`);
}
