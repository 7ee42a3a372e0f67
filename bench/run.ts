/**
 * `npm run bench [-- <section>…] [-- --quick] [-- --skip-graphology] [-- --k 500] [-- --seed 7] [-- --threads 2]`
 *
 * Sections (default: all): `betweenness` (below), `import` (bench/import/bench-import.ts:
 * our importer against LOAD CSV, and its peak memory), `api` (bench/api/bench-api.ts:
 * /api/graph as graphology JSON against the compact format, first byte, total, bytes).
 *
 * Exact betweenness, side by side in one run on the same graphs: graphology-metrics
 * (`getEdgeWeight: null`, i.e. hops) against ours (Brandes on typed arrays), plus our
 * sampled betweenness and our exact betweenness on worker threads (the CLI's runner), on a
 * 12,000-node / 100,000-edge Erdős–Rényi-like graph and on a
 * cluster-like graph of the same size. Prints times, the speed ratio and the largest
 * absolute difference; then times the full `runAnalysis` on the cluster-like graph and
 * reports peak memory. `--quick` (or BENCH_QUICK=1) uses 3,000 nodes / 25,000 edges.
 *
 * This is a benchmark, not a test: nothing fails on time.
 */
import { loadavg } from 'node:os';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { createNodeSweepRunner, defaultThreads } from '../cli/sweep-pool';
import {
  betweenness,
  DEFAULT_SAMPLE_SIZE,
  finishBetweenness,
  planBetweenness,
} from '../src/analysis/betweenness';
import { compactFromGraph } from '../src/analysis/compact-graph';
import { runAnalysis } from '../src/analysis/run-analysis';
import { clusterLike, erdosRenyi, type EdgeListGraph } from './generate';
import { toGraphology, toSerializedNetwork } from './network';
import { benchApi } from './api/bench-api';
import { benchImport } from './import/bench-import';
import { formatTable, mib, seconds } from './table';

interface Flags {
  quick: boolean;
  threads: number;
  skipGraphology: boolean;
  k: number;
  seed: number;
  n: number;
  m: number;
}

function parseFlags(argv: string[]): Flags {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick') || process.env.BENCH_QUICK === '1';
  return {
    quick,
    skipGraphology: argv.includes('--skip-graphology'),
    threads: Number(value('--threads') ?? defaultThreads()),
    k: Number(value('--k') ?? DEFAULT_SAMPLE_SIZE),
    seed: Number(value('--seed') ?? 7),
    n: Number(value('--n') ?? (quick ? 3000 : 12000)),
    m: Number(value('--m') ?? (quick ? 25000 : 100000)),
  };
}

interface Timing {
  /** Wall-clock seconds. */
  wall: number;
  /** CPU seconds of the whole process (all threads), user + system. */
  cpu: number;
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function time<T>(f: () => T): [T, Timing] {
  const cpu = cpuSeconds();
  const start = process.hrtime.bigint();
  const result = f();
  return [result, { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: cpuSeconds() - cpu }];
}

async function timeAsync<T>(f: () => Promise<T>): Promise<[T, Timing]> {
  const cpu = cpuSeconds();
  const start = process.hrtime.bigint();
  const result = await f();
  return [result, { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: cpuSeconds() - cpu }];
}

const load = () => loadavg()[0]!.toFixed(1);
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
const both = (t: Timing) => `${seconds(t.wall)} (CPU ${seconds(t.cpu)})`;

function degreeStats(el: EdgeListGraph): string {
  const degree = new Int32Array(el.n);
  for (let e = 0; e < el.source.length; e++) {
    degree[el.source[e]!]!++;
    degree[el.target[e]!]!++;
  }
  const sorted = Array.from(degree).sort((a, b) => a - b);
  const mean = (2 * el.source.length) / el.n;
  return `mean degree ${mean.toFixed(1)}, median ${sorted[el.n >> 1]}, max ${sorted[el.n - 1]}`;
}

/**
 * Rows: graph, implementation, wall time, CPU time, speed-up on wall time, speed-up on CPU
 * time, largest difference. This machine is shared, so besides wall-clock times we report
 * CPU time, which counts only the time the process actually ran: for single-threaded runs
 * it is the fairer comparison when other processes compete for the cores.
 */
async function benchBetweenness(
  name: string,
  el: EdgeListGraph,
  flags: Flags,
): Promise<string[][]> {
  console.log(`\n${name}: ${el.n} nodes, ${el.source.length} edges (${degreeStats(el)})`);
  const graph = toGraphology(el);
  const rows: string[][] = [];

  // Ours, exact: includes building the compact graph from the graphology graph.
  const [ours, oursTime] = time(() => betweenness(compactFromGraph(graph)));
  console.log(`  ours exact, 1 thread: ${both(oursTime)} (load average ${load()})`);
  const [sampled, sampledTime] = time(() =>
    betweenness(compactFromGraph(graph), { mode: 'sampled', k: flags.k, seed: flags.seed }),
  );
  console.log(`  ours sampled (k = ${flags.k}): ${both(sampledTime)}`);
  let parallel: { values: Float64Array; time: Timing } | null = null;
  if (flags.threads > 1) {
    const runner = createNodeSweepRunner(flags.threads);
    const [values, parallelTime] = await timeAsync(async () => {
      const g = compactFromGraph(graph);
      const plan = planBetweenness(g.n);
      return finishBetweenness(g.n, plan, await runner(g, plan.sweep)).values;
    });
    parallel = { values, time: parallelTime };
    console.log(`  ours exact, ${flags.threads} threads: ${both(parallelTime)}`);
  }

  let sampleMax = 0;
  let sampleSum = 0;
  let within2se = 0;
  for (let v = 0; v < el.n; v++) {
    const d = Math.abs(sampled.values[v]! - ours.values[v]!);
    sampleMax = Math.max(sampleMax, d);
    sampleSum += d;
    if (d <= 2 * sampled.stdError![v]! + 1e-15) within2se++;
  }

  let theirs: Record<string, number> | null = null;
  let theirTime: Timing | null = null;
  if (!flags.skipGraphology) {
    console.log('  graphology-metrics exact: running (about a minute or more at full size) …');
    [theirs, theirTime] = time(() => betweennessCentrality(graph, { getEdgeWeight: null }));
    console.log(`  graphology-metrics exact: ${both(theirTime)} (load average ${load()})`);
  }
  const maxDiff = (values: Float64Array) => {
    if (!theirs) return '—';
    let max = 0;
    for (let v = 0; v < el.n; v++) max = Math.max(max, Math.abs(theirs[String(v)]! - values[v]!));
    return max.toExponential(2);
  };
  const speed = (t: Timing, cpu: boolean): [string, string] =>
    theirTime
      ? [ratio(theirTime.wall, t.wall), cpu ? ratio(theirTime.cpu, t.cpu) : '—']
      : ['—', '—'];

  if (theirTime) {
    rows.push([
      name,
      'graphology-metrics exact',
      seconds(theirTime.wall),
      seconds(theirTime.cpu),
      '1.0×',
      '1.0×',
      '—',
    ]);
  }
  rows.push([
    name,
    'ours exact, 1 thread',
    seconds(oursTime.wall),
    seconds(oursTime.cpu),
    ...speed(oursTime, true),
    maxDiff(ours.values),
  ]);
  if (parallel) {
    rows.push([
      name,
      `ours exact, ${flags.threads} threads`,
      seconds(parallel.time.wall),
      `${seconds(parallel.time.cpu)} (all threads)`,
      ...speed(parallel.time, false),
      maxDiff(parallel.values),
    ]);
  }
  rows.push([
    name,
    `ours sampled, k = ${flags.k}`,
    seconds(sampledTime.wall),
    seconds(sampledTime.cpu),
    ...speed(sampledTime, true),
    `${sampleMax.toExponential(2)} vs exact (mean ${(sampleSum / el.n).toExponential(2)}; ` +
      `${((100 * within2se) / el.n).toFixed(1)} % within 2 SE)`,
  ]);
  return rows;
}

async function benchFullRun(el: EdgeListGraph, flags: Flags): Promise<void> {
  const network = toSerializedNetwork(el, flags.seed);
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const phases: [string, number][] = [];
  let phase = '';
  let phaseStart = process.hrtime.bigint();
  const start = phaseStart;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const result = await runAnalysis(network, {
    groups: 'sector',
    sweepRunner: flags.threads > 1 ? createNodeSweepRunner(flags.threads) : undefined,
    onProgress: (p) => {
      sample();
      if (p.phase !== phase) {
        const now = process.hrtime.bigint();
        if (phase) phases.push([phase, Number(now - phaseStart) / 1e9]);
        phase = p.phase;
        phaseStart = now;
      }
    },
  });
  sample();
  const total = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(
    `\nFull runAnalysis on the cluster-like graph (exact betweenness, groups = sector, ` +
      `${flags.threads} thread(s)): ${seconds(total)}`,
  );
  console.log(
    formatTable(
      ['phase', 'time'],
      phases.map(([p, t]) => [p, seconds(t)]),
    ),
  );
  console.log(
    `modularity ${result.graph.modularity?.toFixed(4)}, ${result.graph.communities} communities, ` +
      `${result.graph.bridges} bridges, ${result.graph.localBridges} local bridges`,
  );
  console.log(
    `memory: peak RSS ${mib(peakRss)} (${mib(before.rss)} before), ` +
      `peak heap used ${mib(peakHeap)} (${mib(before.heapUsed)} before)`,
  );
}

const SECTIONS = ['betweenness', 'import', 'api'] as const;

async function main() {
  const argv = process.argv.slice(2);
  const named = SECTIONS.filter((s) => argv.includes(s));
  const sections = named.length ? named : SECTIONS;
  if (sections.includes('betweenness')) await benchBetweennessSection(argv);
  if (sections.includes('import')) await benchImport(argv);
  if (sections.includes('api')) await benchApi(argv);
}

async function benchBetweennessSection(argv: string[]) {
  const flags = parseFlags(argv);
  console.log(
    `Betweenness benchmark — node ${process.version}, ${flags.quick ? 'quick' : 'full'} size, ` +
      `seed ${flags.seed}, ${flags.threads} thread(s) available, load average ${load()}`,
  );
  const er = erdosRenyi(flags.n, flags.m, flags.seed);
  const cluster = clusterLike(flags.n, flags.m, flags.seed);
  const rows = [
    ...(await benchBetweenness('Erdős–Rényi', er, flags)),
    ...(await benchBetweenness('cluster-like', cluster, flags)),
  ];
  console.log(
    '\n' +
      formatTable(
        [
          'graph',
          'implementation',
          'wall',
          'CPU',
          'speed-up',
          'speed-up (CPU)',
          'max |Δ| vs graphology',
        ],
        rows,
      ),
  );
  await benchFullRun(cluster, flags);
  console.log(`\nload average at the end: ${load()} (other processes share this machine)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
